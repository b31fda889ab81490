import "server-only";
import { inPartyOrder } from "./party-order";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { authorizeUser, caseScope, denyCase, mayOnLoadedCase } from "@/lib/auth/authorize";
import { readCasePageRow } from "@/lib/cases/data";
import { changesSinceShown } from "@/lib/cases/assessment";
import { emptyCase, type Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { todayInStockholm } from "@/lib/format";
import { type CaseVersionRow, type DerivedCase, derivedCase, derivedCases, reviewEvaluationOn } from "@/lib/wizard/case-cache";
import type { Evaluation } from "@/lib/rules";
import { clampPage, pageQuerySchema } from "@/lib/forms/page-query";
import { parseInput } from "@/lib/forms/validation";
import { type AnswerDiff, foldDiffs } from "./diff";
import { keyFindings, openPoints } from "./findings";
import { documentHash } from "./hash";
import { type NamedPartyState, type PartyReviewState } from "./labels";
import type { Approval } from "@/lib/documents/model";
import { statedApprovalState, type StatedApprovalState } from "./approval";
import { approvingParties, MAY_HOLD_CASE_ROLE, membersByCase, partyOrganizations, partyReviewersOf, reviewerOrganizationIds, reviewerOrganizations, REVIEW_PARTIES_SELECT } from "./access";
import { evaluateDocument, standingDecisions } from "./data";
import { withDecisionChanges } from "./decision-changes";
import { reviewDocument } from "./document";
import { approvalReminders } from "./reminders";
import { overallReviewState, partyReviewState, partyStatesShown } from "./status";

export interface ApprovalSnapshotItem {
  key: string;
  code: string;
  title: string;
  severity: string;
  verify: boolean;
  fingerprint: string;
  decision: { kind: string; motivation: string | null; source: string | null; by: string; at: string } | null;
}

export interface ChangesSinceApproval {
  answers: AnswerDiff[];
  findingsAdded: { key: string; title: string }[];
  findingsRemoved: { key: string; title: string }[];
}

/** What changed since an approval: answers (clauses among them) from the revision table, and findings against its snapshot. */
async function changesSince(caseId: string, approval: { caseVersion: number; snapshot: unknown }, currentFindings: { key: string; title: string }[]): Promise<ChangesSinceApproval> {
  const revisions = await prisma.caseRevision.findMany({ where: { caseId, version: { gt: approval.caseVersion } }, orderBy: { version: "asc" }, select: { changes: true } });
  const snapshot = (approval.snapshot as ApprovalSnapshotItem[]) ?? [];
  const before = new Set(snapshot.map((s) => s.key));
  const now = new Set(currentFindings.map((f) => f.key));
  return {
    answers: foldDiffs(revisions.map((r) => r.changes as unknown as AnswerDiff[])),
    findingsAdded: currentFindings.filter((f) => !before.has(f.key)),
    findingsRemoved: snapshot.filter((s) => !now.has(s.key)).map((s) => ({ key: s.key, title: s.title })),
  };
}

/**
 * The document the review reads, its assessment and its hash: from the per-version cache, or
 * read as the review reads it (reviewDocument) when the document cannot be read at all.
 */
function reviewedVersion(row: CaseVersionRow & { title: string; data: unknown }): { doc: Case; evaluation: Evaluation; hash: string } {
  let derived: DerivedCase;
  try {
    derived = derivedCase(row);
  } catch {
    // readDocument has logged why.
    const doc = reviewDocument(row);
    return { doc, evaluation: evaluateDocument(doc), hash: documentHash(doc) };
  }
  return { doc: derived.reviewDoc, evaluation: reviewEvaluationOn(derived, todayInStockholm()), hash: derived.reviewHash };
}

/**
 * Everything the review page, the overview and the step pages need about a case's legal review.
 * Read once per request while a page renders: the page's title (reviewedCasePageMetadata) takes the
 * case's title from here instead of asking for it again.
 */
export const loadReview = cache(async (actor: Actor, caseId: string) => {
  const row = await readCasePageRow(actor, caseId);
  // Unreachable: only a signed-in actor holds a case role. It narrows the type.
  if (actor.kind !== "user") return denyCase(actor, "case.view", caseId);
  const user = actor;
  const { doc, evaluation, hash } = reviewedVersion(row);
  const keyed = keyFindings(evaluation.findings);
  // The review's own rows came with the case (REVIEW_TABLES_SELECT in the page's one read).
  const { reviewRequests: requests, approvals, reviewThreads: threads } = row;
  const decisions = await withDecisionChanges(row.id, standingDecisions(row.findingDecisions, doc, evaluation), keyed, doc);
  const { reviewers: reviewersByParty, approving } = partyReviewersOf(row);
  const unavailable = await unavailableReviewers(requests, reviewersByParty);
  const parties = await Promise.all(
    partyOrganizations(row).map(async (org) => {
      const reviewers = reviewersByParty.get(org.id) ?? [];
      const orgApprovals = approvals.filter((a) => a.organizationId === org.id);
      const latestApproval = orgApprovals.at(-1) ?? null;
      const state = partyReviewState({ requests: requests.filter((r) => r.organizationId === org.id), approvals: orgApprovals }, hash);
      const changes = latestApproval && state === "stale" ? await changesSince(row.id, latestApproval, keyed.map((k) => ({ key: k.key, title: k.finding.title }))) : null;
      const returned = requests.filter((r) => r.organizationId === org.id && r.outcome === "RETURNED").at(-1) ?? null;
      const openRequest = requests.find((r) => r.organizationId === org.id && !r.closedAt) ?? null;
      // The jurist an open request names, when they no longer review for the party: it waits for the party's others (listReviewQueue).
      const namedUnavailable = openRequest?.reviewerUserId ? (unavailable.get(openRequest.reviewerUserId) ?? null) : null;
      // A party the case was sent to or approved for still needs its approval once its jurists are gone (approvingOf).
      const needsApproval = approving.includes(org.id);
      return { ...org, reviewers, state, latestApproval, changes, returned, openRequest, namedUnavailable, needsApproval };
    }),
  );
  const reviewed = parties.filter((p) => p.needsApproval);
  const [canRequest, canWithdraw, canComment, canDecide, isEditor] = (["case.review.request", "case.review.withdraw", "case.review.comment", "case.review.decide", "case.update"] as const).map((action) =>
    mayOnLoadedCase(user, action, row),
  );
  const myOrganizations = canDecide ? reviewerOrganizations(user, row) : [];
  return {
    caseId: row.id,
    title: row.title,
    version: row.version,
    doc,
    evaluation,
    findings: keyed,
    decisions,
    threads,
    parties,
    overall: overallReviewState(reviewed.map((p) => p.state)),
    reminders: approvalReminders(row.completedSteps, threads.filter((thread) => thread.resolvedAt === null).map((thread) => ({ id: thread.id, comments: thread.comments.length }))),
    myOrganizations,
    userId: user.userId,
    can: { request: canRequest, withdraw: canWithdraw, comment: canComment, decide: canDecide && myOrganizations.length > 0, resolveAny: isEditor, edit: isEditor },
  };
});

export type ReviewData = Awaited<ReturnType<typeof loadReview>>;

/**
 * The jurists open requests name who are no longer among their party's reviewers (deactivated, or
 * their role or invitation gone), with their names: read only when there are any, which is rare,
 * so the case pages ask nothing more in the usual case.
 */
async function unavailableReviewers(
  requests: readonly { organizationId: string; reviewerUserId: string | null; closedAt: Date | null }[],
  reviewersByParty: ReadonlyMap<string, readonly { id: string }[]>,
): Promise<Map<string, { name: string; deactivated: boolean }>> {
  const missing = [
    ...new Set(
      requests.flatMap((r) => (!r.closedAt && r.reviewerUserId && !(reviewersByParty.get(r.organizationId) ?? []).some((reviewer) => reviewer.id === r.reviewerUserId) ? [r.reviewerUserId] : [])),
    ),
  ];
  if (!missing.length) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, deactivatedAt: true } });
  return new Map(users.map((u) => [u.id, { name: u.name, deactivated: u.deactivatedAt !== null }]));
}

/**
 * The overall review state of each listed case, for "Mina ärenden": the same parties count as on
 * the review page. The listed cases come from a query the permission was in. Their members,
 * requests and approvals are read flat, three small queries at once: one query nesting them per
 * case (JSON built in PostgreSQL) cost three times the database time and more to parse.
 */
export async function reviewStates(cases: readonly { id: string; ownerOrganizationId: string; reviewHash: string }[]): Promise<Map<string, ListedReviewState>> {
  if (!cases.length) return new Map();
  const ids = cases.map((c) => c.id);
  const [members, requests, approvals] = await Promise.all([
    membersByCase(ids),
    prisma.reviewRequest.findMany({ where: { caseId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { caseId: true, organizationId: true, createdAt: true, closedAt: true, outcome: true } }),
    prisma.caseApproval.findMany({ where: { caseId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { caseId: true, organizationId: true, createdAt: true, documentHash: true } }),
  ]);
  // A case no party was asked to review, and none approved, is "Inte granskat" whoever its parties are.
  const reviewed = cases.filter((c) => requests.some((r) => r.caseId === c.id) || approvals.some((a) => a.caseId === c.id));
  const approving = reviewed.length
    ? await approvingParties(
        reviewed.map((c) => ({
          id: c.id,
          ownerOrganizationId: c.ownerOrganizationId,
          members: members.get(c.id) ?? [],
          reviewRequests: requests.filter((r) => r.caseId === c.id),
          approvals: approvals.filter((a) => a.caseId === c.id),
        })),
      )
    : new Map<string, string[]>();
  const perCase = cases.map((c) => ({
    id: c.id,
    ownerOrganizationId: c.ownerOrganizationId,
    parties: (approving.get(c.id) ?? []).map((organizationId) => ({
      organizationId,
      state: partyReviewState(
        { requests: requests.filter((r) => r.caseId === c.id && r.organizationId === organizationId), approvals: approvals.filter((a) => a.caseId === c.id && a.organizationId === organizationId) },
        c.reviewHash,
      ),
    })),
  }));
  // Names only where they are shown: a case whose parties' states differ (partyStatesShown).
  const named = [...new Set(perCase.flatMap((c) => (partyStatesShown(c.parties) ? c.parties.map((p) => p.organizationId) : [])))];
  const names = named.length ? new Map((await prisma.organization.findMany({ where: { id: { in: named } }, select: { id: true, name: true } })).map((o) => [o.id, o.name])) : new Map<string, string>();
  return new Map(
    perCase.map((c) => [
      c.id,
      {
        overall: overallReviewState(c.parties.map((p) => p.state)),
        parties: partyStatesShown(c.parties)
          ? inPartyOrder(c.parties.map((p) => ({ organizationId: p.organizationId, name: names.get(p.organizationId) ?? "", state: p.state })), c.ownerOrganizationId).map(({ name, state }) => ({ name, state }))
          : [],
      },
    ]),
  );
}

/** A listed case's review state, and each party's own where they differ (else none). */
export interface ListedReviewState {
  overall: PartyReviewState;
  parties: NamedPartyState[];
}

/** How many review requests "Att granska" shows on a page. */
export const REVIEW_QUEUE_PER_PAGE = 20;

export type ReviewQueueItem = {
  requestId: string;
  caseId: string;
  title: string;
  organizationName: string;
  requestedByName: string;
  requestedAt: Date;
  message: string;
  blockers: number;
  verifyItems: number;
  assessmentChanges: ReturnType<typeof changesSinceShown>;
};

/** One page of "Att granska", and how many requests wait in all. */
export type ReviewQueuePage = {
  total: number;
  page: number;
  pages: number;
  perPage: number;
  items: ReviewQueueItem[];
  /** The actor may review no case at all (SKR's staff, a system admin), so none will ever wait here. */
  reviewsNoCase?: boolean;
};

/**
 * "Att granska": the requests waiting for the signed-in reviewer, oldest first, a page at a
 * time (?sida=). `perPage` is for the start page, which shows the first few.
 */
export async function listReviewQueue(actor: Actor, input: unknown = {}, perPage = REVIEW_QUEUE_PER_PAGE): Promise<ReviewQueuePage> {
  const user = await authorizeUser(actor, "case.review.queue");
  const { sida } = parseInput(pageQuerySchema, input);
  const scope = caseScope(user, "case.review.decide");
  if (!scope) return { total: 0, page: 1, pages: 1, perPage, items: [], reviewsNoCase: true };
  const open = { closedAt: null, case: scope } satisfies Prisma.ReviewRequestWhereInput;
  // Ties in time are broken by id, or a request could show on two pages and another on none.
  const order = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.ReviewRequestOrderByWithRelationInput[];
  // Whose a request is depends on the case's parties and reviewers (reviewerOrganizations), which
  // the query cannot compare with the request's organisation; they are read without the
  // document for every open request in scope, and the document, the rules and the decisions only
  // for the page shown.
  // Read flat, the requests and then their cases' members: nesting the parties in each request
  // (JSON built in PostgreSQL) cost more database time than the rest of the page together.
  const inScope = await prisma.reviewRequest.findMany({
    where: open,
    orderBy: order,
    select: { id: true, organizationId: true, caseId: true, reviewerUserId: true, case: { select: { ownerOrganizationId: true } } },
  });
  // A request named for a jurist who no longer reviews for its party (deactivated since, or their
  // role or invitation gone) waits for the party's other jurists, as one named for nobody (found on
  // a walk: it waited for nobody). Only the jurists these requests name are looked up.
  const named = [...new Set(inScope.flatMap((r) => (r.reviewerUserId && r.reviewerUserId !== user.userId ? [r.reviewerUserId] : [])))];
  const [membersOf, unavailable, legalRoles] = await Promise.all([
    membersByCase(inScope.map((r) => r.caseId)),
    // Deactivated, or SKR staff since (who hold no case role: MAY_HOLD_CASE_ROLE): no longer a reviewer.
    named.length ? prisma.user.findMany({ where: { id: { in: named }, NOT: MAY_HOLD_CASE_ROLE }, select: { id: true } }) : [],
    named.length ? prisma.membership.findMany({ where: { userId: { in: named }, role: "LEGAL_REVIEWER" }, select: { userId: true, organizationId: true } }) : [],
  ]);
  const gone = new Set(unavailable.map((u) => u.id));
  const reviewsFor = new Set(legalRoles.map((m) => `${m.userId}:${m.organizationId}`));
  const stillReviews = (r: (typeof inScope)[number], reviewer: string) =>
    !gone.has(reviewer) &&
    (reviewsFor.has(`${reviewer}:${r.organizationId}`) ||
      (membersOf.get(r.caseId) ?? []).some((m) => m.userId === reviewer && m.role === "REVIEWER" && (m.organizationId ?? r.case.ownerOrganizationId) === r.organizationId));
  const candidates = inScope.filter((r) => r.reviewerUserId === null || r.reviewerUserId === user.userId || !stillReviews(r, r.reviewerUserId));
  const mine = candidates.filter((r) =>
    reviewerOrganizationIds(user, { id: r.caseId, ownerOrganizationId: r.case.ownerOrganizationId, members: membersOf.get(r.caseId) ?? [] }).has(r.organizationId),
  );
  const { page, pages } = clampPage(mine.length, perPage, sida);
  const shown = mine.slice((page - 1) * perPage, page * perPage).map((r) => r.id);
  const requests = shown.length
    ? await prisma.reviewRequest.findMany({
        where: { ...open, id: { in: shown } },
        orderBy: order,
        select: {
          id: true,
          createdAt: true,
          message: true,
          requestedByName: true,
          organizationId: true,
          organization: { select: { name: true } },
          case: {
            select: {
              id: true,
              title: true,
              version: true,
              updatedAt: true,
              // What this reviewer was last shown, so the queue can say what changed since (issue 9 §5).
              assessmentShown: { where: { userId: user.userId }, select: { snapshot: true }, take: 1 },
            },
          },
        },
      })
    : [];
  const caseIds = [...new Set(requests.map((r) => r.case.id))];
  // The documents and their assessments come from the per-version cache the case list uses; a
  // document it cannot read is read as the review page reads it (reviewDocument).
  const [derived, decisionRows] = await Promise.all([
    derivedCases(requests.map((r) => r.case), scope),
    caseIds.length ? prisma.findingDecision.findMany({ where: { caseId: { in: caseIds } }, orderBy: { createdAt: "desc" } }) : [],
  ]);
  const unread = caseIds.filter((id) => !derived.get(id));
  const fallback = new Map(
    unread.length ? (await prisma.case.findMany({ where: { AND: [{ id: { in: unread } }, scope] }, select: { id: true, title: true, data: true } })).map((row) => [row.id, reviewDocument(row)]) : [],
  );
  const today = todayInStockholm();
  const items = requests.map((r): ReviewQueueItem => {
    const entry = derived.get(r.case.id);
    const doc = entry?.reviewDoc ?? fallback.get(r.case.id) ?? { ...emptyCase(), title: r.case.title };
    const evaluation = entry ? reviewEvaluationOn(entry, today) : evaluateDocument(doc);
    const ownDecisions = standingDecisions(decisionRows.filter((d) => d.caseId === r.case.id && d.organizationId === r.organizationId), doc, evaluation);
    const open = openPoints(keyFindings(evaluation.findings), ownDecisions);
    return {
      requestId: r.id,
      caseId: r.case.id,
      title: r.case.title,
      organizationName: r.organization.name,
      requestedByName: r.requestedByName,
      requestedAt: r.createdAt,
      message: r.message,
      blockers: open.blockers,
      verifyItems: open.unverified,
      assessmentChanges: changesSinceShown(r.case.assessmentShown[0]?.snapshot, evaluation),
    };
  });
  return { total: mine.length, page, pages, perPage, items };
}

/**
 * The case's legal approval as its documents state it (statedApprovalState, ./approval): fully
 * approved, approved by some of its parties, or a draft. Read for one case; the caller has already
 * checked access to the case.
 */
export async function documentApprovalState(caseId: string, doc: Case): Promise<StatedApprovalState> {
  const row = await prisma.case.findUnique({
    where: { id: caseId },
    select: {
      ...REVIEW_PARTIES_SELECT,
      reviewRequests: { select: { organizationId: true, outcome: true, createdAt: true, closedAt: true } },
      approvals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return { approval: undefined, partial: undefined, statement: "" };
  const approving = (await approvingParties([row])).get(row.id) ?? [];
  return statedApprovalState({ parties: partyOrganizations(row), approving, approvals: row.approvals, hash: documentHash(doc), doc, requests: row.reviewRequests });
}

/** The full approval alone (documentApprovalState), or undefined while any party's is missing. */
export async function fullApproval(caseId: string, doc: Case): Promise<Approval | undefined> {
  return (await documentApprovalState(caseId, doc)).approval;
}
