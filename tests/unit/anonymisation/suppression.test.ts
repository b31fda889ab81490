import { describe, expect, it } from "vitest";
import { exposedCells, mostlyHidden, publishedRows, suppressSharedMargins, suppressSmallCells } from "@/lib/anonymisation";

const table = (counts: number[][]) => ({
  rows: counts.map((_, i) => `r${i}`),
  columns: counts[0]!.map((_, i) => `c${i}`),
  counts,
});

/** For each line (row or column) whose total is shown, what its hidden cells add up to: the total less the shown ones. */
function hiddenSums(t: ReturnType<typeof suppressSmallCells>): number[] {
  const sums: number[] = [];
  t.counts.forEach((row, r) => {
    if (!t.hiddenRowTotals[r]) sums.push(row.reduce((a, v, c) => a + (t.hidden[r]![c] ? v : 0), 0));
  });
  t.columns.forEach((_, c) => {
    if (!t.hiddenColumnTotals[c]) sums.push(t.counts.reduce((a, row, r) => a + (t.hidden[r]![c] ? row[c]! : 0), 0));
  });
  return sums;
}

function hiddenIds(t: ReturnType<typeof suppressSmallCells>): Set<string> {
  const ids = new Set<string>();
  t.hidden.forEach((row, r) => row.forEach((h, c) => h && ids.add(`${r},${c}`)));
  t.hiddenRowTotals.forEach((h, r) => h && ids.add(`${r},T`));
  t.hiddenColumnTotals.forEach((h, c) => h && ids.add(`T,${c}`));
  if (t.hiddenTotal) ids.add("T,T");
  return ids;
}

describe("small-cell suppression", () => {
  it("a count of exactly the minimum is shown; one below is hidden (near miss on each side)", () => {
    const shown = suppressSmallCells(table([[5, 9], [7, 8]]), 5);
    expect(hiddenIds(shown).size).toBe(0);
    const hidden = suppressSmallCells(table([[4, 9], [7, 8]]), 5);
    expect(hidden.hidden[0]![0]).toBe(true);
    expect(hidden.reasons.get("0,0")).toBe("primary");
  });

  it("hides a complementary cell so the hidden one cannot be recovered from the totals", () => {
    const t = suppressSmallCells(table([[4, 9, 12], [7, 8, 10]]), 5);
    const ids = hiddenIds(t);
    expect(ids.size).toBeGreaterThanOrEqual(4);
    expect(exposedCells(ids, 2, 3)).toEqual([]);
    // The 7 beside the 4 leaves 4 of its column's 11 cases outside it: small in its own right (a re-walk).
    expect(t.reasons.get("1,0")).toBe("primary");
    expect([...t.reasons.values()].filter((r) => r === "complementary").length).toBeGreaterThanOrEqual(2);
  });

  it("hides a cell that leaves fewer than the minimum of its column's cases outside it, as it hides a small one", () => {
    // A re-walk: C6's 15 beside C6's 17 cases said that 2 C6 cases used another form.
    const t = suppressSmallCells(table([[15, 30], [2, 20]]), 5);
    expect(t.hidden[0]![0]).toBe(true);
    expect(t.reasons.get("0,0")).toBe("primary");
    expect(exposedCells(hiddenIds(t), 2, 2)).toEqual([]);
    // Enough outside it, or none: shown.
    expect(suppressSmallCells(table([[15, 30], [6, 20]]), 5).hidden[0]![0]).toBe(false);
    expect(suppressSmallCells(table([[15, 30], [0, 20]]), 5).hidden[0]![0]).toBe(false);
  });

  it("leaves no line whose shown total tells a small sum of its hidden cells", () => {
    // A review: C6's 17 cases less its shown 8 and 7 said that 2 C6 cases were in the hidden rows.
    const t = suppressSmallCells(table([[8, 5], [7, 5], [1, 5], [1, 5]]), 5);
    expect(t.hidden[2]![0] && t.hidden[3]![0]).toBe(true);
    for (const sum of hiddenSums(t)) expect(sum === 0 || sum >= 5, String(sum)).toBe(true);
    expect(exposedCells(hiddenIds(t), 4, 2)).toEqual([]);
  });

  it("zeros are shown and do not need protection", () => {
    const t = suppressSmallCells(table([[0, 9], [7, 8]]), 5);
    expect(hiddenIds(t).size).toBe(0);
  });

  it("never leaves a hidden value recoverable, over many random tables", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const rows = 1 + Math.floor(rand() * 4);
      const cols = 1 + Math.floor(rand() * 5);
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rand() * 12)));
      const t = suppressSmallCells(table(counts), 5);
      expect(exposedCells(hiddenIds(t), rows, cols), JSON.stringify(counts)).toEqual([]);
      expect(hiddenSums(t).filter((sum) => sum > 0 && sum < 5), JSON.stringify(counts)).toEqual([]);
      // Every primary cell is hidden.
      counts.forEach((row, r) => row.forEach((v, c) => v > 0 && v < 5 && expect(t.hidden[r]![c]).toBe(true)));
    }
  });

  it("detects recovery through a chain of rows and columns, not only a lone hidden cell", () => {
    // Hidden 0,0 and 0,1 in row 0, and 1,1 in column 1: 0,1 is shared, so 0,0 follows from
    // row 0 once 0,1 is known from column 1 — unless 1,1 is also paired.
    expect(exposedCells(new Set(["0,0", "0,1"]), 2, 2)).toEqual(expect.arrayContaining(["0,0", "0,1"]));
    expect(exposedCells(new Set(["0,0", "0,1", "1,0", "1,1"]), 2, 2)).toEqual([]);
  });

  it("publishes hidden values as a dash", () => {
    const t = suppressSmallCells(table([[4, 9], [7, 8]]), 5);
    const { header, rows } = publishedRows(t);
    expect(header).toEqual(["", "c0", "c1", "Totalt"]);
    expect(rows.flat()).toContain("–");
    expect(rows.flat()).not.toContain("4");
  });
});

describe("tables that share their column totals", () => {
  // Two tables over the same 21 cases in four groups: each case is in one row of each, so
  // column totals (10, 10, 0, 1) and the grand total are the same numbers in both.
  const forms = { rows: ["avtalssamverkan", "gemensam nämnd"], columns: ["g1", "g2", "g3", "g4"], counts: [[4, 1, 0, 1], [6, 9, 0, 0]] };
  const stalled = { rows: ["Alla steg klara"], columns: ["g1", "g2", "g3", "g4"], counts: [[10, 10, 0, 1]] };

  it("suppressed one by one, a total shown in one table reveals a value hidden in the other", () => {
    const a = suppressSmallCells(forms, 5);
    const b = suppressSmallCells(stalled, 5);
    // The one-row table hides g2's 10 cases (its row holds a 1) but the other table shows g2's total, 10.
    expect(b.hidden[0]![1]).toBe(true);
    expect(a.hiddenColumnTotals[1]).toBe(false);
    expect(a.columnTotals[1]).toBe(stalled.counts[0]![1]);
  });

  it("hides a shared total in every table once any of them hides it, and each table stays protected", () => {
    const [a, b] = suppressSharedMargins([forms, stalled], 5);
    for (let c = 0; c < 4; c++) expect(a!.hiddenColumnTotals[c], `column ${c}`).toBe(b!.hiddenColumnTotals[c]);
    expect(a!.hiddenTotal).toBe(b!.hiddenTotal);
    expect(a!.hiddenColumnTotals[1]).toBe(true);
    // Nothing hidden in either table follows from what is shown in it.
    for (const t of [a!, b!]) {
      const hiddenIds = new Set<string>();
      t.hidden.forEach((row, r) => row.forEach((h, c) => h && hiddenIds.add(`${r},${c}`)));
      t.hiddenRowTotals.forEach((h, r) => h && hiddenIds.add(`${r},T`));
      t.hiddenColumnTotals.forEach((h, c) => h && hiddenIds.add(`T,${c}`));
      if (t.hiddenTotal) hiddenIds.add("T,T");
      expect(exposedCells(hiddenIds, t.rows.length, t.columns.length)).toEqual([]);
    }
  });

  it("changes nothing when the tables already agree", () => {
    const big = { rows: ["x", "y"], columns: ["g1", "g2"], counts: [[10, 6], [7, 9]] };
    const other = { rows: ["p", "q"], columns: ["g1", "g2"], counts: [[8, 5], [9, 10]] };
    const [a, b] = suppressSharedMargins([big, other], 5);
    expect(a!.hidden.flat().some(Boolean) || b!.hidden.flat().some(Boolean)).toBe(false);
    expect(() => suppressSharedMargins([big, { ...other, columns: ["g1"], counts: [[8], [9]] }], 5)).toThrow();
  });
});

describe("cells whose value everyone knows", () => {
  it("never hides a cell in a column whose shown total is 0, and still protects the small cell", () => {
    // Column c0 is empty (total 0): its cells are known zeros and protect nothing. The lone 1
    // in the last row once made the algorithm hide those zeros (shown as "–").
    const t = suppressSmallCells(table([[0, 9, 8, 0], [0, 7, 6, 0], [0, 0, 0, 1]]), 5);
    expect(t.columnTotals[0]).toBe(0);
    expect(t.hiddenColumnTotals[0]).toBe(false);
    expect(t.hidden.map((row) => row[0])).toEqual([false, false, false]);
    expect(t.hidden[2]![3]).toBe(true);
    expect(exposedCells(hiddenIds(t), 3, 4)).toEqual([]);
  });
});

describe("a table listed by total, as published", () => {
  it("lists hidden totals after the shown ones, by label, whatever their true values", async () => {
    const { hiddenTotalsLast } = await import("@/lib/anonymisation/suppression");
    const table = {
      rows: ["Övrigt", "Ekonomiskt bistånd", "Familjehem", "Inte angivet"],
      columns: ["A", "B"],
      counts: [[14, 0], [13, 0], [13, 0], [1, 0]],
      rowTotals: [14, 13, 13, 1],
      columnTotals: [41, 0],
      total: 41,
      hidden: [[false, false], [true, false], [false, false], [true, false]],
      hiddenRowTotals: [false, true, false, true],
      hiddenColumnTotals: [false, false],
      hiddenTotal: false,
      multiResponse: false,
      reasons: new Map<string, "primary" | "complementary">([["1,0", "complementary"], ["1,T", "complementary"], ["3,0", "primary"], ["3,T", "primary"], ["T,1", "primary"]]),
      minCount: 5,
    };
    const out = hiddenTotalsLast(table, (a, b) => a.localeCompare(b, "sv"));
    expect(out.rows).toEqual(["Övrigt", "Familjehem", "Ekonomiskt bistånd", "Inte angivet"]);
    expect(out.rowTotals).toEqual([14, 13, 13, 1]);
    expect(out.hiddenRowTotals).toEqual([false, false, true, true]);
    expect(out.hidden).toEqual([[false, false], [false, false], [true, false], [true, false]]);
    expect([...out.reasons.entries()].sort()).toEqual([["2,0", "complementary"], ["2,T", "complementary"], ["3,0", "primary"], ["3,T", "primary"], ["T,1", "primary"]]);
  });
});

describe("hidden row totals and what a reader knows of them", () => {
  it("are not left to add up to their number: every listed row has a case, so each would be 1", async () => {
    const { suppressSmallCells } = await import("@/lib/anonymisation/suppression");
    // Found by a review: totals 12, 10, –, – and 24 told both hidden rows (2 between them, at least 1 each).
    const t = suppressSmallCells({ rows: ["A", "B", "C", "D"], columns: ["x", "y"], counts: [[6, 6], [5, 5], [1, 0], [1, 0]] }, 5);
    const shownSum = t.rowTotals.reduce((sum, v, r) => (t.hiddenRowTotals[r] ? sum : sum + v), 0);
    const hiddenRows = t.hiddenRowTotals.filter(Boolean).length;
    if (!t.hiddenTotal) expect(t.total - shownSum).toBeGreaterThan(hiddenRows);
    expect(t.hiddenRowTotals.slice(2)).toEqual([true, true]);
  });
});

describe("mostlyHidden", () => {
  it("is true when more than half of the cells with cases are hidden, and false otherwise", () => {
    const table = (counts: number[][], hidden: boolean[][]) => ({ counts, hidden });
    expect(mostlyHidden(table([[2, 0, 7], [1, 0, 9]], [[true, false, false], [true, false, true]]))).toBe(true);
    expect(mostlyHidden(table([[2, 0, 7], [6, 0, 9]], [[true, false, false], [false, false, false]]))).toBe(false);
    expect(mostlyHidden(table([[0]], [[false]]))).toBe(false);
  });
});
