import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditOutcome } from "@/lib/db/generated/enums";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

type Db = Pick<typeof prisma, "auditLog"> | Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  caseId?: string | null;
  /** Structured facts; never passwords or tokens. */
  details?: Prisma.InputJsonValue;
  /** For sign-in attempts, where there is no actor yet but an e-mail address. */
  email?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends one entry to the audit log. Pass the transaction client when the entry belongs
 * to a change, so the change and its entry are written together or not at all.
 */
export async function writeAudit(actor: Actor, entry: AuditEntry, db: Db = prisma): Promise<void> {
  // A guessed case id in a URL may not even be a UUID; keep it, but in details.
  const caseId = entry.caseId && UUID.test(entry.caseId) ? entry.caseId : null;
  const details =
    entry.caseId && !caseId
      ? { ...(entry.details as Record<string, unknown> | undefined), requestedCaseId: entry.caseId.slice(0, 100) }
      : entry.details;
  await db.auditLog.create({
    data: {
      actorUserId: actor.kind === "user" ? actor.userId : null,
      actorEmail: actor.kind === "user" ? actor.email : (entry.email ?? null),
      action: entry.action,
      caseId,
      outcome: entry.outcome,
      details: (details ?? {}) as Prisma.InputJsonValue,
    },
  });
}
