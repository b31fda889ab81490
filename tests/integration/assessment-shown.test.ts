import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { changesSinceShown, recordAssessmentShown } from "@/lib/cases/assessment";
import { parseCase, type Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { evaluateCase } from "@/lib/rules";
import { requestReview } from "@/lib/review/data";
import { listReviewQueue } from "@/lib/review/queries";
import { listMyCases } from "@/lib/cases/data";
import { resetDatabase } from "./reset-db";
import { databaseSnapshot } from "./helpers/snapshot";
import { seedWorld, type World } from "./helpers/world";

let world: World;
const actor = (name: keyof World["users"]): Promise<Actor> => loadActor(world.users[name], "test-session");

function norrstrom(): Case {
  const parsed = parseCase(JSON.parse(readFileSync(new URL("../../examples/cases/norrstrom-fjallviken.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error("example invalid");
  return parsed.case;
}

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
  await prisma.case.update({ where: { id: world.caseId }, data: { data: norrstrom() as unknown as Prisma.InputJsonValue } });
});

// Issue 9 §5: a verdict can change without anyone editing the case. The 2024–2025 limit for social
// services (8 109 450 kr, Upphandlingsmyndigheten) is known; no 2026 limit is confirmed (DOMAIN.md).
describe("the assessment a case was last shown", () => {
  it("says what changed when the assessment date passes into a year without a confirmed limit", async () => {
    const nora = await actor("ownerEditor");
    // Without a start date the value, and the limit, are those of the day the case is assessed on
    // (with one, the limit of that day holds whenever the case is assessed, LOU 5 kap.).
    const c = norrstrom();
    delete c.procurement.procurementStartDate;
    expect(await recordAssessmentShown(nora, world.caseId, evaluateCase(c, "2025-10-01"))).toEqual([]);
    const changes = await recordAssessmentShown(nora, world.caseId, evaluateCase(c, "2026-03-01"));
    expect(changes.map((x) => x.text)).toContain("Direktupphandling: tillämplig → kräver juridisk bedömning, eftersom gränsen för 2026 saknas");
    // Shown now, so the next view has nothing new to say.
    expect(await recordAssessmentShown(nora, world.caseId, evaluateCase(c, "2026-03-01"))).toEqual([]);
  });

  it("is recorded for a reviewer too, and refused without a trace for someone outside the case", async () => {
    const reviewer = await actor("legalReviewer");
    await recordAssessmentShown(reviewer, world.caseId, evaluateCase(norrstrom(), "2025-10-01"));
    expect(await prisma.caseAssessmentShown.count({ where: { caseId: world.caseId, userId: world.users.legalReviewer } })).toBe(1);
    const before = await databaseSnapshot();
    await expect(recordAssessmentShown(await actor("ownerEditor"), world.otherCaseId, evaluateCase(norrstrom(), "2025-10-01"))).rejects.toBeInstanceOf(AppError);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("is kept per person: one person opening the case does not clear the change for another, and the reviewers' queue shows it", async () => {
    const nora = await actor("ownerEditor");
    const per = await actor("partner");
    const julia = await actor("legalReviewer");
    const c = norrstrom();
    // Everyone has seen the case while the procurement was planned for 2025 (a confirmed limit).
    for (const who of [nora, per, julia]) await recordAssessmentShown(who, world.caseId, evaluateCase(c, "2025-10-01"));
    await requestReview(nora, { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Se upphandlingen." });
    // The procurement moves into 2026, for which no limit is confirmed.
    const moved: Case = { ...c, procurement: { ...c.procurement, procurementStartDate: "2026-03-01" } };
    await prisma.case.update({ where: { id: world.caseId }, data: { data: moved as unknown as Prisma.InputJsonValue } });
    const expected = "Direktupphandling: tillämplig → kräver juridisk bedömning, eftersom gränsen för 2026 saknas";

    expect((await recordAssessmentShown(nora, world.caseId, evaluateCase(moved, "2026-03-01"))).map((x) => x.text)).toContain(expected);
    // Nora has now seen it; Per has not, so his list and his visit still say what changed.
    expect(await recordAssessmentShown(nora, world.caseId, evaluateCase(moved, "2026-03-01"))).toEqual([]);
    const { cases: perList } = await listMyCases(per);
    const perRow = perList.find((row) => row.id === world.caseId);
    expect(changesSinceShown(perRow?.assessmentShown[0]?.snapshot, evaluateCase(moved, "2026-03-01")).map((x) => x.text)).toContain(expected);
    const queue = await listReviewQueue(julia);
    const item = queue.items.find((q) => q.caseId === world.caseId);
    expect(item?.assessmentChanges.map((x) => x.text)).toContain(expected);
    expect((await recordAssessmentShown(per, world.caseId, evaluateCase(moved, "2026-03-01"))).map((x) => x.text)).toContain(expected);
    // The queue only reads; the reviewer's stored assessment is still the 2025 one until she opens the case.
    expect((await listReviewQueue(julia)).items.find((q) => q.caseId === world.caseId)?.assessmentChanges.map((x) => x.text)).toContain(expected);
    expect(await prisma.caseAssessmentShown.count({ where: { caseId: world.caseId } })).toBe(3);
  });
});
