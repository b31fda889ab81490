const FORMAT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** A point in time as Swedish users expect it (2026-11-22 14:03, Stockholm time). */
export function DateTime({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{FORMAT.format(value)}</time>;
}
