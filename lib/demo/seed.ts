import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { emptyCase } from "@/lib/case";
import type { Prisma } from "@/lib/db/generated/client";
import { DEMO_ORGANIZATIONS } from "./organizations";
import { DEMO_CASE, DEMO_PASSWORD, DEMO_USERS } from "./users";
import { demoExampleCases } from "./example-cases";
import { seedExampleCases } from "./seed-examples";

export interface SeedSummary {
  organizations: number;
  users: number;
  logins: Array<{ role: string; email: string; password: string }>;
}

/** Loads the demo data. Safe to run on every start: every row is upserted on a natural key. */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedSummary> {
  await prisma.$transaction(
    DEMO_ORGANIZATIONS.map((org) =>
      prisma.organization.upsert({
        where: { name_type: { name: org.name, type: org.type } },
        create: { name: org.name, type: org.type, officialCode: org.officialCode },
        update: {},
      }),
    ),
  );
  const orgIds = new Map(
    (await prisma.organization.findMany({ select: { id: true, name: true } })).map((org) => [org.name, org.id]),
  );
  const orgId = (name: string) => {
    const id = orgIds.get(name);
    if (!id) throw new Error(`Demo organisation ${name} is missing.`);
    return id;
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_USERS) {
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email: demo.email },
        create: { email: demo.email, name: demo.name, emailVerified: true },
        update: {},
      });
      const hasPassword = await tx.account.count({ where: { userId: user.id, providerId: "credential" } });
      if (!hasPassword) {
        await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
      }
      for (const membership of [...(demo.organization ? [demo.organization] : []), ...(demo.alsoIn ?? [])]) {
        const organizationId = orgId(membership.name);
        await tx.membership.upsert({
          where: { userId_organizationId_role: { userId: user.id, organizationId, role: membership.role } },
          create: { userId: user.id, organizationId, role: membership.role },
          update: {},
        });
      }
      if (demo.globalRole) {
        await tx.userGlobalRole.upsert({
          where: { userId_role: { userId: user.id, role: demo.globalRole } },
          create: { userId: user.id, role: demo.globalRole },
          update: {},
        });
      }
    });
  }

  const owner = orgId(DEMO_CASE.ownerOrganization);
  const existing = await prisma.case.findFirst({ where: { title: DEMO_CASE.title, ownerOrganizationId: owner } });
  if (!existing) {
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_CASE.editorEmail } });
    await prisma.$transaction(async (tx) => {
      const created = await tx.case.create({
        data: {
          title: DEMO_CASE.title,
          diaryNumber: DEMO_CASE.diaryNumber,
          ownerOrganizationId: owner,
          // As a case started in the app: step 1's "Vad ska ärendet heta?" shows the title.
          data: { ...emptyCase(), title: DEMO_CASE.title } as unknown as Prisma.InputJsonValue,
          members: { create: { userId: editor.id, role: "EDITOR", organizationId: owner } },
        },
      });
      await tx.auditLog.create({
        data: {
          actorUserId: editor.id,
          actorEmail: editor.email,
          action: "case.create",
          caseId: created.id,
          outcome: "SUCCESS",
          details: { title: DEMO_CASE.title, diaryNumber: DEMO_CASE.diaryNumber, seeded: true },
        },
      });
    });
  }

  // The partner municipality takes part in the demo case through its editor (CaseMember on
  // Fjällviken's behalf), so its case count includes the case. Added also to older demo data.
  const demoCase = await prisma.case.findFirst({ where: { title: DEMO_CASE.title, ownerOrganizationId: owner }, select: { id: true } });
  const partner = await prisma.user.findUnique({ where: { email: DEMO_CASE.partner.email }, select: { id: true } });
  if (demoCase && partner) {
    await prisma.caseMember.upsert({
      where: { caseId_userId: { caseId: demoCase.id, userId: partner.id } },
      create: { caseId: demoCase.id, userId: partner.id, role: "EDITOR", organizationId: orgId(DEMO_CASE.partner.organization) },
      update: {},
    });
  }

  // Cases for SKR's catalogue and statistics (issue 12). Norrström's editor works on the
  // report's fictional case, so the whole "Dela som exempel" flow can be tried with it.
  const norrstromEditor = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_CASE.editorEmail } });
  const seeded = await seedExampleCases(prisma, demoExampleCases(), { editorUserId: { "norrstrom-fjallviken": norrstromEditor.id } });
  // Fjällviken's editor takes part in the report's case too, as in the demo case above, so that
  // Fjällviken's jurist can be asked to review it and both parties' approvals can be tried (a walk
  // found Fjällviken, a party in the answers, not in the case). Added also to older demo data.
  const reportCase = seeded.ids["norrstrom-fjallviken"];
  if (reportCase && partner) {
    await prisma.caseMember.upsert({
      where: { caseId_userId: { caseId: reportCase, userId: partner.id } },
      create: { caseId: reportCase, userId: partner.id, role: "EDITOR", organizationId: orgId(DEMO_CASE.partner.organization) },
      update: {},
    });
  }

  return {
    organizations: DEMO_ORGANIZATIONS.length,
    users: DEMO_USERS.length,
    logins: DEMO_USERS.map((u) => ({ role: u.label, email: u.email, password: DEMO_PASSWORD })),
  };
}
