import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { reportCases } from "@/lib/demo/example-cases";
import { seedExampleCases } from "@/lib/demo/seed-examples";
import { readCompletionMarks } from "@/lib/wizard/completion-marks";
import { resetDatabase } from "./reset-db";
import { type World, seedWorld } from "./helpers/world";

// The demo's report case is the one a new user opens first: its steps marked complete said
// "Klart" with nobody behind it, as no case worked on in the app does (a walk).
describe("the demo's seeded case: who marked its steps complete", () => {
  let world: World;
  let caseId = "";

  beforeAll(async () => {
    await resetDatabase();
    world = await seedWorld();
    const spec = reportCases().find((s) => s.key === "norrstrom-fjallviken")!;
    const { ids } = await seedExampleCases(prisma, [spec], { editorUserId: { [spec.key]: world.users.ownerEditor } });
    caseId = ids[spec.key]!;
  });

  it("names the case's editor and party on each step it marks complete, a date apart from the start", async () => {
    const editor = await prisma.user.findUniqueOrThrow({ where: { id: world.users.ownerEditor } });
    const row = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    const marks = readCompletionMarks(row.stepCompletedBy);
    expect(Object.keys(marks).sort()).toEqual([...row.completedSteps].sort());
    expect(row.completedSteps.length).toBeGreaterThan(0);
    for (const mark of Object.values(marks)) {
      expect(mark).toMatchObject({ name: editor.name, organization: "Norrströms kommun" });
      expect(new Date(mark.at).getTime()).toBeGreaterThan(row.createdAt.getTime());
    }
  });

  it("has a history row by the editor for each mark, and for the case's start", async () => {
    const rows = await prisma.auditLog.findMany({ where: { caseId, action: "case.update" }, orderBy: { at: "asc" } });
    expect(rows.map((r) => (r.details as { step: string }).step)).toEqual(["1", "2A", "2B"]);
    expect(new Set(rows.map((r) => r.actorUserId))).toEqual(new Set([world.users.ownerEditor]));
    const created = await prisma.auditLog.findFirstOrThrow({ where: { caseId, action: "case.create" } });
    expect(created.actorUserId).toBe(world.users.ownerEditor);
  });

  it("leaves cases without an editor unmarked by anyone", async () => {
    const spec = reportCases().find((s) => s.key === "lund-unga-vuxna")!;
    const { ids } = await seedExampleCases(prisma, [spec]);
    const row = await prisma.case.findUniqueOrThrow({ where: { id: ids[spec.key]! } });
    expect(row.completedSteps.length).toBeGreaterThan(0);
    expect(readCompletionMarks(row.stepCompletedBy)).toEqual({});
  });
});
