import { type CountTable, DEFAULT_MIN_COUNT, type SuppressedTable } from "./suppression";

/**
 * Small-cell suppression for a multi-response table: each row counts the cases of a group that
 * have some property (a finding, a procurement route relied on), and a case can be in several
 * rows. A cell is small when it counts fewer than the minimum, or when fewer than the minimum of
 * its group's cases are left out of it (its complement, given the group's size).
 *
 * Such a table publishes each row's total (the cases with the property: a number of cases) but
 * no column sums and no grand total. Those count properties, not cases, and with them a reader
 * pinned every hidden cell: in "Vanligaste iakttagelserna" B5 and Okänd were hidden in all ten rows,
 * their column sums 70 and 10 shown, each row's hidden cells added up to 8 and no cell can
 * exceed its group's number of cases, so every hidden cell had one possible value (7 and 1).
 *
 * Without column sums no equation links two rows, but bounds still pin values: a cell counts
 * distinct cases of one group, so it lies in [0, the group's size], and the single-response
 * tables publish most sizes. A lone hidden cell in a row is its row total less the rest; hidden
 * cells that are all at their group's size are too. So two readers are checked: one who knows
 * no size, and one who knows every size (a reader who knows some can pin nothing the second
 * cannot). Each knows, besides the shown numbers:
 * - each cell in [0, its group's size] (the first reader: at least 0), each shown row total;
 * - optionally, that every case is in some row (a catch-all row such as "Ingen väg angiven"),
 *   so a column adds up to at least its group's size;
 * - optionally, that rows are listed by decreasing total: a hidden row total lies between the
 *   nearest shown totals above and below (the order of two hidden totals is not modelled).
 * These constraints form a network (source → row → column → sink) whose flows are the hidden
 * values, all integral, so a hidden value has one possible value exactly when no residual
 * cycle passes through its edge: a graph search per hidden value decides it. Not modelled:
 * relations only the properties' meaning gives (findings that always come together, one
 * verdict per route, a finding that follows from a route in the other table).
 */
export interface MultiResponseOptions {
  minCount?: number;
  /** Cases per column (group), the same order as the table's columns. */
  groupSizes: readonly number[];
  /** Every case is in at least one row. */
  everyCaseInARow?: boolean;
  /** Rows are listed by decreasing total, equal totals in this order of their labels. */
  tieBreak?: (a: string, b: string) => number;
  /**
   * Groups whose number of cases the single-response tables hide. A shown cell of theirs is a
   * lower bound on its group's size (and, where every case is in some row, a column of shown
   * cells is its size), which would undo those tables' suppression. So in every row where any
   * of them has a case, all of their cells are hidden: the row then tells only what they have
   * together, and nothing tells one of them from another.
   */
  hiddenGroups?: readonly boolean[];
}

type CellId = string;

interface Edge {
  from: number;
  to: number;
  lo: number;
  hi: number;
  flow: number;
  /** The hidden value the edge's flow is, if any. */
  id?: CellId;
}

interface Model {
  counts: number[][];
  rowTotals: number[];
  rows: string[];
  options: MultiResponseOptions;
}

/** Hides small cells and what would give them away; the result publishes no column sums (publishedRows). */
export function suppressMultiResponse(table: CountTable, options: MultiResponseOptions): SuppressedTable {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const { counts, rows, columns } = table;
  const sizes = options.groupSizes;
  if (sizes.length !== columns.length) throw new RangeError("one group size per column");
  if (counts.some((row) => row.some((v, c) => v > sizes[c]!))) throw new RangeError("a cell counts more cases than its group has");
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const model: Model = { counts, rowTotals, rows, options };
  const value = (id: CellId) => (id.endsWith(",T") ? rowTotals[Number(id.split(",")[0])]! : counts[Number(id.split(",")[0])]![Number(id.split(",")[1])]!);
  // A group without cases has only zeros, and everyone knows it: never hidden, never a complement.
  const knownZero = (id: CellId) => !id.endsWith(",T") && sizes[Number(id.split(",")[1])] === 0;

  const hidden = new Set<CellId>();
  const reasons = new Map<string, "primary" | "complementary">();
  const items = rows.flatMap((_, r) => [...columns.map((_, c) => `${r},${c}`), `${r},T`]);
  const ofHiddenGroup = (id: CellId) => !id.endsWith(",T") && !knownZero(id) && Boolean(options.hiddenGroups?.[Number(id.split(",")[1])]);
  const hiddenGroupsHaveCases = (r: number) => counts[r]!.some((v, c) => v > 0 && ofHiddenGroup(`${r},${c}`));
  // The cases of a group without the property are a count too: "23 of A2's 24" says that one A2
  // case lacks it (a walk, beside the page's promise that no small count can be worked out).
  const allCases = sizes.reduce((a, b) => a + b, 0);
  const outside = (id: CellId) => (id.endsWith(",T") ? allCases : sizes[Number(id.split(",")[1])]!) - value(id);
  for (const id of items) {
    const v = value(id);
    const rest = outside(id);
    if ((v > 0 && v < minCount) || (rest > 0 && rest < minCount)) {
      hidden.add(id);
      reasons.set(id, "primary");
    } else if (ofHiddenGroup(id) && hiddenGroupsHaveCases(Number(id.split(",")[0]))) {
      hidden.add(id);
      reasons.set(id, "complementary");
    }
  }
  // What either reader pins even with every cell hidden follows from the row totals alone (a row
  // whose total is every case has every cell at its group's size; a table where one group has
  // all the cases): no suppression can hide it. Hiding more is for everything else.
  const everyCell = new Set([...items.filter((id) => !id.endsWith(",T") && !knownZero(id)), ...hidden]);
  const inherent = [false, true].map((knownSizes) => new Set(exposedValues(model, everyCell, knownSizes)));
  const leaks = (h: ReadonlySet<CellId>) => [
    ...new Set([false, true].flatMap((knownSizes, i) => exposedValues(model, h, knownSizes).filter((id) => !inherent[i]!.has(id)))),
  ];
  const unprotectable = new Set<CellId>();
  // A shown row total tells what its hidden cells add up to, and the groups' sizes what they leave
  // out: either must be 0 or at least the minimum, or the row's cheapest shown cell is hidden too
  // (a review: A2's 23 of 24 and B3's 19 of 20 hidden beside a shown total left 2 without it).
  const smallHiddenSum = (): CellId | null => {
    for (let r = 0; r < rows.length; r++) {
      if (hidden.has(`${r},T`)) continue;
      const cols = columns.map((_, c) => c).filter((c) => hidden.has(`${r},${c}`));
      const have = cols.reduce((sum, c) => sum + counts[r]![c]!, 0);
      const lack = cols.reduce((sum, c) => sum + sizes[c]!, 0) - have;
      if ((have === 0 || have >= minCount) && (lack === 0 || lack >= minCount)) continue;
      const shown = columns.map((_, c) => `${r},${c}`).filter((id) => !hidden.has(id) && !knownZero(id));
      shown.sort((a, b) => rank(value(a)) - rank(value(b)));
      return shown[0] ?? `${r},T`;
    }
    return null;
  };
  for (let guard = 0; guard <= items.length; guard++) {
    const target = leaks(hidden).find((id) => !unprotectable.has(id));
    if (!target) {
      const more = smallHiddenSum();
      if (!more) break;
      hidden.add(more);
      reasons.set(more, "complementary");
      continue;
    }
    const [r, c] = target.split(",");
    const near = items.filter((id) => {
      if (hidden.has(id) || knownZero(id)) return false;
      const [ir, ic] = id.split(",");
      return ir === r || (options.everyCaseInARow && c !== "T" && ic === c);
    });
    // Cells before the row total, small non-zero counts first, zeros last (they protect only
    // through the bounds); the first that frees the target, else the first.
    near.sort((a, b) => Number(a.endsWith(",T")) - Number(b.endsWith(",T")) || rank(value(a)) - rank(value(b)));
    const pick = near.find((id) => !leaks(new Set([...hidden, id])).includes(target)) ?? near[0];
    // Nothing left to hide near it (not seen in practice): leave it rather than loop.
    if (!pick) {
      unprotectable.add(target);
      continue;
    }
    hidden.add(pick);
    reasons.set(pick, "complementary");
  }
  return {
    ...table,
    rowTotals,
    // Sums of properties, not of cases: kept for the type, never published.
    columnTotals: columns.map((_, c) => counts.reduce((a, row) => a + row[c]!, 0)),
    total: rowTotals.reduce((a, b) => a + b, 0),
    hidden: counts.map((row, r) => row.map((_, c) => hidden.has(`${r},${c}`))),
    hiddenRowTotals: rowTotals.map((_, r) => hidden.has(`${r},T`)),
    hiddenColumnTotals: columns.map(() => true),
    hiddenTotal: true,
    multiResponse: true,
    reasons,
    minCount,
  };
}

// Zeros come last: hiding one protects only through the bounds.
function rank(v: number): number {
  return v === 0 ? Number.MAX_SAFE_INTEGER : v;
}

/** The hidden values ("r,c" cells and "r,T" row totals) a reader can work out exactly. */
function exposedValues(model: Model, hidden: ReadonlySet<CellId>, knownSizes: boolean): CellId[] {
  const edges = network(model, hidden, knownSizes);
  const nodes = 2 + model.rows.length + (model.counts[0]?.length ?? 0);
  return edges.flatMap((e, i) => (e.id && !movable(nodes, edges, i) ? [e.id] : []));
}

const SOURCE = 0;
const SINK = 1;

function network({ counts, rowTotals, rows, options }: Model, hidden: ReadonlySet<CellId>, knownSizes: boolean): Edge[] {
  const columns = counts[0]?.length ?? 0;
  const rowNode = (r: number) => 2 + r;
  const columnNode = (c: number) => 2 + rows.length + c;
  const isHidden = (r: number, c: number) => hidden.has(`${r},${c}`);
  const edges: Edge[] = [];
  const rowBounds = orderBounds(rows, rowTotals, hidden, options.tieBreak);
  let all = 0;
  counts.forEach((row, r) => {
    const visible = row.reduce((a, v, c) => a + (isHidden(r, c) ? 0 : v), 0);
    const flow = rowTotals[r]! - visible;
    all += flow;
    if (hidden.has(`${r},T`)) {
      const { lo, hi } = rowBounds[r]!;
      edges.push({ from: SOURCE, to: rowNode(r), lo: Math.max(0, lo - visible), hi: hi - visible, flow, id: `${r},T` });
    } else edges.push({ from: SOURCE, to: rowNode(r), lo: flow, hi: flow, flow });
    row.forEach((v, c) => {
      if (isHidden(r, c)) edges.push({ from: rowNode(r), to: columnNode(c), lo: 0, hi: knownSizes ? options.groupSizes[c]! : Number.POSITIVE_INFINITY, flow: v, id: `${r},${c}` });
    });
  });
  for (let c = 0; c < columns; c++) {
    const visible = counts.reduce((a, row, r) => a + (isHidden(r, c) ? 0 : row[c]!), 0);
    const flow = counts.reduce((a, row, r) => a + (isHidden(r, c) ? row[c]! : 0), 0);
    const lo = knownSizes && options.everyCaseInARow ? Math.max(0, options.groupSizes[c]! - visible) : 0;
    edges.push({ from: columnNode(c), to: SINK, lo, hi: Number.POSITIVE_INFINITY, flow });
  }
  edges.push({ from: SINK, to: SOURCE, lo: 0, hi: Number.POSITIVE_INFINITY, flow: all });
  for (const e of edges) if (e.flow < e.lo || e.flow > e.hi) throw new Error("the table breaks its own constraints (is it in order of total?)");
  return edges;
}

/**
 * Bounds on each row total from the order of the rows: at most the nearest shown total above,
 * at least the nearest shown total below (and at least 1: a listed row has a case), one
 * tighter for each step where equal totals would have been listed the other way round.
 */
function orderBounds(rows: string[], totals: number[], hidden: ReadonlySet<CellId>, tieBreak?: (a: string, b: string) => number) {
  if (!tieBreak) return rows.map(() => ({ lo: 1, hi: Number.POSITIVE_INFINITY }));
  // strict(k): row k's total exceeds row k + 1's, since a tie would have put k + 1 first.
  const strict = (k: number) => (tieBreak(rows[k]!, rows[k + 1]!) > 0 ? 1 : 0);
  const shown = (k: number) => !hidden.has(`${k},T`);
  return rows.map((_, r) => {
    let hi = Number.POSITIVE_INFINITY;
    for (let a = r - 1, steps = 0; a >= 0; a--) {
      steps += strict(a);
      if (shown(a)) {
        hi = totals[a]! - steps;
        break;
      }
    }
    let lo = 1;
    for (let b = r + 1, steps = 0; b <= rows.length; b++) {
      if (b === rows.length) {
        lo = 1 + steps;
        break;
      }
      steps += strict(b - 1);
      if (shown(b)) {
        lo = totals[b]! + steps;
        break;
      }
    }
    return { lo, hi };
  });
}

/**
 * Whether edge i's flow can change while every bound holds: a residual cycle through it, that
 * is a path back from its head to its tail (to raise it) or from its tail to its head (to
 * lower it) over the other edges' room.
 */
function movable(nodes: number, edges: Edge[], i: number): boolean {
  const e = edges[i]!;
  const arcs: number[][] = Array.from({ length: nodes }, () => []);
  edges.forEach((x, j) => {
    if (j === i) return;
    if (x.flow < x.hi) arcs[x.from]!.push(x.to);
    if (x.flow > x.lo) arcs[x.to]!.push(x.from);
  });
  const reaches = (from: number, to: number) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
      const n = queue.shift()!;
      if (n === to) return true;
      for (const m of arcs[n]!) {
        if (seen.has(m)) continue;
        seen.add(m);
        queue.push(m);
      }
    }
    return false;
  };
  return (e.flow < e.hi && reaches(e.to, e.from)) || (e.flow > e.lo && reaches(e.from, e.to));
}
