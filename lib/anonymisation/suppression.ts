/**
 * Small-cell suppression for a two-way frequency table with row and column totals.
 *
 * Primary suppression hides every count from 1 to minCount − 1 (a zero reveals nothing
 * about a person and is shown). Complementary suppression then hides further cells until no
 * hidden value can be worked out from what is shown: the table's published numbers form a
 * system of linear equations (each row and each column adds up to its total, the totals
 * add up to the grand total), and a hidden value is exposed exactly when it is determined by
 * that system. This is checked by linear algebra, not only by looking for a row or column
 * with one hidden cell, so patterns spread over several rows and columns are caught too.
 */

export const DEFAULT_MIN_COUNT = 5;

export interface CountTable {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
}

export interface SuppressedTable extends CountTable {
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** Same shape as counts; true = hidden. */
  hidden: boolean[][];
  hiddenRowTotals: boolean[];
  hiddenColumnTotals: boolean[];
  hiddenTotal: boolean;
  /**
   * A case can be in several rows (suppressMultiResponse): the column sums and the grand total
   * count rows, not cases, and are not published at all.
   */
  multiResponse: boolean;
  /** Why each hidden cell is hidden. */
  reasons: Map<string, "primary" | "complementary">;
  minCount: number;
}

/** Cell ids: "r,c" for interior cells, "r,T" row total, "T,c" column total, "T,T" grand total. */
type CellId = string;

interface Cell {
  id: CellId;
  value: number;
}

function cellsOf(t: { counts: number[][]; rowTotals: number[]; columnTotals: number[]; total: number }): Cell[] {
  const cells: Cell[] = [];
  t.counts.forEach((row, r) => row.forEach((v, c) => cells.push({ id: `${r},${c}`, value: v })));
  t.rowTotals.forEach((v, r) => cells.push({ id: `${r},T`, value: v }));
  t.columnTotals.forEach((v, c) => cells.push({ id: `T,${c}`, value: v }));
  cells.push({ id: "T,T", value: t.total });
  return cells;
}

/** The additive constraints: each row (with its total), each column (with its total), and the margins. */
function constraints(rows: number, columns: number): CellId[][] {
  const lines: CellId[][] = [];
  for (let r = 0; r < rows; r++) lines.push([...Array.from({ length: columns }, (_, c) => `${r},${c}`), `${r},T`]);
  for (let c = 0; c < columns; c++) lines.push([...Array.from({ length: rows }, (_, r) => `${r},${c}`), `T,${c}`]);
  lines.push([...Array.from({ length: rows }, (_, r) => `${r},T`), "T,T"]);
  lines.push([...Array.from({ length: columns }, (_, c) => `T,${c}`), "T,T"]);
  return lines;
}

/**
 * The hidden cells whose values follow from the published ones. Each constraint says that
 * the sum of its cells (the total with a minus sign) is zero; with the shown values moved to
 * the right-hand side it is a linear equation in the hidden ones. A hidden value is
 * determined exactly when its unit vector lies in the row space of the equations.
 */
export function exposedCells(hiddenIds: ReadonlySet<CellId>, rows: number, columns: number): CellId[] {
  const unknowns = [...hiddenIds];
  if (!unknowns.length) return [];
  const index = new Map(unknowns.map((id, i) => [id, i]));
  const matrix: number[][] = [];
  for (const line of constraints(rows, columns)) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const id of line) {
      const i = index.get(id);
      if (i === undefined) continue;
      row[i] = id.includes("T") && (line[line.length - 1] === id) ? -1 : 1;
      any = true;
    }
    if (any) matrix.push(row);
  }
  // Reduced row echelon form.
  const m = matrix.map((r) => [...r]);
  const pivots: number[] = [];
  let lead = 0;
  for (let col = 0; col < unknowns.length && lead < m.length; col++) {
    let pivot = -1;
    for (let r = lead; r < m.length; r++) if (Math.abs(m[r]![col]!) > 1e-9) { pivot = r; break; }
    if (pivot < 0) continue;
    [m[lead], m[pivot]] = [m[pivot]!, m[lead]!];
    const p = m[lead]![col]!;
    m[lead] = m[lead]!.map((v) => v / p);
    for (let r = 0; r < m.length; r++) {
      if (r === lead) continue;
      const f = m[r]![col]!;
      if (Math.abs(f) > 1e-9) m[r] = m[r]!.map((v, j) => v - f * m[lead]![j]!);
    }
    pivots.push(col);
    lead++;
  }
  const exposed: CellId[] = [];
  for (let r = 0; r < pivots.length; r++) {
    const nonZero = m[r]!.filter((v) => Math.abs(v) > 1e-9).length;
    if (nonZero === 1) exposed.push(unknowns[pivots[r]!]!);
  }
  return exposed;
}

/**
 * `alsoHidden`: margins ("T,c", "T,T", "r,T") to hide from the start, because another table
 * that shares them hides them (see suppressSharedMargins).
 */
export function suppressSmallCells(table: CountTable, minCount = DEFAULT_MIN_COUNT, alsoHidden: readonly CellId[] = []): SuppressedTable {
  const rowTotals = table.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = table.columns.map((_, c) => table.counts.reduce((a, row) => a + (row[c] ?? 0), 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const all = cellsOf({ counts: table.counts, rowTotals, columnTotals, total });
  const value = new Map(all.map((c) => [c.id, c.value]));
  const hidden = new Set<CellId>();
  const reasons = new Map<string, "primary" | "complementary">();
  // A count's complement within its line is a count too: C6's 15 beside C6's 17 cases says that 2
  // C6 cases are in other rows (a re-walk). So a cell is small when fewer than the minimum of its
  // column's cases are outside it, and a total when fewer than the minimum of all are.
  const outside = (id: CellId, v: number) => {
    const [r, c] = id.split(",");
    if (r === "T") return c === "T" ? 0 : total - v;
    return c === "T" ? total - v : columnTotals[Number(c)]! - v;
  };
  for (const cell of all) {
    const rest = outside(cell.id, cell.value);
    if (cell.value > 0 && (cell.value < minCount || (rest > 0 && rest < minCount))) {
      hidden.add(cell.id);
      reasons.set(cell.id, "primary");
    }
  }
  for (const id of alsoHidden) {
    if (value.has(id) && !hidden.has(id)) {
      hidden.add(id);
      reasons.set(id, "complementary");
    }
  }
  const rows = table.rows.length;
  const columns = table.columns.length;
  const lines = constraints(rows, columns);
  // A shown total of 0 tells everyone that every cell on its line is 0, so hiding one of them
  // would protect nothing (and show "–" where the reader knows the value).
  const knownZero = new Set(lines.filter((line) => value.get(line[line.length - 1]!) === 0).flat());
  // Add the cheapest protecting cell until nothing hidden can be worked out.
  for (let guard = 0; guard < all.length; guard++) {
    const exposed = exposedCells(hidden, rows, columns);
    if (!exposed.length) {
      const more = protectFromLowerBounds(hidden, rowTotals, total, knownZero) ?? protectSmallHiddenSums(hidden, lines, value, minCount, knownZero);
      if (!more) break;
      hidden.add(more);
      reasons.set(more, "complementary");
      continue;
    }
    const candidates = lines
      .filter((line) => exposed.some((target) => line.includes(target)))
      .flatMap((line) => line.filter((id) => !hidden.has(id) && !knownZero.has(id)))
      // Prefer interior cells, then small non-zero values, so totals stay visible where possible.
      .sort((a, b) => Number(a.includes("T")) - Number(b.includes("T")) || rank(value.get(a)!) - rank(value.get(b)!));
    const pick = candidates[0];
    if (!pick) break;
    hidden.add(pick);
    reasons.set(pick, "complementary");
  }
  return {
    ...table,
    rowTotals,
    columnTotals,
    total,
    hidden: table.counts.map((row, r) => row.map((_, c) => hidden.has(`${r},${c}`))),
    hiddenRowTotals: rowTotals.map((_, r) => hidden.has(`${r},T`)),
    hiddenColumnTotals: columnTotals.map((_, c) => hidden.has(`T,${c}`)),
    hiddenTotal: hidden.has("T,T"),
    multiResponse: false,
    reasons,
    minCount,
  };
}

/**
 * Suppression for tables over the same population that share their column totals and grand
 * total (each case in exactly one row of each table, so every table's column c adds up to
 * the number of cases in column c). A total hidden in one table but shown in another would
 * undo the first table's protection, so a shared total hidden in any table is hidden in all,
 * and each table is suppressed again with it hidden, until no table hides more. Hiding a
 * margin everywhere adds no equation to any table, so each table's own check then covers the
 * set: a value is determined by the tables together only if it is by its own table.
 */
export function suppressSharedMargins(tables: readonly CountTable[], minCount = DEFAULT_MIN_COUNT): SuppressedTable[] {
  const columns = tables[0]?.columns.length ?? 0;
  if (tables.some((t) => t.columns.length !== columns)) throw new RangeError("tables sharing margins must have the same columns");
  let shared: CellId[] = [];
  for (let round = 0; round <= columns + 1; round++) {
    const result = tables.map((t) => suppressSmallCells(t, minCount, shared));
    const next = new Set<CellId>(shared);
    for (const r of result) {
      r.hiddenColumnTotals.forEach((h, c) => h && next.add(`T,${c}`));
      if (r.hiddenTotal) next.add("T,T");
    }
    if (next.size === shared.length) return result;
    shared = [...next];
  }
  throw new Error("shared-margin suppression did not settle");
}

/**
 * What the equations miss: a table lists only rows that have a case, so a reader knows each hidden
 * row total is at least 1. Hidden row totals that add up to exactly their number (the grand total
 * shown, less the shown ones: 24 − 12 − 10 = 2 for two hidden rows) are then 1 each. Returns one
 * more row total to hide (the smallest shown one above 1; the grand total if none), or null.
 * Not modelled: the same bound reached through a subset of rows and the column equations.
 */
function protectFromLowerBounds(hidden: ReadonlySet<CellId>, rowTotals: readonly number[], total: number, knownZero: ReadonlySet<CellId>): CellId | null {
  if (hidden.has("T,T")) return null;
  const hiddenRows = rowTotals.map((_, r) => r).filter((r) => hidden.has(`${r},T`));
  if (hiddenRows.length === 0) return null;
  const hiddenSum = total - rowTotals.reduce((sum, v, r) => (hidden.has(`${r},T`) ? sum : sum + v), 0);
  if (hiddenSum > hiddenRows.length) return null;
  const shown = rowTotals
    .map((v, r) => ({ id: `${r},T`, v }))
    .filter(({ id, v }) => !hidden.has(id) && !knownZero.has(id) && v > 1)
    .sort((a, b) => a.v - b.v);
  return shown[0]?.id ?? "T,T";
}

/**
 * A line whose total is shown tells the sum of its hidden cells (the total less the shown ones):
 * C6's 17 cases less its shown 8 and 7 says that 2 C6 cases are in the hidden rows, a small count
 * no single cell shows (a review of the complement rule). Such a sum must be 0 or at least the
 * minimum: the cheapest shown cell of the first line where it is not, else that line's total.
 */
function protectSmallHiddenSums(hidden: ReadonlySet<CellId>, lines: readonly CellId[][], value: ReadonlyMap<CellId, number>, minCount: number, knownZero: ReadonlySet<CellId>): CellId | null {
  for (const line of lines) {
    const totalId = line[line.length - 1]!;
    if (hidden.has(totalId)) continue;
    const members = line.slice(0, -1);
    const hiddenSum = members.reduce((sum, id) => (hidden.has(id) ? sum + value.get(id)! : sum), 0);
    if (hiddenSum === 0 || hiddenSum >= minCount) continue;
    const shown = members.filter((id) => !hidden.has(id) && !knownZero.has(id) && value.get(id)! > 0);
    shown.sort((a, b) => Number(a.includes("T")) - Number(b.includes("T")) || value.get(a)! - value.get(b)!);
    return shown[0] ?? totalId;
  }
  return null;
}

// Zeros protect nothing (everyone knows a hidden zero could be zero), so they come last.
function rank(v: number): number {
  return v === 0 ? Number.MAX_SAFE_INTEGER : v;
}

/**
 * The published table as plain rows, with "–" wherever a value is hidden; for the CSV, the data
 * table and the API. A multi-response table has no "Totalt" row: its column sums are not
 * numbers of cases and are not published.
 */
export function publishedRows(t: SuppressedTable): { header: string[]; rows: string[][] } {
  const show = (v: number, h: boolean) => (h ? "–" : String(v));
  const body = t.rows.map((label, r) => [label, ...t.counts[r]!.map((v, c) => show(v, t.hidden[r]![c]!)), show(t.rowTotals[r]!, t.hiddenRowTotals[r]!)]);
  return {
    header: ["", ...t.columns, "Totalt"],
    rows: t.multiResponse ? body : [...body, ["Totalt", ...t.columnTotals.map((v, c) => show(v, t.hiddenColumnTotals[c]!)), show(t.total, t.hiddenTotal)]],
  };
}

/**
 * The rows of a table listed by decreasing total, as published: rows whose total is shown keep
 * their order, and rows whose total is hidden come after them, in `byLabel` order. Listed among
 * the shown ones by their true totals, a hidden total would be told by its neighbours ("dolt"
 * between 14 and 13 is 13), and with the grand total the next hidden one too. For tables listed
 * by total only; a table in a fixed order (steps, durations) tells nothing by its order.
 */
export function hiddenTotalsLast(table: SuppressedTable, byLabel: (a: string, b: string) => number): SuppressedTable {
  const indices = table.rows.map((_, r) => r);
  const shown = indices.filter((r) => !table.hiddenRowTotals[r]);
  const hidden = indices.filter((r) => table.hiddenRowTotals[r]).sort((a, b) => byLabel(table.rows[a]!, table.rows[b]!));
  const order = [...shown, ...hidden];
  const newIndex = new Map(order.map((old, now) => [old, now]));
  const reasons = new Map<string, "primary" | "complementary">();
  for (const [id, reason] of table.reasons) {
    const [row, column] = id.split(",");
    reasons.set(row === "T" ? id : `${newIndex.get(Number(row))},${column}`, reason);
  }
  return {
    ...table,
    rows: order.map((r) => table.rows[r]!),
    counts: order.map((r) => table.counts[r]!),
    rowTotals: order.map((r) => table.rowTotals[r]!),
    hidden: order.map((r) => table.hidden[r]!),
    hiddenRowTotals: order.map((r) => table.hiddenRowTotals[r]!),
    reasons,
  };
}

/** Whether more than half of the table's cells with cases in them are hidden (most groups small): the page then says why it reads as dashes. */
export function mostlyHidden(table: Pick<SuppressedTable, "counts" | "hidden">): boolean {
  const cells = table.counts.flatMap((row, r) => row.map((count, c) => ({ count, hidden: table.hidden[r]?.[c] ?? false })));
  const withCases = cells.filter((cell) => cell.hidden || cell.count > 0);
  return withCases.length > 0 && withCases.filter((cell) => cell.hidden).length * 2 > withCases.length;
}
