import { describe, expect, it } from "vitest";
import { type SuppressedTable, publishedRows, suppressSmallCells } from "@/lib/anonymisation";
import { suppressMultiResponse } from "@/lib/anonymisation/multi-response";
import { type Knowledge, pinnedHiddenValues, readPublished } from "../../support/suppression-attack";

// A multi-response table counts, per group, the cases that have each property; a case can have
// several. A reader knows the published numbers and that a cell lies between 0 and its group's
// number of cases, and may know those numbers (the single-response tables publish most).

const byLabel = (a: string, b: string) => a.localeCompare(b, "sv");
const published = (t: SuppressedTable) => readPublished(publishedRows(t));
/** Pinned values a suppression could have protected: not pinned even with every cell hidden. */
function avoidablePins(t: SuppressedTable, k: Knowledge): string[] {
  const p = published(t);
  const inherent = pinnedHiddenValues({ ...p, cells: p.cells.map((row) => row.map(() => null)) }, k);
  return pinnedHiddenValues(p, k).filter((id) => !inherent.includes(id));
}

describe("the tester's table: two small groups whose cases share their findings", () => {
  // Ten findings; 7 of B5's 8 cases and Okänd's only case have each, beside two large groups.
  const columns = ["A1", "C8", "B5", "Okänd"];
  const sizes = [40, 30, 8, 1];
  const rows = Array.from({ length: 10 }, (_, r) => `Fynd ${String.fromCharCode(65 + r)}`);
  const counts = rows.map((_, r) => [30 - r, 20 - r, 7, 1]);
  const table = { rows, columns, counts };
  const reader: Knowledge = { groupSizes: [sizes] };

  it("published with its column sums, every hidden B5 and Okänd cell follows (the defect)", () => {
    const t = suppressSmallCells(table, 5);
    expect(t.hidden.every((row) => row[2] && row[3])).toBe(true);
    expect(published(t).columnTotals).toEqual([255, 155, 70, 10]);
    const pinned = pinnedHiddenValues(published(t), reader);
    expect(pinned).toEqual(expect.arrayContaining(rows.flatMap((_, r) => [`${r},2`, `${r},3`])));
  });

  it("without them, and with the group sizes known, none does", () => {
    const t = suppressMultiResponse(table, { minCount: 5, groupSizes: sizes, tieBreak: byLabel });
    expect(published(t).columnTotals).toBeUndefined();
    expect(t.hidden.every((row) => row[3])).toBe(true);
    expect(pinnedHiddenValues(published(t), { ...reader, tieBreak: byLabel })).toEqual([]);
  });

  it("protects a small cell with one that has room below its group's size, not with a full one", () => {
    // Hiding B5's 8 of 8 beside Okänd's 1 of 1 leaves 9 to share between cells of at most 8 and 1.
    const full = { rows: ["Fynd A"], columns, counts: [[30, 20, 8, 1]] };
    const t = suppressMultiResponse(full, { minCount: 5, groupSizes: sizes });
    expect(t.hidden[0]).toEqual([false, true, false, true]);
    expect(pinnedHiddenValues(published(t), reader)).toEqual([]);
    const withFull = suppressSmallCells(full, 5);
    expect(withFull.hidden[0]!.slice(2)).toEqual([true, true]);
  });
});

describe("a cell that leaves out fewer than the minimum of its group's cases", () => {
  // A walk: "Totalt" published A2's 24 cases, and a finding's A2 cell 23: one A2 case lacks it.
  const sizes = [24, 37];
  const t = suppressMultiResponse({ rows: ["Fynd A", "Fynd B"], columns: ["A2", "C8"], counts: [[12, 36], [23, 20]] }, { minCount: 5, groupSizes: sizes, tieBreak: byLabel });

  it("is hidden, as a small cell is, and cannot be worked out from its row", () => {
    expect(t.hidden[1]![0]).toBe(true);
    expect(t.hidden[0]![1]).toBe(true);
    expect(pinnedHiddenValues(published(t), { groupSizes: [sizes], tieBreak: byLabel })).toEqual([]);
  });

  it("is shown when every case of the group has the property, or enough lack it", () => {
    const whole = suppressMultiResponse({ rows: ["Fynd A"], columns: ["A2", "C8"], counts: [[24, 30]] }, { minCount: 5, groupSizes: sizes });
    expect(whole.hidden[0]).toEqual([false, false]);
  });
});

describe("a row whose shown total tells what its hidden cells add up to", () => {
  // A review: A2's 23 of 24 and B3's 19 of 20 hidden beside a shown total: 2 cases of A2 and B3 lack it.
  it("leaves neither the cases hidden with the property nor those hidden without it at 1–4", () => {
    const sizes = [24, 20, 40];
    const t = suppressMultiResponse({ rows: ["Fynd A"], columns: ["A2", "B3", "C8"], counts: [[23, 19, 10]] }, { minCount: 5, groupSizes: sizes });
    const hiddenCols = [0, 1, 2].filter((c) => t.hidden[0]![c]);
    const have = hiddenCols.reduce((sum, c) => sum + t.counts[0]![c]!, 0);
    const lack = hiddenCols.reduce((sum, c) => sum + sizes[c]!, 0) - have;
    expect(t.hiddenRowTotals[0]).toBe(false);
    expect([have === 0 || have >= 5, lack === 0 || lack >= 5]).toEqual([true, true]);
    expect(pinnedHiddenValues(published(t), { groupSizes: [sizes] })).toEqual([]);
  });
});

describe("groups whose number of cases the single-response tables hide", () => {
  it("have every cell hidden where any of them has a case, zeros included, and shown where none has", () => {
    const t = suppressMultiResponse(
      { rows: ["a", "b", "c"], columns: ["A1", "B4", "Okänd"], counts: [[9, 5, 1], [8, 0, 1], [7, 0, 0]] },
      { minCount: 5, groupSizes: [12, 5, 1], hiddenGroups: [false, true, true], everyCaseInARow: true },
    );
    // Row c: B4's 0 of 5 is shown; Okänd's 0 of its 1 case would say that the one case lacks c.
    expect(t.hidden.map((row) => row.slice(1))).toEqual([[true, true], [true, true], [false, true]]);
    expect(pinnedHiddenValues(published(t), { groupSizes: [[12, 5, 1]], everyCaseInARow: true })).toEqual([]);
  });
});

describe("publishing", () => {
  const t = suppressMultiResponse({ rows: ["x", "y"], columns: ["g1", "g2"], counts: [[6, 2], [5, 7]] }, { minCount: 5, groupSizes: [9, 9] });

  it("has each row's total, a number of cases, and no Totalt row", () => {
    const { header, rows } = publishedRows(t);
    expect(header).toEqual(["", "g1", "g2", "Totalt"]);
    expect(rows.map((r) => r[0])).toEqual(["x", "y"]);
    expect(rows.flat()).not.toContain("2");
    expect(t.multiResponse).toBe(true);
  });

  it("refuses a cell larger than its group", () => {
    expect(() => suppressMultiResponse({ rows: ["x"], columns: ["g1"], counts: [[6]] }, { groupSizes: [5] })).toThrow(RangeError);
  });
});

describe("no avoidable exposure, over many random tables", () => {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);

  /** Cases in groups, each with a random set of properties; rows as the statistics list them. */
  function randomTable(covering: boolean) {
    const columns = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, c) => `g${c}`);
    const properties = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, r) => `p${r}`);
    const sizes = columns.map(() => (rand() < 0.2 ? 0 : 1 + Math.floor(rand() * 6)));
    const count = new Map<string, number[]>();
    sizes.forEach((n, c) => {
      for (let i = 0; i < n; i++) {
        let has = properties.filter(() => rand() < 0.5);
        if (covering && !has.length) has = [properties[properties.length - 1]!];
        for (const p of has) {
          const row = count.get(p) ?? columns.map(() => 0);
          row[c]!++;
          count.set(p, row);
        }
      }
    });
    const total = (p: string) => count.get(p)!.reduce((a, b) => a + b, 0);
    const rows = [...count.keys()].sort((a, b) => total(b) - total(a) || byLabel(a, b));
    return { table: { rows, columns, counts: rows.map((p) => count.get(p)!) }, sizes };
  }

  for (const covering of [false, true]) {
    it(covering ? "every case in some row" : "a case in any number of rows", () => {
      let checked = 0;
      for (let i = 0; i < 150; i++) {
        const { table, sizes } = randomTable(covering);
        if (!table.rows.length) continue;
        const t = suppressMultiResponse(table, { minCount: 3, groupSizes: sizes, everyCaseInARow: covering, tieBreak: byLabel });
        const label = JSON.stringify({ counts: table.counts, sizes });
        // Knowing every size: nothing pinned but what the row totals alone pin.
        expect(avoidablePins(t, { groupSizes: [sizes], everyCaseInARow: covering, tieBreak: byLabel }), label).toEqual([]);
        // Knowing only which groups have cases (a zero total is always shown) and how many cases there are.
        const all = sizes.reduce((a, b) => a + b, 0);
        expect(avoidablePins(t, { groupSizes: [sizes.map((n) => (n ? all : 0))], tieBreak: byLabel }), label).toEqual([]);
        table.counts.forEach((row, r) => row.forEach((v, c) => v > 0 && v < 3 && expect(t.hidden[r]![c], label).toBe(true)));
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});
