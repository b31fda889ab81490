import "server-only";
import { inPartyOrder } from "@/lib/review/party-order";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { caseScope, mayOnLoadedCase } from "@/lib/auth/authorize";
import { listMyCases } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { REVIEW_PARTIES_SELECT, approvingParties } from "@/lib/review/access";
import { standingDecisions } from "@/lib/review/data";
import type { NamedPartyState, PartyReviewState } from "@/lib/review/labels";
import { type DerivedCase, derivedCases, reviewEvaluationOn } from "@/lib/wizard/case-cache";
import { type StandingReturn, startReview, todoOrder } from "./review-state";

/** Cases the start page lists; "Mina ärenden" has the rest. */
export const START_CASES_SHOWN = 5;

/** The review rows of every case on the page, read together (lib/start/review-state.ts reads them). */
const START_REVIEW_SELECT = {
  ...REVIEW_PARTIES_SELECT,
  reviewRequests: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organizationId: true, createdAt: true, closedAt: true, outcome: true, closedByName: true, summary: true },
  },
  approvals: { select: { organizationId: true, createdAt: true, documentHash: true } },
  // Open threads only, each with its latest comment: whose word it is says whom the thread waits for.
  reviewThreads: {
    where: { resolvedAt: null },
    select: { comments: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { authorId: true, createdAt: true } } },
  },
} as const satisfies Prisma.CaseSelect;

export interface StartCase {
  id: string;
  title: string;
  organizationName: string;
  review: PartyReviewState;
  /** Each party's own state where they differ, else none (ReviewStateLine). */
  reviewParties: NamedPartyState[];
  /** The standing returns, newest first, each with the points its party decided "Ska åtgärdas" that still hold. */
  returns: (StandingReturn & { partyName: string; mustFix: number })[];
  /** Open comment threads waiting for the editors; counted only for someone who edits the case. */
  commentsWaiting: number;
  /** When the newest of those comments was written; null when none waits (or the actor does not edit the case). */
  commentsWaitingAt: Date | null;
  /** Whether the editors have something to do: a return, or comments waiting for them. Only for an editor. */
  waitsForActor: boolean;
}

export interface StartCases {
  total: number;
  /** The most recently changed cases, with their review state. */
  cases: StartCase[];
  /**
   * Of the first page of "Mina ärenden", the cases the actor edits that were sent back or have
   * comments waiting for the editors: the ones sent back first, then by comments only; within
   * each, newest first (todoOrder).
   */
  todo: StartCase[];
}

/**
 * The start page's cases: the first page of "Mina ärenden" (listMyCases: authorized, the
 * permission in its query) and the legal review of each, read for the whole page in one query
 * limited by the same permission, plus one for which parties have a jurist where a case was sent
 * for review (approvingParties, the definition the review page uses). A case's document is
 * read only where the review needs it (an approval to compare, or a return's "Ska åtgärdas"
 * points) and this process has not derived that version yet; the decisions only for a case that
 * was sent back. Read once per request while a page renders: the editor's and the jurist's
 * blocks share it.
 */
export const listStartCases = cache(async (actor: Actor, today: string): Promise<StartCases> => {
  const { total, cases: page } = await listMyCases(actor);
  const scope = caseScope(actor, "case.view");
  if (!page.length || !scope || actor.kind !== "user") return { total, cases: [], todo: [] };
  const rows = await prisma.case.findMany({ where: { AND: [{ id: { in: page.map((c) => c.id) } }, scope] }, select: START_REVIEW_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Whether a party's latest event is a return does not depend on the document: known before reading it.
  const returned = rows.filter((row) => startReview(row, [...new Set(row.reviewRequests.map((r) => r.organizationId))], "").returns.length).map((row) => row.id);
  const needsDocument = new Set([...returned, ...rows.filter((row) => row.approvals.length).map((row) => row.id)]);
  // A case without a request or an approval is "Inte granskat" whoever reviews it: only the others need their parties.
  const reviewed = rows.filter((row) => row.reviewRequests.length || row.approvals.length);
  const [approving, derived, decisionRows] = await Promise.all([
    reviewed.length ? approvingParties(reviewed) : new Map<string, string[]>(),
    needsDocument.size ? derivedCases(page.filter((c) => needsDocument.has(c.id)), scope) : new Map<string, DerivedCase | null>(),
    returned.length
      ? prisma.findingDecision.findMany({
          where: { caseId: { in: returned }, case: scope },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { caseId: true, organizationId: true, findingKey: true, kind: true, fingerprint: true, caseVersion: true, createdAt: true, decidedByName: true, motivation: true, source: true },
        })
      : [],
  ]);
  const list = page.flatMap((c): StartCase[] => {
    const row = byId.get(c.id);
    // Gone from the scope between the two reads: left out, as the next view would.
    if (!row) return [];
    const entry = derived.get(c.id);
    // Without a readable document, an approval cannot be compared and reads as no longer current.
    const review = startReview(row, approving.get(c.id) ?? [], entry?.reviewHash ?? "");
    const parties = new Map([[row.ownerOrganization.id, row.ownerOrganization.name], ...row.members.flatMap((m) => (m.organization ? [[m.organization.id, m.organization.name] as const] : []))]);
    const mustFix = review.returns.length && entry ? mustFixKeys(decisionRows.filter((d) => d.caseId === c.id), entry, today) : new Map<string, Set<string>>();
    const edits = mayOnLoadedCase(actor, "case.update", row);
    return [
      {
        id: c.id,
        title: c.title,
        organizationName: c.ownerOrganization.name,
        review: review.state,
        reviewParties: inPartyOrder(review.parties.map((p) => ({ organizationId: p.organizationId, name: parties.get(p.organizationId) ?? "", state: p.state })), row.ownerOrganization.id).map(({ name, state }) => ({ name, state })),
        returns: review.returns.map((r) => ({ ...r, partyName: parties.get(r.organizationId) ?? "", mustFix: mustFix.get(r.organizationId)?.size ?? 0 })),
        commentsWaiting: edits ? review.commentsWaiting : 0,
        commentsWaitingAt: edits ? review.commentsWaitingAt : null,
        waitsForActor: edits && (review.returns.length > 0 || review.commentsWaiting > 0),
      },
    ];
  });
  return { total, cases: list.slice(0, START_CASES_SHOWN), todo: todoOrder(list.filter((c) => c.waitsForActor)) };
});

/** Per party: the findings whose standing decision is "Ska åtgärdas" on the facts as they are now. */
function mustFixKeys(rowsNewestFirst: Parameters<typeof standingDecisions>[0], entry: DerivedCase, today: string): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const d of standingDecisions(rowsNewestFirst, entry.reviewDoc, reviewEvaluationOn(entry, today))) {
    if (d.kind !== "MUST_FIX" || !d.holds) continue;
    keys.set(d.organizationId, (keys.get(d.organizationId) ?? new Set()).add(d.findingKey));
  }
  return keys;
}
