import * as z from "zod/mini";

/**
 * A paged list's query string (?sida=): anything that is not a page number is page 1, so an
 * edited or stale address shows the list instead of an error. A page past the end is the
 * caller's to clamp, as only the query knows how many pages there are.
 */
export const pageQuerySchema = z.object({
  sida: z.catch(z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)), 1), 1),
});

/** How many pages a list of `total` items has, at least one, and the page to show of them. */
export function clampPage(total: number, perPage: number, requested: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return { page: Math.min(requested, pages), pages };
}

/**
 * Counts a list and reads the requested page of it side by side; when the page turns out to be
 * past the end (an old link, fewer hits since), reads the last page instead.
 */
export async function readClampedPage<T>(requested: number, perPage: number, count: () => Promise<number>, read: (page: number) => Promise<T>): Promise<{ total: number; page: number; pages: number; items: T }> {
  const [total, items] = await Promise.all([count(), read(requested)]);
  const { page, pages } = clampPage(total, perPage, requested);
  return { total, page, pages, items: page === requested ? items : await read(page) };
}
