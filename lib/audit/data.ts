import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, caseScope, denyCase } from "@/lib/auth/authorize";
import { isUuid } from "@/lib/cases/ids";

const ENTRY = { id: true, at: true, actorEmail: true, action: true, caseId: true, outcome: true, details: true } as const;

/** A case's audit trail, for the people who work on the case. */
export async function listCaseAudit(actor: Actor, caseId: string) {
  const scope = caseScope(actor, "case.audit.read");
  if (!scope || !isUuid(caseId)) return denyCase(actor, "case.audit.read", caseId);
  const visible = await prisma.case.count({ where: { AND: [{ id: caseId }, scope] } });
  if (!visible) return denyCase(actor, "case.audit.read", caseId);
  return prisma.auditLog.findMany({ where: { caseId }, orderBy: { at: "desc" }, take: 200, select: ENTRY });
}

/** The whole audit log, newest first, for system admins. */
export async function listAllAudit(actor: Actor, options: { take?: number } = {}) {
  await authorize(actor, "audit.readAll");
  return prisma.auditLog.findMany({ orderBy: { at: "desc" }, take: Math.min(options.take ?? 200, 500), select: ENTRY });
}
