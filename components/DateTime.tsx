const FORMAT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * A point in time as Swedish users expect it (2026-11-22 14:03, Stockholm time). The date is kept
 * whole: a narrow column broke it at its hyphen, "2026-" above "12-07" (a walk at 375 px).
 */
export function DateTime({ value }: { value: Date }) {
  const [date, time] = FORMAT.format(value).split(" ");
  return (
    <time dateTime={value.toISOString()}>
      <span className="whitespace-nowrap">{date}</span> {time}
    </time>
  );
}
