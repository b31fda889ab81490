const STOCKHOLM = "Europe/Stockholm";

// The sv-SE locale formats dates as YYYY-MM-DD, which is the Swedish convention we want.
const stockholmDateFormatter = new Intl.DateTimeFormat("sv-SE", {
  timeZone: STOCKHOLM,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date of an instant in Europe/Stockholm, as YYYY-MM-DD. */
export function formatDate(instant: Date): string {
  return stockholmDateFormatter.format(instant);
}

/** Today's date in Europe/Stockholm, as YYYY-MM-DD. */
export function todayInStockholm(now: Date = new Date()): string {
  return formatDate(now);
}

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this month; UTC avoids DST effects.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
