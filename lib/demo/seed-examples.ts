import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { DEFAULT_K, type QuasiIdentifiers, anonymiseText, prepareExample, quasiIdentifiersOf, withoutOmitted } from "@/lib/anonymisation";
import { evaluateCase } from "@/lib/rules";
import { routeVerdictLabel } from "@/lib/rules/types";
import { documentHash } from "@/lib/review/hash";
import type { CompletionMark } from "@/lib/wizard/completion-marks";
import type { DemoCaseSpec } from "./example-cases";

type Db = PrismaClient;

async function organizationFor(db: Db, owner: DemoCaseSpec["owner"]): Promise<string> {
  if (owner.officialCode) {
    const byCode = await db.organization.findUnique({ where: { officialCode: owner.officialCode } });
    if (byCode) return byCode.id;
  }
  const org = await db.organization.upsert({
    where: { name_type: { name: owner.name, type: owner.type } },
    create: { name: owner.name, type: owner.type, officialCode: owner.officialCode },
    update: {},
  });
  return org.id;
}

/**
 * Who marked the seeded case's steps complete: the case's editor, for its owner, a week apart
 * from the start (step 4 on its own date). Without them the demo case's steps read "Klart" with
 * nobody behind it, which no case started in the app does (a walk).
 */
function completionMarksOf(spec: DemoCaseSpec, editorName: string): Record<string, CompletionMark> {
  const startedAt = new Date(`${spec.startedAt}T09:00:00Z`).getTime();
  return Object.fromEntries(
    spec.completedSteps.map((step, index) => {
      const at = step === "4" && spec.step4DoneAt ? new Date(`${spec.step4DoneAt}T15:00:00Z`) : new Date(startedAt + (index + 1) * 7 * 86_400_000);
      return [step, { name: editorName, organization: spec.owner.name, at: at.toISOString() }];
    }),
  );
}

/** The reviewer named on seeded legal approvals: no such user exists, so nobody can act as them. */
const DEMO_REVIEWER = { id: "00000000-0000-4000-8000-00000000a001", name: "Jurist i ägarkommunen (demodata)" };

/**
 * Writes cases for the catalogue and the statistics: the case rows, the audit entry for step
 * 4 when it was completed, the legal approval (issue 10) when the spec has one, and, where the spec says so, the anonymised example exactly as
 * lib/examples would write it (same pure functions), with its audit entries. Idempotent:
 * a case whose title already exists for its owner is left alone.
 */
export async function seedExampleCases(
  db: Db,
  specs: readonly DemoCaseSpec[],
  options: { k?: number; editorUserId?: Record<string, string> } = {},
): Promise<{ cases: number; examples: number; ids: Record<string, string> }> {
  const k = options.k ?? DEFAULT_K;
  const withOwner = specs.map((s) => ({ spec: s, qi: quasiIdentifiersOf(s.doc, s.owner, s.example?.area) }));
  let cases = 0;
  let examples = 0;
  const ids: Record<string, string> = {};
  for (const [index, { spec }] of withOwner.entries()) {
    const ownerId = await organizationFor(db, spec.owner);
    const title = spec.doc.title ?? spec.key;
    const existing = await db.case.findFirst({ where: { title, ownerOrganizationId: ownerId }, select: { id: true } });
    if (existing) {
      ids[spec.key] = existing.id;
      continue;
    }
    const startedAt = new Date(`${spec.startedAt}T09:00:00Z`);
    const editor = options.editorUserId?.[spec.key];
    const editorUser = editor ? await db.user.findUniqueOrThrow({ where: { id: editor }, select: { id: true, name: true, email: true } }) : undefined;
    const marks = editorUser ? completionMarksOf(spec, editorUser.name) : undefined;
    const created = await db.$transaction(async (tx) => {
      const row = await tx.case.create({
        data: {
          title,
          ownerOrganizationId: ownerId,
          data: spec.doc as unknown as Prisma.InputJsonValue,
          completedSteps: spec.completedSteps,
          ...(marks ? { stepCompletedBy: marks } : {}),
          createdAt: startedAt,
          ...(editor ? { members: { create: { userId: editor, role: "EDITOR", organizationId: ownerId } } } : {}),
        },
      });
      // Started by its editor where it has one: the history read "demodata skapade ärendet" (a walk).
      await tx.auditLog.create({
        data: { at: startedAt, action: "case.create", caseId: row.id, outcome: "SUCCESS", ...(editorUser ? { actorUserId: editorUser.id, actorEmail: editorUser.email } : { actorEmail: "demodata" }), details: { seeded: true } },
      });
      // The history says who marked each step, as the marks on the steps do.
      for (const [step, mark] of Object.entries(marks ?? {})) {
        await tx.auditLog.create({
          data: { at: new Date(mark.at), action: "case.update", caseId: row.id, outcome: "SUCCESS", actorUserId: editorUser!.id, actorEmail: editorUser!.email, details: { step, completed: true, seeded: true } },
        });
      }
      if (spec.step4DoneAt && !marks?.["4"]) {
        await tx.auditLog.create({
          data: { at: new Date(`${spec.step4DoneAt}T15:00:00Z`), action: "case.update", caseId: row.id, outcome: "SUCCESS", actorEmail: "demodata", details: { step: "4", completed: true, seeded: true } },
        });
      }
      if (spec.legalApprovalAt) {
        const at = new Date(`${spec.legalApprovalAt}T13:00:00Z`);
        // The snapshot of findings and decisions is empty: no reviewer decided anything in the demo data.
        await tx.caseApproval.create({
          data: { caseId: row.id, organizationId: ownerId, caseVersion: row.version, documentHash: documentHash(spec.doc), snapshot: [], reviewerId: DEMO_REVIEWER.id, reviewerName: DEMO_REVIEWER.name, createdAt: at },
        });
        await tx.auditLog.create({
          data: { at, action: "case.review.approve", caseId: row.id, outcome: "SUCCESS", actorEmail: "demodata", details: { organizationName: spec.owner.name, version: row.version, seeded: true } },
        });
      }
      return row;
    });
    ids[spec.key] = created.id;
    cases++;
    if (!spec.example) continue;
    const evaluation = evaluateCase(spec.doc, spec.doc.procurement.procurementStartDate ?? spec.startedAt);
    const others: QuasiIdentifiers[] = withOwner.filter((_, j) => j !== index).map((w) => w.qi);
    const context = { parties: spec.doc.parties.map((p) => ({ name: p.name, type: p.type })), extraNames: [spec.owner.name] };
    const prepared = prepareExample({
      doc: spec.doc,
      caseTitle: title,
      owner: spec.owner,
      area: spec.example.area,
      lessonsLearned: spec.example.lessonsLearned,
      routes: evaluation.procurement.routes.map((r) => ({ route: r.route, title: r.title, verdictLabel: routeVerdictLabel(r), reliedOn: r.reliedOn })),
      context,
      otherCases: others,
      k,
      createdAt: startedAt,
    });
    // The editors' own title, where the spec gives one, passes the same filter approval applies.
    const exampleTitle = spec.example.title
      ? withoutOmitted({ title: anonymiseText(spec.example.title, context).text, sections: [] }, prepared.check.published).title
      : prepared.title;
    const approved = (spec.example.status ?? "APPROVED") === "APPROVED" && prepared.check.satisfied;
    const approvedAt = new Date((spec.step4DoneAt ?? spec.startedAt) + "T16:00:00Z");
    await db.$transaction(async (tx) => {
      const row = await tx.caseExample.create({
        data: {
          caseId: created.id,
          status: approved ? "APPROVED" : "PROPOSED",
          title: exampleTitle,
          sections: prepared.sections as unknown as Prisma.InputJsonValue,
          lessonsLearned: spec.example!.lessonsLearned,
          ...prepared.check.published,
          area: spec.example!.area,
          year: prepared.year,
          kSteps: prepared.check.steps,
          kMatches: prepared.check.matches,
          proposedByUserId: editor ?? "00000000-0000-0000-0000-000000000000",
          approvedAt: approved ? approvedAt : null,
        },
      });
      await tx.auditLog.create({ data: { action: "case.example.propose", caseId: created.id, outcome: "SUCCESS", actorEmail: "demodata", details: { seeded: true } } });
      if (approved) {
        const text = [exampleTitle, ...prepared.sections.map((s) => `${s.heading}\n${s.text}`)].join("\n\n");
        await tx.$executeRaw`UPDATE "CaseExample" SET "searchVector" = setweight(to_tsvector('swedish', ${exampleTitle}), 'A') || setweight(to_tsvector('swedish', ${text}), 'B') WHERE "id" = ${row.id}::uuid`;
        await tx.auditLog.create({ data: { action: "case.example.approve", caseId: created.id, outcome: "SUCCESS", actorEmail: "demodata", details: { seeded: true } } });
      }
    });
    examples++;
  }
  return { cases, examples, ids };
}
