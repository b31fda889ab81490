import Link from "@/components/Link";
import { formatInteger } from "@/lib/format";

/** "Föregående / Sida 2 av 14 / Nästa" for a list paged through its query string. */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline" rel="prev">
          ← Föregående sida
        </Link>
      ) : null}
      <p aria-current="page">
        Sida {formatInteger(page)} av {formatInteger(pages)}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline" rel="next">
          Nästa sida →
        </Link>
      ) : null}
    </nav>
  );
}

/** Which of a paged list's items a page shows: "21–40 av 57". */
export function shownRange({ page, perPage, shown, total }: { page: number; perPage: number; shown: number; total: number }): string {
  const first = (page - 1) * perPage + 1;
  const last = first + shown - 1;
  return `${formatInteger(first)}${last > first ? `–${formatInteger(last)}` : ""} av ${formatInteger(total)}`;
}

/** A query string from the set values, for links that keep the current filters. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
