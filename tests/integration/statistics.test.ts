import { beforeAll, describe, expect, it, vi } from "vitest";
import { exposedCells, publishedRows, type SuppressedTable } from "@/lib/anonymisation";
import { loadActor } from "@/lib/auth/actor";
import { PROCUREMENT_ROUTE_LABELS } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import { type CaseKind as Kind, caseOfKind } from "@/lib/demo/example-cases";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { GROUP_COLUMNS, type StatisticsTable, computeStatistics } from "@/lib/catalogue/statistics";
import { RULES, evaluateCase } from "@/lib/rules";
import { routeVerdictLabel } from "@/lib/rules/types";
import { resetDatabase } from "./reset-db";

// SKR's statistics on a small dataset whose every count is known: the aggregates must be
// exactly right, small cells hidden, and tables that share column totals hide them alike.

const ALL_STEPS = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"];

const FAMILY_LAW: Kind = {
  contractor: { code: "1438", name: "Dals-Eds kommun" }, // C8 (verifiera)
  partner: { code: "1439", name: "Färgelanda kommun" },
  area: "familjeratt",
  form: "avtalssamverkan",
  route: "myndighetsutovning",
  completedSteps: ALL_STEPS,
  step4AfterDays: 125, // 4 months: "3–6 månader"
  approvalAfterDays: 45, // "Under 3 månader"
};
const SOCIAL_EMERGENCY: Kind = {
  contractor: { code: "2560", name: "Älvsbyns kommun" }, // B4 (verifiera)
  partner: { code: "2582", name: "Bodens kommun" },
  area: "socialjour",
  form: "gemensam_namnd",
  route: "hamburg",
  completedSteps: ["1"], // stalls at 2A
};
const LONE_HVB: Kind = {
  contractor: { code: "2584", name: "Kiruna kommun" }, // C6 (verifiera)
  partner: { code: "2583", name: "Haparanda kommun" },
  area: "hvb",
  form: "avtalssamverkan",
  route: "direktupphandling",
  completedSteps: ALL_STEPS.slice(0, 3), // stalls at 2C
  approvalAfterDays: 250, // "6–12 månader"
};

const spec = caseOfKind;

/** A published cell's value, or "–" when hidden. */
function cell(t: StatisticsTable, row: string, column: string): number | "–" {
  const r = t.table.rows.indexOf(row);
  const c = t.table.columns.indexOf(column);
  if (r < 0) return 0;
  return t.table.hidden[r]![c] ? "–" : t.table.counts[r]![c]!;
}
const byId = (tables: StatisticsTable[], id: string) => tables.find((t) => t.id === id)!;
const routeLabel = (kind: Kind) => {
  const evaluation = evaluateCase(spec(kind, 0).doc, "2025-03-01");
  const relied = evaluation.procurement.routes.find((r) => r.reliedOn)!;
  return `${PROCUREMENT_ROUTE_LABELS[relied.route]}: ${routeVerdictLabel(relied).toLocaleLowerCase("sv")}`;
};

function hiddenIds(t: SuppressedTable): Set<string> {
  const ids = new Set<string>();
  t.hidden.forEach((row, r) => row.forEach((h, c) => h && ids.add(`${r},${c}`)));
  t.hiddenRowTotals.forEach((h, r) => h && ids.add(`${r},T`));
  t.hiddenColumnTotals.forEach((h, c) => h && ids.add(`T,${c}`));
  if (t.hiddenTotal) ids.add("T,T");
  return ids;
}

describe("statistics over a known dataset", () => {
  let skrUserId = "";

  beforeAll(async () => {
    await resetDatabase();
    const user = await prisma.user.create({ data: { email: "statistik@skr.test", name: "Stina Statistik", emailVerified: true } });
    await prisma.userGlobalRole.create({ data: { userId: user.id, role: "SKR_STAFF" } });
    skrUserId = user.id;
    // 6 family-law cases in C8 and 5 social emergency cases in B4: every non-zero cell is at least 5.
    const seeded = await seedExampleCases(prisma, [...[1, 2, 3, 4, 5, 6].map((n) => spec(FAMILY_LAW, n)), ...[1, 2, 3, 4, 5].map((n) => spec(SOCIAL_EMERGENCY, n))]);
    // Every party of each family-law case decided as proposed and signed: the owner by its
    // organisation's key, the partner (not in Samverka) by its row in step 2B.
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const s = spec(FAMILY_LAW, n);
      const caseId = seeded.ids[s.key]!;
      const { ownerOrganizationId } = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { ownerOrganizationId: true } });
      const partner = s.doc.parties.find((p) => p.name === FAMILY_LAW.partner.name)!;
      for (const [partyKey, partyName] of [[`org:${ownerOrganizationId}`, FAMILY_LAW.contractor.name], [`svar:${partner.id}`, FAMILY_LAW.partner.name]]) {
        const recorded = { caseId, partyKey: partyKey!, partyName: partyName!, caseVersion: 1, recordedByUserId: skrUserId, recordedByName: "Statistiken" };
        await prisma.partyDecision.create({ data: { ...recorded, body: "COMMITTEE", bodyName: "Socialnämnden", decidedOn: new Date("2026-11-20T00:00:00Z"), outcome: "ADOPTED" } });
        await prisma.agreementSignature.create({ data: { ...recorded, signedOn: new Date("2026-11-25T00:00:00Z"), signatoryName: "Olle Ordförande", signatoryTitle: "Ordförande" } });
      }
    }
  });

  it("counts each table exactly, by municipality group, from every case (no example needed)", async () => {
    const tables = await computeStatistics(await loadActor(skrUserId, "s"));
    expect(GROUP_COLUMNS).toContain("C8");
    const forms = byId(tables, "samverkansform");
    expect(cell(forms, "avtalssamverkan", "C8")).toBe(6);
    expect(cell(forms, "gemensam nämnd", "B4")).toBe(5);
    expect(cell(forms, "avtalssamverkan", "B4")).toBe(0);
    expect(forms.table.total).toBe(11);
    const areas = byId(tables, "verksamhet");
    expect(areas.table.rows.sort()).toEqual(["Familjerätt", "Socialjour"]);
    expect(cell(areas, "Familjerätt", "C8")).toBe(6);
    expect(cell(areas, "Socialjour", "B4")).toBe(5);
    const routes = byId(tables, "upphandling");
    expect(cell(routes, routeLabel(FAMILY_LAW), "C8")).toBe(6);
    expect(cell(routes, routeLabel(SOCIAL_EMERGENCY), "B4")).toBe(5);
    const stalls = byId(tables, "stopp");
    expect(cell(stalls, "Alla steg klara", "C8")).toBe(6);
    expect(cell(stalls, "Steg 2A", "B4")).toBe(5);
    expect(stalls.table.rows).toEqual(["Steg 2A", "Alla steg klara"]);
    const approval = byId(tables, "godkannande");
    expect(cell(approval, "Under 3 månader", "C8")).toBe(6);
    expect(cell(approval, "Inte godkänt än", "B4")).toBe(5);
    expect(approval.table.rows).toEqual(["Under 3 månader", "Inte godkänt än"]);
    const agreement = byId(tables, "tid");
    expect(cell(agreement, "3–6 månader", "C8")).toBe(6);
    expect(cell(agreement, "Inte klart än", "B4")).toBe(5);
    const end = byId(tables, "slut");
    expect(cell(end, "Alla parter har beslutat enligt förslaget och undertecknat", "C8")).toBe(6);
    expect(cell(end, "Ingen part har beslutat enligt förslaget", "B4")).toBe(5);
    expect(end.table.rows).toEqual(["Alla parter har beslutat enligt förslaget och undertecknat", "Ingen part har beslutat enligt förslaget"]);
    // Findings: each finding the engine gives a case counts that case once, in its group.
    const findings = byId(tables, "fynd");
    const titles = (kind: Kind) => new Set(evaluateCase(spec(kind, 0).doc, "2025-03-01").findings.map((f) => RULES.find((r) => r.code === f.code)?.title ?? f.code));
    const familyLaw = titles(FAMILY_LAW);
    const emergency = titles(SOCIAL_EMERGENCY);
    expect(findings.table.rows.length).toBe(Math.min(10, new Set([...familyLaw, ...emergency]).size));
    for (const row of findings.table.rows) {
      expect(cell(findings, row, "C8"), row).toBe(familyLaw.has(row) ? 6 : 0);
      expect(cell(findings, row, "B4"), row).toBe(emergency.has(row) ? 5 : 0);
    }
    for (const t of tables) expect(t.table.hidden.flat().some(Boolean), t.id).toBe(false);
  });

  it("counts again when a decision is withdrawn: the case's end is part of what changes the tables", async () => {
    const before = byId(await computeStatistics(await loadActor(skrUserId, "s")), "slut").table;
    const one = await prisma.partyDecision.findFirstOrThrow({ where: { withdrawnAt: null }, select: { id: true } });
    await prisma.partyDecision.update({ where: { id: one.id }, data: { withdrawnAt: new Date(), withdrawnByName: "Statistiken" } });
    const after = byId(await computeStatistics(await loadActor(skrUserId, "s")), "slut").table;
    expect(after.counts).not.toEqual(before.counts);
    await prisma.partyDecision.update({ where: { id: one.id }, data: { withdrawnAt: null, withdrawnByName: null } });
  });

  it("one more case alone in its group: its cells are hidden, nothing hidden can be worked out, shared totals agree", async () => {
    await seedExampleCases(prisma, [spec(LONE_HVB, 1)]);
    const tables = await computeStatistics(await loadActor(skrUserId, "s"));
    for (const t of tables) {
      const c6 = t.table.columns.indexOf("C6");
      t.table.counts.forEach((row, r) => {
        if (row[c6]! > 0) expect(t.table.hidden[r]![c6], `${t.id}: ${t.table.rows[r]}`).toBe(true);
      });
      // A multi-response table has no column sums to solve with; statistics-multi-response.test.ts
      // checks what a reader can work out of it from every table.
      if (t.table.multiResponse) expect(publishedRows(t.table).rows.map((row) => row[0]), t.id).not.toContain("Totalt");
      else expect(exposedCells(hiddenIds(t.table), t.table.rows.length, t.table.columns.length), t.id).toEqual([]);
    }
    const oneRowPerCase = ["samverkansform", "verksamhet", "stopp", "godkannande", "tid", "slut"].map((id) => byId(tables, id).table);
    for (const t of oneRowPerCase) {
      expect(t.columnTotals).toEqual(oneRowPerCase[0]!.columnTotals);
      expect(t.hiddenColumnTotals).toEqual(oneRowPerCase[0]!.hiddenColumnTotals);
      expect(t.hiddenTotal).toBe(oneRowPerCase[0]!.hiddenTotal);
    }
    // A table listed by total does not tell a hidden total by where it stands: hidden ones come
    // last, by label (found by a walk: "dolt" between 14 and 13 was 13, and then the next one too).
    for (const id of ["fynd", "upphandling", "samverkansform", "verksamhet"]) {
      const t = byId(tables, id).table;
      const hiddenAt = t.rows.map((_, r) => r).filter((r) => t.hiddenRowTotals[r]);
      const shownAt = t.rows.map((_, r) => r).filter((r) => !t.hiddenRowTotals[r]);
      if (hiddenAt.length) expect(Math.min(...hiddenAt), id).toBeGreaterThan(Math.max(-1, ...shownAt));
      const hiddenLabels = hiddenAt.map((r) => t.rows[r]!);
      expect(hiddenLabels, id).toEqual([...hiddenLabels].sort((a, b) => a.localeCompare(b, "sv")));
      const shownTotals = shownAt.map((r) => t.rowTotals[r]!);
      expect(shownTotals, id).toEqual([...shownTotals].sort((a, b) => b - a));
    }
    expect(byId(tables, "verksamhet").table.hiddenRowTotals.some(Boolean)).toBe(true);
    // What is still shown is still right.
    const areas = byId(tables, "verksamhet");
    expect([6, "–"]).toContain(cell(areas, "Familjerätt", "C8"));
    expect(cell(areas, "HVB och institutionsvård", "C6")).toBe("–");
  });

  it("after a case changes, reads that case's document again and no other, and counts it anew", async () => {
    const skr = await loadActor(skrUserId, "s");
    await computeStatistics(skr);
    const changed = await prisma.case.findFirstOrThrow({ where: { title: spec(FAMILY_LAW, 1).doc.title! }, select: { id: true, data: true } });
    const doc = changed.data as { collaborationForm: Record<string, unknown> };
    await prisma.case.update({
      where: { id: changed.id },
      data: { data: { ...doc, collaborationForm: { ...doc.collaborationForm, chosen: "gemensam_namnd" } }, version: { increment: 1 } },
    });
    const reads = vi.spyOn(prisma.case, "findMany");
    try {
      const forms = byId(await computeStatistics(skr), "samverkansform").table;
      const documentReads = reads.mock.calls.filter(([args]) => (args?.select as { data?: boolean } | undefined)?.data);
      expect(documentReads.map(([args]) => (args?.where?.id as { in: string[] }).in)).toEqual([[changed.id]]);
      const raw = (row: string, column: string) => forms.counts[forms.rows.indexOf(row)]?.[forms.columns.indexOf(column)] ?? 0;
      expect(raw("avtalssamverkan", "C8")).toBe(5);
      expect(raw("gemensam nämnd", "C8")).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });

  it("on a new day reads no document again, unless what the assessment reads of the day has changed", async () => {
    const skr = await loadActor(skrUserId, "s");
    const documentReads = (reads: { mock: { calls: ReadonlyArray<readonly unknown[]> } }) =>
      reads.mock.calls.filter(([args]) => (args as { select?: { data?: boolean } } | undefined)?.select?.data).flatMap(([args]) => (args as { where: { id: { in: string[] } } }).where.id.in);
    const cases = await prisma.case.count();
    // Only Date is faked: the database client's timers run as usual.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-03-02T10:00:00Z"));
      await computeStatistics(skr);
      const reads = vi.spyOn(prisma.case, "findMany");
      try {
        vi.setSystemTime(new Date("2026-03-03T10:00:00Z"));
        await computeStatistics(skr);
        expect(documentReads(reads)).toEqual([]);
        // A new year: a payer's other direct awards count per financial year, so every case is assessed again.
        vi.setSystemTime(new Date("2027-01-04T10:00:00Z"));
        await computeStatistics(skr);
        expect(documentReads(reads)).toHaveLength(cases);
      } finally {
        reads.mockRestore();
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a table listed by total, with hidden totals", () => {
  it("lists them after the shown ones by label, not where their true totals would put them", async () => {
    await resetDatabase();
    const user = await prisma.user.create({ data: { email: "ordning@skr.test", name: "Olle Ordning", emailVerified: true } });
    await prisma.userGlobalRole.create({ data: { userId: user.id, role: "SKR_STAFF" } });
    // Missbruk (3 cases) would stand before Barn och unga (2 cases) by total; both totals are hidden
    // (together 5: a hidden sum of 1–4 beside the shown ones would have a third hidden).
    await seedExampleCases(prisma, [
      ...[1, 2, 3, 4, 5, 6].map((n) => spec(FAMILY_LAW, n)),
      ...[1, 2, 3, 4, 5].map((n) => spec(SOCIAL_EMERGENCY, n)),
      ...[1, 2].map((n) => spec({ ...LONE_HVB, area: "barn_och_unga" }, n)),
      ...[3, 4, 5].map((n) => spec({ ...LONE_HVB, area: "missbruk" }, n)),
    ]);
    const areas = byId(await computeStatistics(await loadActor(user.id, "s")), "verksamhet").table;
    expect(areas.rows).toEqual(["Familjerätt", "Socialjour", "Barn och unga", "Missbruk och beroende"]);
    expect(areas.hiddenRowTotals).toEqual([false, false, true, true]);
  });
});
