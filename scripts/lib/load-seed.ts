// Bulk data for `npm run bench:load` (issue 14 §1): the demo data, then enough further
// organisations, editors and cases to reach `totalCases`, each case with a realistic answered
// document from the demo catalogue cases and a revision history. Written with createMany in
// batches: seeding 10 000 cases one by one would take longer than the benchmark itself.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password";
import { demoExampleCases } from "../../lib/demo/example-cases";
import { seedDemoData } from "../../lib/demo/seed";
import { DEMO_CASE } from "../../lib/demo/users";

export const LOAD_PASSWORD = "Samverka-last-2026";

export interface LoadWorld {
  /** The demo editor (Norrström), with `casesPerEditor` further cases of their own. */
  editor: { id: string; email: string };
  /** A case the demo editor edits, answered in full (the report's Norrström–Fjällviken case). */
  caseId: string;
  /** Norrström's legal reviewer, with the demo editor's further cases waiting for review. */
  jurist: { id: string; email: string };
  skr: { id: string; email: string };
  orgAdmin: { id: string; email: string };
  /** One editor and one answered case each, for concurrent saves. */
  saveEditors: Array<{ id: string; email: string; caseId: string; problem: string | undefined }>;
  totalCases: number;
}

const BATCH = 500;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function seedLoadWorld(
  db: PrismaClient,
  options: { totalCases: number; casesPerEditor: number; saveEditors: number; log?: (line: string) => void },
): Promise<LoadWorld> {
  const log = options.log ?? (() => {});
  await seedDemoData(db);
  const specs = demoExampleCases();
  const byEmail = async (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true } });
  const editor = await byEmail(DEMO_CASE.editorEmail);
  const jurist = await byEmail("jurist@norrstrom.example");
  const skr = await byEmail("analytiker@skr.example");
  const orgAdmin = await byEmail("admin@norrstrom.example");
  const norrstrom = await db.organization.findFirstOrThrow({ where: { name: DEMO_CASE.ownerOrganization }, select: { id: true } });
  const full = specs.find((s) => s.key === "norrstrom-fjallviken")!;
  const fullCase = await db.case.findFirstOrThrow({ where: { title: full.doc.title ?? full.key, ownerOrganizationId: norrstrom.id }, select: { id: true } });

  const existing = await db.case.count();
  const toCreate = Math.max(0, options.totalCases - existing);
  const editorCount = Math.ceil(toCreate / options.casesPerEditor);
  log(`Seeding ${toCreate} cases for ${editorCount} editors in as many organisations …`);

  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const orgs = Array.from({ length: editorCount }, (_, i) => ({ id: crypto.randomUUID(), name: `Lastkommun ${i + 1}`, type: "KOMMUN" as const }));
  const users = orgs.map((org, i) => ({ id: crypto.randomUUID(), email: `redaktor-${i + 1}@last.example`, name: `Redaktör ${i + 1}`, emailVerified: true, orgId: org.id }));
  await inBatches(orgs, (batch) => db.organization.createMany({ data: batch }));
  await inBatches(users, (batch) => db.user.createMany({ data: batch.map((u) => ({ id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified })) }));
  await inBatches(users, (batch) =>
    db.account.createMany({ data: batch.map((u) => ({ userId: u.id, accountId: u.id, providerId: "credential", password: passwordHash })) }),
  );
  await inBatches(users, (batch) => db.membership.createMany({ data: batch.map((u) => ({ userId: u.id, organizationId: u.orgId, role: "CASE_EDITOR" as const })) }));

  // The demo editor gets casesPerEditor further cases, so "Mina ärenden" lists a full working set.
  const owners = [{ id: editor.id, orgId: norrstrom.id }, ...users.map((u) => ({ id: u.id, orgId: u.orgId }))];
  const cases: Prisma.CaseCreateManyInput[] = [];
  const members: Prisma.CaseMemberCreateManyInput[] = [];
  const revisions: Prisma.CaseRevisionCreateManyInput[] = [];
  const started = Date.parse("2025-01-01T08:00:00Z");
  for (let i = 0; i < toCreate; i++) {
    const owner = owners[Math.floor(i / options.casesPerEditor)] ?? owners[owners.length - 1]!;
    const spec = specs[i % specs.length]!;
    const id = crypto.randomUUID();
    const title = `${spec.doc.title ?? spec.key} (${i + 1})`;
    const createdAt = new Date(started + i * 45 * 60_000);
    cases.push({
      id,
      title,
      ownerOrganizationId: owner.orgId,
      data: { ...spec.doc, title } as unknown as Prisma.InputJsonValue,
      completedSteps: spec.completedSteps,
      version: 4,
      createdAt,
    });
    members.push({ caseId: id, userId: owner.id, role: "EDITOR", organizationId: owner.orgId });
    for (let v = 2; v <= 4; v++) {
      revisions.push({
        caseId: id,
        version: v,
        actorUserId: owner.id,
        actorName: "Redaktör",
        actorEmail: "redaktor@last.example",
        changes: [{ path: "needs.problem", before: `Utkast ${v - 1}`, after: `Utkast ${v}` }],
        documentHash: crypto.randomBytes(32).toString("hex"),
        at: new Date(createdAt.getTime() + v * 60_000),
      });
    }
  }
  await inBatches(cases, (batch) => db.case.createMany({ data: batch }));
  await inBatches(members, (batch) => db.caseMember.createMany({ data: batch }));
  await inBatches(revisions, (batch) => db.caseRevision.createMany({ data: batch }));
  // A busy jurist: every further case of the demo editor waits for Norrström's legal review, so
  // "Att granska" has more than a page of requests.
  const editorName = (await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { name: true } })).name;
  await db.reviewRequest.createMany({
    data: cases.slice(0, options.casesPerEditor).map((c, n) => ({
      caseId: c.id!,
      organizationId: norrstrom.id,
      message: n % 3 === 0 ? "Titta särskilt på upphandlingsfrågan och avtalets uppsägningsvillkor." : "",
      caseVersion: 4,
      requestedById: editor.id,
      requestedByName: editorName,
      createdAt: new Date(started + n * 60 * 60_000),
    })),
  });

  // Concurrent savers: the first `saveEditors` load editors, each on their first case.
  const saveEditors = users.slice(0, options.saveEditors).map((u, n) => {
    const row = cases[options.casesPerEditor * (n + 1)]!;
    return { id: u.id, email: u.email, caseId: row.id!, problem: (row.data as { needs?: { problem?: string } }).needs?.problem };
  });
  await db.$executeRawUnsafe("ANALYZE");
  return { editor, caseId: fullCase.id, jurist, skr, orgAdmin, saveEditors, totalCases: await db.case.count() };
}
