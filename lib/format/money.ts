// Intl output for sv-SE uses U+00A0 as group separator and U+2212 as minus sign.
// Formatters are created once because constructing Intl objects is expensive.
const kronorFormatter = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const decimalFormatter = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

/** Formats an amount as whole kronor, e.g. "1 234 567 kr" (non-breaking spaces). */
export function formatKronor(amount: number): string {
  return `${kronorFormatter.format(Math.round(amount))}\u00a0kr`;
}

/** Formats a number with up to two decimals, Swedish style ("12,5"). */
export function formatNumber(value: number): string {
  return decimalFormatter.format(value);
}

/** Formats a percentage given in percent units (25 → "25 %"). */
export function formatPercent(percent: number): string {
  return `${decimalFormatter.format(percent)}\u00a0%`;
}
