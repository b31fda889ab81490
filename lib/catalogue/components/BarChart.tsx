import { Fragment } from "react";
import { TableScroll } from "@/components/TableScroll";
import { publishedRows, type SuppressedTable } from "@/lib/anonymisation";

/** The longest bar, as a share of the row beside its label: the rest is room for the number after it. */
const LONGEST_BAR_PERCENT = 80;

/**
 * A horizontal bar chart of each row's total, with a text alternative (its name: the title and
 * every row's total). The numbers are also in the data table next to it; hidden totals get no
 * bar and say so.
 *
 * The labels are HTML text, not SVG: they wrap onto as many lines as they need at any width and
 * keep the page's font size (an SVG scaled to a phone's width shrank them to some 7 px, and
 * labels were cut at 42 characters). From 640 px wide, the labels stand in a column to the left
 * of the bars, as wide as the longest label up to 20rem; narrower, each label stands above its
 * bar. Only the bars are SVG, in currentColor, so they stay visible in forced colours.
 */
export function BarChart({ id, title, table }: { id: string; title: string; table: SuppressedTable }) {
  const bars = table.rows.map((label, r) => ({ label, value: table.rowTotals[r]!, hidden: table.hiddenRowTotals[r]! }));
  const max = Math.max(1, ...bars.filter((b) => !b.hidden).map((b) => b.value));
  const summary = bars.map((b) => `${b.label}: ${b.hidden ? "dolt" : b.value}`).join("; ");
  return (
    <div role="img" aria-labelledby={`${id}-titel ${id}-beskrivning`} className="max-w-3xl">
      <span id={`${id}-titel`} hidden>
        {title}
      </span>
      <span id={`${id}-beskrivning`} hidden>
        {bars.length ? summary : "Inga ärenden att visa."}
      </span>
      {/* The look of each label and bar is set once here, not on each row (the page also sends it in its RSC payload). */}
      <div className="grid grid-cols-1 text-sm sm:grid-cols-[fit-content(20rem)_minmax(0,1fr)] sm:items-center sm:gap-x-3 [&>span]:py-1 [&>span:nth-child(odd)]:pt-2 [&>span:nth-child(odd)]:wrap-anywhere [&>span:nth-child(odd)]:hyphens-auto sm:[&>span:nth-child(odd)]:pt-1 sm:[&>span:nth-child(odd)]:text-right [&>span:nth-child(even)]:flex [&>span:nth-child(even)]:items-center [&>span:nth-child(even)]:gap-2">
        {bars.map((b) => (
          <Fragment key={b.label}>
            <span>{b.label}</span>
            <span>
              {b.hidden ? null : (
                // Whole percents: a bar needs no finer width, and the page sends each twice.
                <svg width={`${b.value > 0 ? Math.max(1, Math.round((LONGEST_BAR_PERCENT * b.value) / max)) : 0}%`} height="18" className="text-brand-700" aria-hidden="true" focusable="false">
                  <rect width="100%" height="100%" fill="currentColor" />
                </svg>
              )}
              <span className="shrink-0">{b.hidden ? "dolt" : b.value}</span>
            </span>
          </Fragment>
        ))}
      </div>
    </div>
  );
}

// The cells' look is set once on the table, not repeated on each of its hundreds of cells: the
// statistics page sends every cell twice (HTML and the page's RSC payload).
const TABLE_STYLE =
  "border-collapse text-sm [&_td]:border [&_td]:border-slate-400 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:border [&_th]:border-slate-400 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_tbody_th]:font-normal";

export function DataTable({ caption, table }: { caption: string; table: SuppressedTable }) {
  const { header, rows } = publishedRows(table);
  // What "–" means is said once, in the caption that is read when the table is entered, rather
  // than in a title on each hidden cell (hundreds on the statistics page, each sent twice).
  const hasHidden = rows.some((row) => row.slice(1).includes("–"));
  return (
    <TableScroll label={`Tabell: ${caption}`}>
      <table className={TABLE_STYLE}>
        {/* Wide tables scroll in their region; the caption stays in view at the region's left, as wide as the screen. */}
        <caption className="sticky left-0 max-w-[calc(100vw-2rem)] text-left font-semibold">
          {caption}
          {/* The space keeps the two sentences apart in the table's accessible name; the block is only visual. */}
          {hasHidden ? (
            <>
              {" "}
              <span className="block font-normal">– betyder att siffran är dold för att skydda enskilda ärenden.</span>
            </>
          ) : null}
        </caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col">
                {i === 0 ? <span className="sr-only">Rad</span> : h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((v, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {v}
                  </th>
                ) : (
                  <td key={c}>{v}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
