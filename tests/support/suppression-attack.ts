/**
 * A reader's attack on published frequency tables: which hidden values follow exactly from
 * what is published? Exhaustive (a dynamic programme over the rows), so it is independent of
 * the suppression code's own reasoning and only meant for the small tables of the tests.
 *
 * Every cell counts distinct cases of one group, so it lies in [0, cases in the group]; the
 * reader gets candidate vectors of group sizes (from the single-response tables, or the true
 * one for the strongest reader). A hidden value is pinned when it has one feasible value.
 */

/** A table as publishedRows gives it: numbers, null where "–". */
export interface PublishedTable {
  rowLabels: string[];
  columns: string[];
  cells: Array<Array<number | null>>;
  rowTotals: Array<number | null>;
  /** Absent when the table has no "Totalt" row. */
  columnTotals?: Array<number | null>;
  total?: number | null;
}

export interface Knowledge {
  /** Candidate vectors of cases per column; the true one must be among them. */
  groupSizes: number[][];
  /** Every case is in at least one row, so each column adds up to at least its group size. */
  everyCaseInARow?: boolean;
  /** Rows are listed by decreasing total, equal totals in this order of their labels. */
  tieBreak?: (a: string, b: string) => number;
}

const num = (v: string) => {
  if (v === "–") return null;
  // A cell that is no number must fail here, not read as a hidden one (the solver's key writes NaN as null).
  if (!/^\d+$/.test(v)) throw new Error(`not a count: ${v}`);
  return Number(v);
};

/** Reads publishedRows' output ("Totalt" as the last column, and as the last row when published). */
export function readPublished({ header, rows }: { header: string[]; rows: string[][] }): PublishedTable {
  if (header[header.length - 1] !== "Totalt") throw new Error("expected a Totalt column");
  const columns = header.slice(1, -1);
  const last = rows[rows.length - 1];
  const hasTotals = last?.[0] === "Totalt";
  const body = hasTotals ? rows.slice(0, -1) : rows;
  return {
    rowLabels: body.map((r) => r[0]!),
    columns,
    cells: body.map((r) => r.slice(1, -1).map(num)),
    rowTotals: body.map((r) => num(r[r.length - 1]!)),
    ...(hasTotals ? { columnTotals: last!.slice(1, -1).map(num), total: num(last![last!.length - 1]!) } : {}),
  };
}

interface State {
  sums: number[];
  hiddenSum: number;
  prevTotal: number;
  prevLabel: string | undefined;
}

/** Each hidden cell's ("r,c") and row total's ("r,T") feasible values, or null when nothing is feasible. */
export function feasibleHiddenValues(t: PublishedTable, k: Knowledge): Map<string, Set<number>> | null {
  const values = new Map<string, Set<number>>();
  let anyFeasible = false;
  for (const n of k.groupSizes) {
    const found = withGroupSizesOnce(t, n, k);
    if (!found) continue;
    anyFeasible = true;
    for (const [id, vs] of found) {
      const into = values.get(id) ?? new Set<number>();
      vs.forEach((v) => into.add(v));
      values.set(id, into);
    }
  }
  return anyFeasible ? values : null;
}

/** The hidden values with exactly one feasible value. */
export function pinnedHiddenValues(t: PublishedTable, k: Knowledge): string[] {
  const values = feasibleHiddenValues(t, k);
  if (!values) throw new Error("the published table has no completion: the reader's knowledge is wrong");
  return [...values].filter(([, vs]) => vs.size === 1).map(([id]) => id);
}

// A test first narrows the group sizes with a table and then asks the same table which values are
// pinned: each (table, sizes, knowledge) is worked out once. The key is the table's content, as
// callers build a new object for each question.
const solved = new Map<string, Map<string, Set<number>> | null>();
const tieBreakIds = new Map<NonNullable<Knowledge["tieBreak"]>, number>();
function withGroupSizesOnce(t: PublishedTable, n: number[], k: Knowledge): Map<string, Set<number>> | null {
  let tieBreak = 0;
  if (k.tieBreak) {
    if (!tieBreakIds.has(k.tieBreak)) tieBreakIds.set(k.tieBreak, tieBreakIds.size + 1);
    tieBreak = tieBreakIds.get(k.tieBreak)!;
  }
  const key = JSON.stringify([t, n, k.everyCaseInARow ?? false, tieBreak]);
  if (!solved.has(key)) solved.set(key, withGroupSizes(t, n, k));
  return solved.get(key)!;
}

function withGroupSizes(t: PublishedTable, n: number[], k: Knowledge): Map<string, Set<number>> | null {
  const C = t.columns.length;
  if (t.cells.some((row) => row.some((v, c) => v !== null && v > n[c]!))) return null;
  const hiddenIn = (c: number) => t.cells.some((row) => row[c] === null);
  const visibleSum = (c: number) => t.cells.reduce((a, row) => a + (row[c] ?? 0), 0);
  // Columns whose hidden part is constrained: an equation when the column total is shown, a
  // lower bound when every case is in some row. The others need no tracking.
  const tracked = Array.from({ length: C }, (_, c) => c).filter((c) => hiddenIn(c) && ((t.columnTotals && t.columnTotals[c] !== null) || k.everyCaseInARow));
  const target = tracked.map((c): { exact: boolean; value: number } => {
    const shown = t.columnTotals?.[c];
    return shown !== null && shown !== undefined ? { exact: true, value: shown - visibleSum(c) } : { exact: false, value: Math.max(0, n[c]! - visibleSum(c)) };
  });
  const grand = t.total ?? null;
  const visibleAll = t.cells.flat().reduce<number>((a, v) => a + (v ?? 0), 0);
  const key = (s: State) => `${s.sums.join(",")}|${s.hiddenSum}|${s.prevTotal}|${s.prevLabel ?? ""}`;

  const start: State = { sums: tracked.map(() => 0), hiddenSum: 0, prevTotal: Number.POSITIVE_INFINITY, prevLabel: undefined };
  const layers: Array<Map<string, State>> = [new Map([[key(start), start]])];
  const transitions: Array<Array<{ from: string; to: string; assignment: number[] }>> = [];
  const cellIds: string[][] = [];
  t.rowLabels.forEach((label, r) => {
    const row = t.cells[r]!;
    const hidden = row.flatMap((v, c) => (v === null ? [c] : []));
    cellIds.push([...hidden.map((c) => `${r},${c}`), ...(t.rowTotals[r] === null ? [`${r},T`] : [])]);
    const visible = row.reduce<number>((a, v) => a + (v ?? 0), 0);
    const shownTotal = t.rowTotals[r];
    const next = new Map<string, State>();
    const moves: (typeof transitions)[number] = [];
    for (const [fromKey, s] of layers[r]!) {
      // The most the hidden cells may add: the shown row total, and with the rows' order known,
      // this row's total may not pass the row's above. The loops stop there.
      let room = Number.POSITIVE_INFINITY;
      if (typeof shownTotal === "number") room = shownTotal - visible;
      if (k.tieBreak) room = Math.min(room, s.prevTotal - visible);
      const acc: number[] = [];
      const assign = (i: number, sum: number) => {
        if (i < hidden.length) {
          for (let v = 0; v <= n[hidden[i]!]! && sum + v <= room; v++) {
            acc[i] = v;
            assign(i + 1, sum + v);
          }
          return;
        }
        const total = visible + sum;
        if (shownTotal !== null && total !== shownTotal) return;
        if (total < 1) return; // a listed row has at least one case
        if (k.tieBreak && (total > s.prevTotal || (total === s.prevTotal && s.prevLabel !== undefined && k.tieBreak(s.prevLabel, label) > 0))) return;
        const sums = tracked.map((c, j) => {
          const i = hidden.indexOf(c);
          const add = i < 0 ? 0 : acc[i]!;
          const goal = target[j]!;
          // Past the least a column needs, more makes no difference: saturate to keep the states few.
          return goal.exact ? s.sums[j]! + add : Math.min(goal.value, s.sums[j]! + add);
        });
        if (sums.some((v, j) => target[j]!.exact && v > target[j]!.value)) return;
        const to: State = { sums, hiddenSum: grand === null ? 0 : s.hiddenSum + sum, prevTotal: k.tieBreak ? total : 0, prevLabel: k.tieBreak ? label : undefined };
        const toKey = key(to);
        next.set(toKey, to);
        // The hidden cells' values, then the row total when it is hidden (ids in cellIds).
        moves.push({ from: fromKey, to: toKey, assignment: shownTotal === null ? [...acc, total] : [...acc] });
      };
      assign(0, 0);
    }
    layers.push(next);
    transitions.push(moves);
  });
  const end = layers[layers.length - 1]!;
  let valid = new Set(
    [...end].filter(([, s]) => s.sums.every((v, j) => (target[j]!.exact ? v === target[j]!.value : v >= target[j]!.value)) && (grand === null || visibleAll + s.hiddenSum === grand)).map(([id]) => id),
  );
  if (!valid.size) return null;
  const values = new Map<string, Set<number>>();
  for (let r = transitions.length - 1; r >= 0; r--) {
    const before = new Set<string>();
    for (const m of transitions[r]!) {
      if (!valid.has(m.to)) continue;
      before.add(m.from);
      m.assignment.forEach((v, i) => {
        const id = cellIds[r]![i]!;
        values.set(id, (values.get(id) ?? new Set<number>()).add(v));
      });
    }
    valid = before;
  }
  return values;
}

/**
 * Group-size vectors consistent with the single-response tables (each case in one row of
 * each, so a column adds up to its group's size): shown column totals are exact, the others
 * share what is left of the grand total, and each candidate must complete every table.
 */
export function groupSizeCandidates(shared: PublishedTable[]): number[][] {
  const C = shared[0]!.columns.length;
  const known = Array.from({ length: C }, (_, c) => shared.map((t) => t.columnTotals?.[c]).find((v) => v !== null && v !== undefined) ?? null);
  const grand = shared.map((t) => t.total).find((v) => v !== null && v !== undefined);
  if (grand === undefined) throw new Error("no grand total shown: the reader's group sizes are unbounded");
  const unknown = known.flatMap((v, c) => (v === null ? [c] : []));
  const rest = grand - known.reduce<number>((a, v) => a + (v ?? 0), 0);
  const vectors: number[][] = [];
  const fill = (i: number, left: number, n: number[]) => {
    if (i === unknown.length - 1) return vectors.push(n.map((v, c) => (c === unknown[i] ? left : v)));
    for (let v = 0; v <= left; v++) fill(i + 1, left - v, n.map((x, c) => (c === unknown[i] ? v : x)));
  };
  const base = known.map((v) => v ?? 0);
  if (unknown.length) fill(0, rest, base);
  else vectors.push(base);
  return vectors.filter((n) => shared.every((t) => feasibleHiddenValues({ ...t, columnTotals: n, total: grand }, { groupSizes: [n] }) !== null));
}
