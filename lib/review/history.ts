import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope, denyCase } from "@/lib/auth/authorize";
import { isUuid } from "@/lib/cases/ids";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AnswerDiff } from "./diff";

export const HISTORY_PAGE_SIZE = 20;

// Audit actions that belong in a case's readable history, besides a step marked complete or
// not; answer saves come from the revision table instead, with what changed.
const HISTORY_ACTIONS = [
  "case.create",
  "case.invite",
  "case.invitation.revoke",
  "invitation.accept",
  "case.review.request",
  "case.review.withdraw",
  "case.review.comment",
  "case.review.dispose",
  "case.review.decide",
  "case.review.approve",
  "case.review.return",
  "case.decision.record",
  "case.decision.withdraw",
  "case.document.generate",
];

export type HistoryEntry =
  | { kind: "revision"; id: string; at: Date; who: string; version: number; changes: AnswerDiff[] }
  | { kind: "event"; id: string; at: Date; who: string; action: string; details: Record<string, unknown> };

/**
 * How many rows a source has in all, from a newest-first read of at most `taken` rows: when the
 * read came back short, it saw them all and no count is asked for.
 */
async function totalOf(rows: readonly unknown[], taken: number, count: () => Promise<number>): Promise<number> {
  return rows.length < taken ? rows.length : count();
}

/** One page of a case's history, newest first: answer changes and review, invitation and creation events. */
export async function listCaseHistory(actor: Actor, caseId: string, page: number) {
  const scope = caseScope(actor, "case.audit.read");
  if (!scope || !isUuid(caseId)) return denyCase(actor, "case.audit.read", caseId);
  const current = Math.max(1, Math.min(Number.isFinite(page) ? Math.floor(page) : 1, 10_000));
  // Newest first from each source, enough of each to fill this page after merging.
  const need = current * HISTORY_PAGE_SIZE + 1;
  const eventsWhere = {
    caseId,
    outcome: "SUCCESS" as const,
    OR: [
      { action: { in: HISTORY_ACTIONS } },
      // "Är avsnittet klart?" is audited as a change of the case, with the step and the choice.
      { action: "case.update", details: { path: ["completed"], equals: true } },
      { action: "case.update", details: { path: ["completed"], equals: false } },
    ],
  } satisfies Prisma.AuditLogWhereInput;
  // The permission is in the query that reads the revisions: no separate check (every query
  // costs the server about half a millisecond of CPU, and the overview asks this on every view).
  const found = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { revisions: { orderBy: { at: "desc" }, take: need } } });
  if (!found) return denyCase(actor, "case.audit.read", caseId);
  const events = await prisma.auditLog.findMany({ where: eventsWhere, orderBy: { at: "desc" }, take: need });
  const revisions = found.revisions;
  const [revisionCount, eventCount] = await Promise.all([
    totalOf(revisions, need, () => prisma.caseRevision.count({ where: { caseId } })),
    totalOf(events, need, () => prisma.auditLog.count({ where: eventsWhere })),
  ]);
  // Audit entries keep the e-mail of the time; show the person's name where they still exist.
  const ids = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => Boolean(id)))];
  const names = new Map(ids.length ? (await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]) : []);
  const merged: HistoryEntry[] = [
    ...revisions.map((r): HistoryEntry => ({ kind: "revision", id: r.id, at: r.at, who: r.actorName ?? r.actorEmail ?? "Okänd", version: r.version, changes: r.changes as unknown as AnswerDiff[] })),
    ...events.map((e): HistoryEntry => ({ kind: "event", id: e.id, at: e.at, who: (e.actorUserId && names.get(e.actorUserId)) || e.actorEmail || "Okänd", action: e.action, details: (e.details ?? {}) as Record<string, unknown> })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const total = revisionCount + eventCount;
  return {
    entries: merged.slice((current - 1) * HISTORY_PAGE_SIZE, current * HISTORY_PAGE_SIZE),
    page: current,
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    total,
  };
}
