import { publishedRows, type SuppressedTable } from "@/lib/anonymisation";

/**
 * A horizontal bar chart of each row's total, as SVG with a text alternative. The numbers
 * are in the data table next to it; hidden totals get no bar and say so.
 */
export function BarChart({ id, title, table }: { id: string; title: string; table: SuppressedTable }) {
  const bars = table.rows.map((label, r) => ({ label, value: table.rowTotals[r]!, hidden: table.hiddenRowTotals[r]! }));
  const max = Math.max(1, ...bars.filter((b) => !b.hidden).map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 300;
  const width = 640;
  const height = Math.max(rowHeight, bars.length * rowHeight) + 8;
  const summary = bars.map((b) => `${b.label}: ${b.hidden ? "dolt" : b.value}`).join("; ");
  return (
    <svg role="img" aria-labelledby={`${id}-titel ${id}-beskrivning`} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl" focusable="false">
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beskrivning`}>{bars.length ? summary : "Inga ärenden att visa."}</desc>
      {bars.map((b, i) => {
        const y = 4 + i * rowHeight;
        // Whole pixels: a bar's width needs no more, and fifteen decimals are sent twice per bar.
        const barWidth = b.hidden ? 0 : Math.round(((width - labelWidth - 50) * b.value) / max);
        return (
          <g key={b.label}>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" fontSize="13" fill="#0f172a">
              {b.label.length > 42 ? `${b.label.slice(0, 40)}…` : b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 10} fill="#1d4ed8" />
            <text x={labelWidth + barWidth + 6} y={y + 18} fontSize="13" fill="#0f172a">
              {b.hidden ? "dolt" : b.value}
            </text>
          </g>
        );
      })}
    </svg>
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
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Tabell: ${caption}`}>
      <table className={TABLE_STYLE}>
        <caption className="text-left font-semibold">
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
    </div>
  );
}
