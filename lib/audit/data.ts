import "server-only";
import { prisma } from "@/lib/db/client";
import { likeLiteral } from "@/lib/db/like";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, caseScope, denyCase } from "@/lib/auth/authorize";
import { isUuid } from "@/lib/cases/ids";
import { readClampedPage } from "@/lib/forms/page-query";
import { parseInput } from "@/lib/forms/validation";
import { AUDIT_KINDS, type AuditNames, type AuditRow, auditSentence, idsToName } from "./sentence";
import { auditFilterSchema } from "./schemas";

const ENTRY = { id: true, at: true, actorUserId: true, actorEmail: true, action: true, caseId: true, outcome: true, details: true } as const;

export const AUDIT_PAGE_SIZE = 50;

/** Names for the ids in a page of rows, looked up in three queries. */
export async function lookUpAuditNames(rows: readonly AuditRow[]): Promise<AuditNames> {
  const ids = idsToName(rows);
  const valid = (list: string[]) => list.filter(isUuid);
  const [users, cases, organizations] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: valid(ids.users) } }, select: { id: true, name: true } }),
    prisma.case.findMany({ where: { id: { in: valid(ids.cases) } }, select: { id: true, title: true } }),
    prisma.organization.findMany({ where: { id: { in: valid(ids.organizations) } }, select: { id: true, name: true } }),
  ]);
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    cases: new Map(cases.map((c) => [c.id, c.title])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
  };
}

async function withSentences<T extends AuditRow>(rows: T[]) {
  const names = await lookUpAuditNames(rows);
  return rows.map((row) => ({ ...row, sentence: auditSentence(row, names) }));
}

/** A case's audit trail, for the people who work on the case. */
export async function listCaseAudit(actor: Actor, caseId: string) {
  const scope = caseScope(actor, "case.audit.read");
  if (!scope || !isUuid(caseId)) return denyCase(actor, "case.audit.read", caseId);
  const visible = await prisma.case.count({ where: { AND: [{ id: caseId }, scope] } });
  if (!visible) return denyCase(actor, "case.audit.read", caseId);
  return withSentences(await prisma.auditLog.findMany({ where: { caseId }, orderBy: { at: "desc" }, take: 200, select: ENTRY }));
}

/** Midnight in Stockholm at the start of a YYYY-MM-DD date, as an instant. */
function stockholmMidnight(date: string): Date {
  const utcGuess = new Date(`${date}T00:00:00Z`);
  const offset = new Date(utcGuess.toLocaleString("en-US", { timeZone: "Europe/Stockholm" })).getTime() - new Date(utcGuess.toLocaleString("en-US", { timeZone: "UTC" })).getTime();
  return new Date(utcGuess.getTime() - offset);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The whole audit log for system admins: filtered, newest first, one page at a time. */
export async function listAllAudit(actor: Actor, input: unknown = {}) {
  await authorize(actor, "audit.readAll");
  const filter = parseInput(auditFilterSchema, input);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.typ) and.push({ OR: AUDIT_KINDS[filter.typ].prefixes.map((prefix) => ({ action: { startsWith: prefix } })) });
  if (filter.utfall) and.push({ outcome: filter.utfall });
  if (filter.fran) and.push({ at: { gte: stockholmMidnight(filter.fran) } });
  if (filter.till) and.push({ at: { lt: stockholmMidnight(nextDay(filter.till)) } });
  if (filter.person) {
    const people = await prisma.user.findMany({
      where: { OR: [{ name: { contains: likeLiteral(filter.person), mode: "insensitive" } }, { email: { contains: likeLiteral(filter.person), mode: "insensitive" } }] },
      select: { id: true },
      take: 500,
    });
    and.push({ OR: [{ actorEmail: { contains: likeLiteral(filter.person), mode: "insensitive" } }, { actorUserId: { in: people.map((p) => p.id) } }] });
  }
  const where: Prisma.AuditLogWhereInput = and.length ? { AND: and } : {};
  const onPage = (page: number) => prisma.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: ENTRY });
  // A page past the end (an old link, a narrower filter) shows the last page, as the other paged lists do.
  const { items, ...paging } = await readClampedPage(filter.sida, AUDIT_PAGE_SIZE, () => prisma.auditLog.count({ where }), onPage);
  return { filter, ...paging, entries: await withSentences(items) };
}
