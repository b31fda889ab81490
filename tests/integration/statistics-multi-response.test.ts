import { beforeAll, describe, expect, it } from "vitest";
import { publishedRows } from "@/lib/anonymisation";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { type CaseKind as Kind, caseOfKind } from "@/lib/demo/example-cases";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { GROUP_COLUMNS, type StatisticsTable, UNKNOWN_GROUP, computeStatistics } from "@/lib/catalogue/statistics";
import { type Knowledge, type PublishedTable, feasibleHiddenValues, groupSizeCandidates, pinnedHiddenValues, readPublished } from "../support/suppression-attack";
import { resetDatabase } from "./reset-db";

// The tester's attack on "Vanligaste iakttagelserna" (SKR staff, who may see only aggregates): a case
// counts in a row for each of its findings, so the table's column sums count findings, not
// cases. With those sums, the row totals and the group sizes the single-response tables give,
// every hidden cell of two small groups whose cases share their findings followed exactly.
// Here a reader who sees every published table, as the page, the CSV and the API show them,
// must not be able to work out any hidden value of a multi-response table.

const ALL_STEPS = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"];
const FAMILY_LAW: Kind = {
  contractor: { code: "1438", name: "Dals-Eds kommun" }, // C8
  partner: { code: "1439", name: "Färgelanda kommun" },
  area: "familjeratt",
  form: "avtalssamverkan",
  route: "myndighetsutovning",
  completedSteps: ALL_STEPS,
  step4AfterDays: 125,
  approvalAfterDays: 45,
};
const SOCIAL_EMERGENCY: Kind = {
  contractor: { code: "2560", name: "Älvsbyns kommun" }, // B4
  partner: { code: "2582", name: "Bodens kommun" },
  area: "socialjour",
  form: "gemensam_namnd",
  route: "hamburg",
  completedSteps: ["1"],
};
// The same case in two small groups: seven in B5, one in a municipality SKR does not group.
const HVB: Omit<Kind, "contractor" | "partner"> = { area: "hvb", form: "avtalssamverkan", route: "direktupphandling", completedSteps: ALL_STEPS.slice(0, 3) };
const HVB_B5: Kind = { ...HVB, contractor: { code: "0562", name: "Finspångs kommun" }, partner: { code: "0583", name: "Motala kommun" } };
const HVB_UNKNOWN: Kind = { ...HVB, contractor: { code: "9901", name: "Kanarieby kommun" }, partner: { code: "9902", name: "Tornedalsby kommun" } };

const MULTI_RESPONSE = ["fynd", "upphandling"];
const published = (t: StatisticsTable): PublishedTable => readPublished(publishedRows(t.table));
const byLabel = (a: string, b: string) => a.localeCompare(b, "sv");
const knowledge = (id: string, groupSizes: number[][]): Knowledge => ({ groupSizes, everyCaseInARow: id === "upphandling", tieBreak: byLabel });

describe("multi-response statistics: nothing hidden follows from what is published", () => {
  let tables: StatisticsTable[] = [];

  beforeAll(async () => {
    await resetDatabase();
    const user = await prisma.user.create({ data: { email: "flersvar@skr.test", name: "Stina Statistik", emailVerified: true } });
    await prisma.userGlobalRole.create({ data: { userId: user.id, role: "SKR_STAFF" } });
    await seedExampleCases(prisma, [
      ...[1, 2, 3, 4, 5, 6].map((n) => caseOfKind(FAMILY_LAW, n)),
      ...[1, 2, 3, 4, 5].map((n) => caseOfKind(SOCIAL_EMERGENCY, n)),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => caseOfKind(HVB_B5, n)),
      caseOfKind(HVB_UNKNOWN, 1),
    ]);
    tables = await computeStatistics(await loadActor(user.id, "s"));
  });

  it("the dataset is the tester's: B5 and Okänd hidden in every row where their shared findings show", () => {
    const findings = tables.find((t) => t.id === "fynd")!.table;
    const b5 = findings.columns.indexOf("B5");
    const unknown = findings.columns.indexOf(UNKNOWN_GROUP);
    const shared = findings.rows.filter((_, r) => findings.counts[r]![unknown]! > 0);
    expect(shared.length).toBeGreaterThanOrEqual(2);
    for (const row of shared) {
      const r = findings.rows.indexOf(row);
      expect(findings.counts[r]![b5], row).toBe(7);
      expect(findings.counts[r]![unknown], row).toBe(1);
      expect(findings.hidden[r]![unknown], row).toBe(true);
    }
  });

  it("a reader with every published table pins no hidden value of the findings or the routes", () => {
    const oneRowPerCase = tables.filter((t) => !MULTI_RESPONSE.includes(t.id)).map(published);
    const fromSingleResponse = groupSizeCandidates(oneRowPerCase);
    expect(fromSingleResponse.length).toBeGreaterThan(0);
    // The multi-response tables narrow the group sizes too (a size is at least any cell of its column).
    const groupSizes = fromSingleResponse.filter((n) => MULTI_RESPONSE.every((id) => feasibleHiddenValues(published(tables.find((x) => x.id === id)!), knowledge(id, [n])) !== null));
    for (const id of MULTI_RESPONSE) {
      const t = published(tables.find((x) => x.id === id)!);
      expect(t.columns).toEqual(GROUP_COLUMNS);
      // Each route relied on is a row, and a case without one is in "Ingen väg angiven".
      const pinned = pinnedHiddenValues(t, knowledge(id, groupSizes));
      expect(pinned.map((cell) => `${t.rowLabels[Number(cell.split(",")[0])]} / ${cell}`), id).toEqual([]);
    }
    // Nor do they give away a group's number of cases that the single-response tables hide.
    GROUP_COLUMNS.forEach((group, c) => {
      const before = new Set(fromSingleResponse.map((n) => n[c]));
      const after = new Set(groupSizes.map((n) => n[c]));
      if (before.size > 1) expect(after.size, group).toBeGreaterThan(1);
    });
  });

  it("nor does a reader who knows every group's exact number of cases, beyond what the row totals alone say", async () => {
    const forms = tables.find((t) => t.id === "samverkansform")!.table;
    const sizes = forms.columnTotals;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(await prisma.case.count());
    for (const id of MULTI_RESPONSE) {
      const t = published(tables.find((x) => x.id === id)!);
      const pinned = pinnedHiddenValues(t, knowledge(id, [sizes]));
      // Except what the row totals alone give such a reader: a row whose total is every case
      // has every cell at its group's size, whatever is hidden.
      const withEveryCellHidden = pinnedHiddenValues({ ...t, cells: t.cells.map((row) => row.map(() => null)) }, knowledge(id, [sizes]));
      expect(pinned.filter((cell) => !withEveryCellHidden.includes(cell)), id).toEqual([]);
    }
  });

  it("publishes no column sums for a multi-response table: they count findings or routes, not cases", () => {
    for (const id of MULTI_RESPONSE) {
      const t = published(tables.find((x) => x.id === id)!);
      expect(t.columnTotals, id).toBeUndefined();
    }
    for (const t of tables.filter((x) => !MULTI_RESPONSE.includes(x.id))) expect(published(t).columnTotals, t.id).toBeDefined();
  });
});
