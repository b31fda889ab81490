import { prisma } from "@/lib/db/client";
import type { CaseKind } from "@/lib/demo/example-cases";
import type { World } from "./world";

/**
 * A proposed example (version 1) on the world's own case, and a published one on the
 * foreign case, written straight to the database. Returns the published example's id.
 */
export async function seedMatrixExamples(world: World): Promise<string> {
  const base = {
    title: "Familjebehandling för unga",
    sections: [{ id: "behov", heading: "Behov", text: "Långa väntetider för familjebehandling.", spans: [] }],
    area: "familjeratt",
    year: 2026,
    proposedByUserId: world.users.ownerEditor,
  };
  await prisma.caseExample.create({ data: { ...base, caseId: world.caseId, status: "PROPOSED" } });
  const published = await prisma.caseExample.create({
    data: { ...base, caseId: world.otherCaseId, status: "APPROVED", approvedAt: new Date(), approvedByUserId: world.users.lundEditor, proposedByUserId: world.users.lundEditor },
  });
  await prisma.$executeRaw`UPDATE "CaseExample" SET "searchVector" = to_tsvector('swedish', ${base.title} || ' ' || ${base.sections[0]!.text}) WHERE "id" = ${published.id}::uuid`;
  return published.id;
}

/** Cases of two parties for the k-anonymity check's population (caseOfKind numbers them). */
export const TWO_PARTY_KIND: CaseKind = {
  contractor: { code: "1438", name: "Dals-Eds kommun" },
  partner: { code: "1439", name: "Färgelanda kommun" },
  area: "ekonomiskt_bistand",
  form: "avtalssamverkan",
  route: "hamburg",
  completedSteps: ["1"],
};

/** The version of the case's example as the proposal form would send it: none before the first proposal. */
export async function exampleVersion(caseId: string): Promise<number | undefined> {
  return (await prisma.caseExample.findUnique({ where: { caseId }, select: { version: true } }))?.version;
}
