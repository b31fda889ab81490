/**
 * Text for Prisma's `contains`, `startsWith` and insensitive `equals` on PostgreSQL, which
 * become LIKE / ILIKE patterns without escaping: a search for "%" or "_" would otherwise match
 * everything. Backslash is PostgreSQL's default LIKE escape.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
