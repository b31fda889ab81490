import "server-only";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { appBaseUrl } from "@/lib/auth/config";
import { writeAudit } from "@/lib/audit/write";
import type { Case } from "@/lib/case";
import { deny } from "@/lib/auth/authorize";
import { mayOnCase } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { sendMail } from "@/lib/mail/mailer";
import { reviewApprovedMail, reviewRedirectedMail, reviewRequestedMail, reviewReturnedMail, reviewStrandedMail, reviewWithdrawnMail, type LeaveReason, type MailContent } from "@/lib/mail/templates/review";
import { CLAUSE_CATALOGUE, evaluateCase, type Evaluation, type Finding } from "@/lib/rules";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { ALL_ANSWER_PATHS } from "@/lib/wizard/steps";
import {
  MAY_HOLD_CASE_ROLE,
  REVIEW_MESSAGES,
  type ReviewCaseRow,
  actingOrganization,
  fieldError,
  openReviewCase,
  partyOrganizations,
  reviewerOrganizations,
  reviewersFor,
} from "./access";
import { keyFindings, openPoints } from "./findings";
import {
  approvalReminders,
  CONFIRM_INCOMPLETE_FIELD,
  CONFIRMATION_MISSING_FIELD_MESSAGE,
  CONFIRM_INCOMPLETE_VALUE,
  confirmationMissingMessage,
  hasReminders,
  REMINDERS_CHANGED_FIELD_MESSAGE,
  remindersChangedMessage,
} from "./reminders";
import { REPEAT_WINDOW_MS } from "./limits";
import { documentHash, findingFingerprint } from "./hash";
import { reviewDocument } from "./document";
import { partyReviewState } from "./status";
import { approveSchema, decisionSchema, newThreadSchema, replySchema, resolveThreadSchema, returnSchema, reviewRequestSchema, withdrawRequestSchema } from "./schemas";

type Tx = Prisma.TransactionClient;


export function evaluateDocument(doc: Case): Evaluation {
  return evaluateCase(doc, caseEvaluationDate(doc));
}

/** Locks the case row so a review write and an editor's save never interleave. */
async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
}

/** One mail per distinct address, written to the outbox in the transaction (sent after commit), with the template's text and HTML. */
async function mailEach(tx: Tx, recipients: readonly string[], content: MailContent): Promise<void> {
  for (const to of new Set(recipients)) await sendMail({ to, subject: content.subject, text: content.text, html: content.html }, tx);
}

async function editorEmails(tx: Tx, caseId: string): Promise<string[]> {
  const editors = await tx.caseMember.findMany({ where: { caseId, role: "EDITOR", user: MAY_HOLD_CASE_ROLE }, select: { user: { select: { email: true } } } });
  return editors.map((e) => e.user.email);
}

const caseUrl = (caseId: string, suffix = "") => `${appBaseUrl()}/arenden/${caseId}${suffix}`;

// ---------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------

/**
 * "Skicka till juridisk granskning": to a party organisation's reviewers, or to one of them.
 * Refused for a party whose jurists have the case already, or whose approval of the document as
 * it is stands (a new request would put the party back under review and drop the approval; once
 * the document changes, the approval is stale and the party may be sent it again). Returns how
 * many people were mailed.
 */
export async function requestReview(actor: Actor, input: unknown): Promise<{ id: string; recipients: number }> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.request");
  const { organizationId, reviewerUserId, message } = parseInput(reviewRequestSchema, input);
  const party = partyOrganizations(row).find((o) => o.id === organizationId);
  if (!party) throw fieldError("organizationId", REVIEW_MESSAGES.notParty);
  const reviewers = await reviewersFor(row, organizationId);
  if (reviewers.length === 0) throw fieldError("organizationId", REVIEW_MESSAGES.noReviewers);
  const named = reviewerUserId ? reviewers.find((r) => r.id === reviewerUserId) : undefined;
  if (reviewerUserId && !named) throw fieldError("reviewerUserId", REVIEW_MESSAGES.reviewerNotForParty);

  return prisma.$transaction(async (tx) => {
    await lockCase(tx, row.id);
    const open = await tx.reviewRequest.count({ where: { caseId: row.id, organizationId, closedAt: null } });
    // Not a field to correct: the page is drawn again, where the party may no longer be offered.
    if (open > 0) throw new AppError("CONFLICT", REVIEW_MESSAGES.alreadyRequested(party.name));
    const current = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { version: true, data: true, title: true } });
    const [requests, approvals] = await Promise.all([
      tx.reviewRequest.findMany({ where: { caseId: row.id, organizationId }, select: { createdAt: true, closedAt: true, outcome: true } }),
      tx.caseApproval.findMany({ where: { caseId: row.id, organizationId }, orderBy: { createdAt: "asc" }, select: { createdAt: true, documentHash: true, caseVersion: true } }),
    ]);
    if (partyReviewState({ requests, approvals }, documentHash(reviewDocument(current))) === "approved") {
      throw fieldError("organizationId", REVIEW_MESSAGES.approvedNotAgain(party.name, approvals.at(-1)!.caseVersion));
    }
    const created = await tx.reviewRequest.create({
      data: { caseId: row.id, organizationId, reviewerUserId: named?.id ?? null, message, caseVersion: current.version, requestedById: user.userId, requestedByName: user.name },
      select: { id: true },
    });
    await writeAudit(user, { action: "case.review.request", outcome: "SUCCESS", caseId: row.id, details: { organizationId, organizationName: party.name, reviewerUserId: named?.id ?? null, version: current.version } }, tx);
    const mail = reviewRequestedMail({ caseTitle: row.title, requestedBy: user.name, organizationName: party.name, message, url: caseUrl(row.id, "/juridisk-granskning") });
    const recipients = [...new Set((named ? [named] : reviewers).map((r) => r.email))];
    await mailEach(tx, recipients, mail);
    return { id: created.id, recipients: recipients.length };
  });
}

/**
 * "Ta tillbaka begäran": an editor takes back a party's open review request before a jurist has
 * answered (sent to the wrong party or jurist, or to a party with no jurist left, whose request
 * otherwise waits for nobody: found on a walk). The request is closed as withdrawn, which counts
 * as never sent (lib/review/status.ts): the party's state, and whether the case needs its
 * approval, are what they were before. Whoever it waited for is told; the log keeps it.
 */
export async function withdrawReviewRequest(actor: Actor, input: unknown): Promise<{ organizationName: string }> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.withdraw");
  const { organizationId, requestsShown } = parseInput(withdrawRequestSchema, input);
  const party = partyOrganizations(row).find((o) => o.id === organizationId);
  if (!party) throw fieldError("organizationId", REVIEW_MESSAGES.notParty);
  return prisma.$transaction(async (tx) => {
    await lockCase(tx, row.id);
    const open = await tx.reviewRequest.findFirst({ where: { caseId: row.id, organizationId, closedAt: null }, select: { id: true, reviewerUserId: true, caseVersion: true } });
    if (!open) throw new AppError("CONFLICT", REVIEW_MESSAGES.noOpenRequest(party.name));
    // Taken back and sent anew since the page was shown: the new one is not taken back unseen (a walk).
    if (requestsShown.length > 0 && !requestsShown.includes(open.id)) throw new AppError("CONFLICT", REVIEW_MESSAGES.requestChanged(party.name));
    await tx.reviewRequest.update({ where: { id: open.id }, data: { closedAt: new Date(), outcome: "WITHDRAWN", closedById: user.userId, closedByName: user.name } });
    await writeAudit(user, { action: "case.review.withdraw", outcome: "SUCCESS", caseId: row.id, details: { organizationId, organizationName: party.name, requestId: open.id, version: open.caseVersion } }, tx);
    // Those it waited for: the named jurist while they review for the party, else its jurists (listReviewQueue).
    const reviewers = await reviewersFor(row, organizationId, tx);
    const named = reviewers.filter((reviewer) => reviewer.id === open.reviewerUserId);
    const recipients = [...new Set((named.length ? named : reviewers).map((reviewer) => reviewer.email))];
    await mailEach(tx, recipients, reviewWithdrawnMail({ caseTitle: row.title, withdrawnBy: user.name, organizationName: party.name, url: caseUrl(row.id) }));
    return { organizationName: party.name };
  });
}

/**
 * Runs `change` (a deactivation, or the jurist role taken away in the organisation) inside the
 * caller's transaction, and tells whom each open request the jurist reviewed for now waits for
 * (found on walks: the queue showed it, and nobody was told):
 * - a request named for the jurist waits for the party's other jurists ("Att granska",
 *   listReviewQueue), who are mailed as a request sent to them is;
 * - a request that waits for nobody now (the jurist was the party's last, whether it named them or
 *   went to all the party's jurists) is mailed to the editor who sent it, or, if they no longer
 *   work the case, to its editors.
 * Only a request the jurist reviewed before the change and not after counts: one they still
 * review for (invited to the case as its jurist), or had already left (the role taken away, then
 * the account deactivated), is not mailed again (a review found the second mail).
 */
export async function mailingRequestsLeftBy(
  tx: Prisma.TransactionClient,
  leaver: { userId: string; name: string; left: LeaveReason },
  only: { organizationId?: string },
  change: () => Promise<void>,
): Promise<void> {
  const legalFor = (await tx.membership.findMany({ where: { userId: leaver.userId, role: "LEGAL_REVIEWER" }, select: { organizationId: true } })).map((m) => m.organizationId);
  const open = await tx.reviewRequest.findMany({
    where: {
      closedAt: null,
      ...(only.organizationId ? { organizationId: only.organizationId } : {}),
      // Every open request the jurist may review: named for them, to a party they are a jurist of, or in a case they were invited to review.
      OR: [{ reviewerUserId: leaver.userId }, { organizationId: { in: legalFor } }, { case: { members: { some: { userId: leaver.userId, role: "REVIEWER" } } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { reviewerUserId: true, organizationId: true, requestedById: true, requestedByName: true, message: true, organization: { select: { name: true } }, case: { select: { id: true, title: true } } },
  });
  const reviewedBefore = [];
  for (const request of open) {
    if ((await reviewersFor(request.case, request.organizationId, tx)).some((reviewer) => reviewer.id === leaver.userId)) reviewedBefore.push(request);
  }
  await change();
  for (const request of reviewedBefore) {
    const reviewers = await reviewersFor(request.case, request.organizationId, tx);
    if (reviewers.some((reviewer) => reviewer.id === leaver.userId)) continue;
    const named = request.reviewerUserId === leaver.userId;
    if (reviewers.length === 0) {
      // Nobody reviews for the party now: the editor who sent it is told, or the case's editors if they no longer work it.
      const requester = await tx.caseMember.findFirst({ where: { caseId: request.case.id, userId: request.requestedById, role: "EDITOR", user: MAY_HOLD_CASE_ROLE }, select: { user: { select: { email: true } } } });
      const stranded = reviewStrandedMail({
        caseTitle: request.case.title,
        leaver: leaver.name,
        left: leaver.left,
        named,
        requestedBy: request.requestedByName,
        organizationName: request.organization.name,
        url: caseUrl(request.case.id, "/juridisk-granskning#skicka-granskning"),
        toRequester: requester !== null,
        leaverIsRequester: leaver.userId === request.requestedById,
      });
      await mailEach(tx, requester ? [requester.user.email] : await editorEmails(tx, request.case.id), stranded);
      continue;
    }
    // Sent to all the party's jurists, the others have it already; only a request named for the one who left is theirs now.
    if (!named) continue;
    const content = reviewRedirectedMail({
      caseTitle: request.case.title,
      leaver: leaver.name,
      left: leaver.left,
      requestedBy: request.requestedByName,
      organizationName: request.organization.name,
      message: request.message,
      url: caseUrl(request.case.id, "/juridisk-granskning"),
    });
    await mailEach(tx, reviewers.map((reviewer) => reviewer.email), content);
  }
}

// ---------------------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------------------

function checkAnchor(kind: "ANSWER" | "FINDING" | "CLAUSE", anchor: string, doc: Case): void {
  const known =
    kind === "ANSWER"
      ? ALL_ANSWER_PATHS.has(anchor)
      : kind === "CLAUSE"
        ? CLAUSE_CATALOGUE.some((c) => c.id === anchor)
        : keyFindings(evaluateDocument(doc).findings).some((k) => k.key === anchor);
  if (!known) throw fieldError("anchor", REVIEW_MESSAGES.unknownAnchor);
}

/** When an identical write of the same person counts as the one just made (REPEAT_WINDOW_MS). */
const repeatSince = () => new Date(Date.now() - REPEAT_WINDOW_MS);

type ThreadPlace = { threadId: string; anchorKind: "ANSWER" | "FINDING" | "CLAUSE"; anchor: string };

/**
 * Starts a comment thread on an answer, a finding or a clause. The same person's same comment on
 * the same anchor a few seconds after the first (a double click, a form posted again) is the
 * thread already started, not a second one.
 */
export async function startThread(actor: Actor, input: unknown): Promise<ThreadPlace> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.comment");
  const { anchorKind, anchor, body } = parseInput(newThreadSchema, input);
  checkAnchor(anchorKind, anchor, reviewDocument(row));
  return prisma.$transaction(async (tx) => {
    // Serialises two posts of the same comment, so the second sees the first.
    await lockCase(tx, row.id);
    const repeated = await tx.reviewThread.findFirst({
      where: { caseId: row.id, anchorKind, anchor, createdById: user.userId, createdAt: { gte: repeatSince() }, comments: { some: { authorId: user.userId, body } } },
      select: { id: true },
    });
    if (repeated) return { threadId: repeated.id, anchorKind, anchor };
    const thread = await tx.reviewThread.create({
      data: {
        caseId: row.id,
        anchorKind,
        anchor,
        caseVersion: row.version,
        createdById: user.userId,
        comments: { create: { authorId: user.userId, authorName: user.name, body } },
      },
      select: { id: true },
    });
    await writeAudit(user, { action: "case.review.comment", outcome: "SUCCESS", caseId: row.id, details: { threadId: thread.id, anchorKind, anchor } }, tx);
    return { threadId: thread.id, anchorKind, anchor };
  });
}

/** A reply in an existing thread of the same case; the same person's same reply a few seconds after the first is not stored again. */
export async function replyToThread(actor: Actor, input: unknown): Promise<ThreadPlace> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.comment");
  const { threadId, body } = parseInput(replySchema, input);
  return prisma.$transaction(async (tx) => {
    const thread = await tx.reviewThread.findFirst({ where: { id: threadId, caseId: row.id }, select: { id: true, anchorKind: true, anchor: true } });
    if (!thread) throw fieldError("threadId", REVIEW_MESSAGES.unknownThread);
    const place = { threadId, anchorKind: thread.anchorKind, anchor: thread.anchor };
    // Locks the thread's row, so two posts of the same reply are taken one after the other.
    await tx.$queryRaw`SELECT id FROM "ReviewThread" WHERE id = ${threadId}::uuid FOR UPDATE`;
    const repeated = await tx.reviewComment.count({ where: { threadId, authorId: user.userId, body, createdAt: { gte: repeatSince() } } });
    if (repeated > 0) return place;
    await tx.reviewComment.create({ data: { threadId, authorId: user.userId, authorName: user.name, body } });
    await writeAudit(user, { action: "case.review.comment", outcome: "SUCCESS", caseId: row.id, details: { threadId, reply: true } }, tx);
    return place;
  });
}

/** Marks a thread resolved: an editor, or the reviewer who started it. */
export async function resolveThread(actor: Actor, input: unknown): Promise<ThreadPlace> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.dispose");
  const { threadId } = parseInput(resolveThreadSchema, input);
  const isEditor = await mayOnCase(user, "case.update", row.id);
  const thread = await prisma.reviewThread.findFirst({ where: { id: threadId, caseId: row.id }, select: { id: true, createdById: true, resolvedAt: true, anchorKind: true, anchor: true } });
  if (!thread) throw fieldError("threadId", REVIEW_MESSAGES.unknownThread);
  // Who started a thread never changes, so this check needs no lock; the refusal is audited.
  if (!isEditor && thread.createdById !== user.userId) {
    return deny(user, "case.review.dispose", { caseId: row.id, reason: "not thread author or editor", error: new AppError("FORBIDDEN", REVIEW_MESSAGES.mayNotResolve) });
  }
  await prisma.$transaction(async (tx) => {
    if (thread.resolvedAt) return;
    // Only a still-open thread is resolved, so two people resolving at once write one record.
    const { count } = await tx.reviewThread.updateMany({ where: { id: threadId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: user.userId, resolvedByName: user.name } });
    if (count === 0) return;
    await writeAudit(user, { action: "case.review.dispose", outcome: "SUCCESS", caseId: row.id, details: { threadId } }, tx);
  });
  return { threadId, anchorKind: thread.anchorKind, anchor: thread.anchor };
}

// ---------------------------------------------------------------------------------------
// Decisions and outcome
// ---------------------------------------------------------------------------------------

/**
 * A reviewer's decision on one finding of the case as it is now, for their party. The same
 * decision by the same person a few seconds after it was made (a double click, a form posted
 * again) is the one standing, not a second.
 */
export async function decideFinding(actor: Actor, input: unknown): Promise<{ findingKey: string }> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.decide");
  const { findingKey, kind, motivation, source, organizationId: requested } = parseInput(decisionSchema, input);
  const organizationId = actingOrganization(user, row, requested);
  await prisma.$transaction(async (tx) => {
    // Serialises two posts of the same decision, so the second sees the first.
    await lockCase(tx, row.id);
    // Read the document in the transaction, so the fingerprint matches the facts the decision was made on.
    const current = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { data: true, title: true, version: true } });
    const doc = reviewDocument(current);
    const keyed = keyFindings(evaluateDocument(doc).findings).find((k) => k.key === findingKey);
    if (!keyed) throw fieldError("findingKey", REVIEW_MESSAGES.unknownFinding);
    if (kind === "VERIFIED" && !keyed.finding.verify) throw fieldError("kind", REVIEW_MESSAGES.verifyOnly);
    if (kind === "MUST_FIX") {
      // "Ska åtgärdas" beside a standing approval of the same document would leave the case shown
      // as approved (and its agreement as legally reviewed) while the jurist says it is not.
      const [requests, approvals] = await Promise.all([
        tx.reviewRequest.findMany({ where: { caseId: row.id, organizationId }, select: { createdAt: true, closedAt: true, outcome: true } }),
        tx.caseApproval.findMany({ where: { caseId: row.id, organizationId }, select: { createdAt: true, documentHash: true } }),
      ]);
      if (partyReviewState({ requests, approvals }, documentHash(doc)) === "approved") {
        throw fieldError("kind", REVIEW_MESSAGES.approvedMustFix(partyOrganizations(row).find((o) => o.id === organizationId)?.name ?? "parten"));
      }
    }
    const fingerprint = findingFingerprint(doc, keyed.finding);
    const standing = await tx.findingDecision.findFirst({
      where: { caseId: row.id, organizationId, findingKey },
      orderBy: { createdAt: "desc" },
      select: { decidedById: true, createdAt: true, kind: true, motivation: true, source: true, fingerprint: true },
    });
    const repeated =
      standing?.decidedById === user.userId &&
      standing.createdAt >= repeatSince() &&
      standing.kind === kind &&
      standing.motivation === (motivation || null) &&
      standing.source === (source || null) &&
      standing.fingerprint === fingerprint;
    if (repeated) return;
    await tx.findingDecision.create({
      data: {
        caseId: row.id,
        organizationId,
        findingKey,
        fingerprint,
        kind,
        motivation: motivation || null,
        source: source || null,
        caseVersion: current.version,
        decidedById: user.userId,
        decidedByName: user.name,
      },
    });
    await writeAudit(user, { action: "case.review.decide", outcome: "SUCCESS", caseId: row.id, details: { findingKey, findingTitle: keyed.finding.title, kind, organizationId, version: current.version } }, tx);
  });
  return { findingKey };
}

export interface DecisionView {
  findingKey: string;
  kind: "MUST_FIX" | "ACCEPTED_RISK" | "NOT_APPLICABLE" | "VERIFIED";
  motivation: string | null;
  source: string | null;
  decidedByName: string;
  createdAt: Date;
  organizationId: string;
  /** The case's version the decision was taken on. */
  caseVersion: number;
  /** False when the finding's facts changed since the decision: it is open again. */
  holds: boolean;
}

type DecisionRow = Omit<DecisionView, "holds"> & { fingerprint: string };

/** The latest decision per finding and party, marked whether it still holds for the document as it is. */
export async function currentDecisions(db: Tx | typeof prisma, caseId: string, doc: Case, evaluation: Evaluation): Promise<DecisionView[]> {
  const rows = await db.findingDecision.findMany({ where: { caseId }, orderBy: { createdAt: "desc" } });
  return standingDecisions(rows, doc, evaluation);
}

/**
 * The fingerprints of an assessment's findings, each computed when first asked for and kept with
 * the assessment: a cached assessment (lib/wizard/case-cache.ts) is one object for every request
 * that shows its version, and hashing the facts of every finding on each of them was most of
 * "Att granska"'s CPU. Kept per document too, as a fingerprint is of the document's values.
 */
const fingerprintsByAssessment = new WeakMap<Evaluation, { doc: Case; findings: Map<string, Finding>; prints: Map<string, string> }>();

function fingerprintOf(doc: Case, evaluation: Evaluation, findingKey: string): string | undefined {
  let entry = fingerprintsByAssessment.get(evaluation);
  if (!entry || entry.doc !== doc) {
    entry = { doc, findings: new Map(keyFindings(evaluation.findings).map((k) => [k.key, k.finding])), prints: new Map() };
    fingerprintsByAssessment.set(evaluation, entry);
  }
  let print = entry.prints.get(findingKey);
  if (print === undefined) {
    const finding = entry.findings.get(findingKey);
    if (!finding) return undefined;
    print = findingFingerprint(doc, finding);
    entry.prints.set(findingKey, print);
  }
  return print;
}

/** From decision rows newest first: the latest per finding and party, and whether it holds. */
export function standingDecisions(rowsNewestFirst: readonly DecisionRow[], doc: Case, evaluation: Evaluation): DecisionView[] {
  const latest = new Map<string, DecisionView>();
  for (const r of rowsNewestFirst) {
    const id = `${r.organizationId}|${r.findingKey}`;
    if (latest.has(id)) continue;
    latest.set(id, {
      findingKey: r.findingKey,
      kind: r.kind,
      motivation: r.motivation,
      source: r.source,
      decidedByName: r.decidedByName,
      createdAt: r.createdAt,
      organizationId: r.organizationId,
      caseVersion: r.caseVersion,
      holds: fingerprintOf(doc, evaluation, r.findingKey) === r.fingerprint,
    });
  }
  return [...latest.values()];
}

/** "Godkänn": approves the case at the version the reviewer saw, for their party. */
export async function approveCase(actor: Actor, input: unknown): Promise<{ approvalId: string }> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.approve");
  const { version, organizationId: requested, confirmIncomplete, remindersShown, requestsShown } = parseInput(approveSchema, input);
  const organizationId = actingOrganization(user, row, requested);
  const party = partyOrganizations(row).find((o) => o.id === organizationId)!;
  // A jurist of two parties is told whose decisions keep the approval back.
  const named = reviewerOrganizations(user, row).length > 1 ? party.name : undefined;
  return prisma.$transaction(async (tx) => {
    await lockCase(tx, row.id);
    const current = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { data: true, title: true, version: true, completedSteps: true } });
    if (current.version !== version) throw new AppError("CONFLICT", REVIEW_MESSAGES.staleVersion(current.version));
    await refuseAnswerToWithdrawn(tx, row.id, organizationId, party.name, requestsShown);
    const doc = reviewDocument(current);
    const hash = documentHash(doc);
    // A second approval of what the party has approved would only repeat the mail to the editors.
    const [requests, approvals] = await Promise.all([
      tx.reviewRequest.findMany({ where: { caseId: row.id, organizationId }, select: { createdAt: true, closedAt: true, outcome: true } }),
      tx.caseApproval.findMany({ where: { caseId: row.id, organizationId }, select: { createdAt: true, documentHash: true } }),
    ]);
    if (partyReviewState({ requests, approvals }, hash) === "approved") throw new AppError("CONFLICT", REVIEW_MESSAGES.alreadyApproved(party.name));
    const evaluation = evaluateDocument(doc);
    const decisions = (await currentDecisions(tx, row.id, doc, evaluation)).filter((d) => d.organizationId === organizationId && d.holds);
    if (decisions.some((d) => d.kind === "MUST_FIX")) {
      // The form's words (OutcomePanel): sent back already, a return is not the way on.
      throw new AppError("CONFLICT", partyReviewState({ requests, approvals }, hash) === "returned" ? REVIEW_MESSAGES.mustFixReturned(party.name) : REVIEW_MESSAGES.mustFixOpen(named));
    }
    const keyed = keyFindings(evaluation.findings);
    const open = openPoints(keyed, decisions);
    if (open.blockers + open.unverified > 0) throw new AppError("CONFLICT", REVIEW_MESSAGES.undecided(open, named));
    // Unfinished steps or open comments do not bar an approval, but it is given knowingly.
    const openThreads = await tx.reviewThread.findMany({ where: { caseId: row.id, resolvedAt: null }, select: { id: true, _count: { select: { comments: true } } } });
    const reminders = approvalReminders(current.completedSteps, openThreads.map((t) => ({ id: t.id, comments: t._count.comments })));
    if (hasReminders(reminders) && confirmIncomplete !== CONFIRM_INCOMPLETE_VALUE) {
      throw new AppError("VALIDATION", confirmationMissingMessage(reminders), { fieldErrors: [{ path: CONFIRM_INCOMPLETE_FIELD, message: CONFIRMATION_MISSING_FIELD_MESSAGE }] });
    }
    if (hasReminders(reminders) && remindersShown !== reminders.key) {
      throw new AppError("VALIDATION", remindersChangedMessage(reminders), { fieldErrors: [{ path: CONFIRM_INCOMPLETE_FIELD, message: REMINDERS_CHANGED_FIELD_MESSAGE }] });
    }
    const snapshot = keyed.map(({ key, finding }) => {
      const decision = decisions.find((d) => d.findingKey === key);
      return {
        key,
        code: finding.code,
        title: finding.title,
        severity: finding.severity,
        verify: finding.verify,
        fingerprint: findingFingerprint(doc, finding),
        decision: decision ? { kind: decision.kind, motivation: decision.motivation, source: decision.source, by: decision.decidedByName, at: decision.createdAt.toISOString() } : null,
      };
    });
    const approval = await tx.caseApproval.create({
      data: {
        caseId: row.id,
        organizationId,
        caseVersion: current.version,
        documentHash: hash,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        reviewerId: user.userId,
        reviewerName: user.name,
      },
      select: { id: true },
    });
    await tx.reviewRequest.updateMany({
      where: { caseId: row.id, organizationId, closedAt: null },
      data: { closedAt: new Date(), outcome: "APPROVED", closedById: user.userId, closedByName: user.name },
    });
    // Approved knowingly over what was unfinished: the log says so.
    const despite = hasReminders(reminders) ? { unfinishedSteps: reminders.unfinishedSteps.map((s) => s.id), openComments: reminders.openComments } : undefined;
    await writeAudit(user, { action: "case.review.approve", outcome: "SUCCESS", caseId: row.id, details: { organizationId, organizationName: party.name, version: current.version, ...(despite ? { despite } : {}) } }, tx);
    await mailEach(tx, await editorEmails(tx, row.id), reviewApprovedMail({ caseTitle: row.title, reviewer: user.name, organizationName: party.name, version: current.version, url: caseUrl(row.id) }));
    return { approvalId: approval.id };
  });
}

/**
 * Refuses a jurist's answer ("Godkänn", "Skicka tillbaka") for the party when a request their page
 * showed open has been taken back by an editor since: the case no longer waits for them, and a
 * return would undo the withdrawal (found in a review). Called under the case's lock.
 */
async function refuseAnswerToWithdrawn(tx: Tx, caseId: string, organizationId: string, partyName: string, requestsShown: readonly string[]): Promise<void> {
  if (requestsShown.length === 0) return;
  const withdrawn = await tx.reviewRequest.findFirst({ where: { id: { in: [...requestsShown] }, caseId, organizationId, outcome: "WITHDRAWN" }, select: { closedByName: true } });
  if (withdrawn) throw new AppError("CONFLICT", REVIEW_MESSAGES.requestWithdrawn(partyName, withdrawn.closedByName ?? "en redigerare"));
}

/** "Skicka tillbaka": returns the case to its editors with a summary, for the reviewer's party. */
export async function returnCase(actor: Actor, input: unknown): Promise<void> {
  const { user, row } = await openReviewCase(actor, (input as { caseId?: unknown } | null)?.caseId, "case.review.approve");
  const { summary, organizationId: requested, requestsShown } = parseInput(returnSchema, input);
  const organizationId = actingOrganization(user, row, requested);
  const party = partyOrganizations(row).find((o) => o.id === organizationId)!;
  await prisma.$transaction(async (tx) => {
    await lockCase(tx, row.id);
    const current = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { version: true, updatedAt: true } });
    await refuseAnswerToWithdrawn(tx, row.id, organizationId, party.name, requestsShown);
    // Returned already, and since then neither changed, sent for review nor approved: a second
    // return would only mail the editors again (a double click, or two of the party's jurists at
    // once). After a change the jurist may return it again with what is still missing.
    // A request taken back counts as never sent (lib/review/status.ts): the return before it still stands.
    const latest = await tx.reviewRequest.findFirst({
      where: { caseId: row.id, organizationId, OR: [{ outcome: null }, { outcome: { not: "WITHDRAWN" } }] },
      orderBy: { createdAt: "desc" },
      select: { outcome: true, closedAt: true, closedByName: true },
    });
    if (latest?.outcome === "RETURNED" && latest.closedAt && current.updatedAt <= latest.closedAt) {
      const approvedSince = await tx.caseApproval.count({ where: { caseId: row.id, organizationId, createdAt: { gt: latest.closedAt } } });
      if (approvedSince === 0) throw new AppError("CONFLICT", REVIEW_MESSAGES.alreadyReturned(party.name, latest.closedByName ?? "en jurist"));
    }
    const now = new Date();
    const closed = { closedAt: now, outcome: "RETURNED" as const, closedById: user.userId, closedByName: user.name, summary };
    const { count } = await tx.reviewRequest.updateMany({ where: { caseId: row.id, organizationId, closedAt: null }, data: closed });
    if (count === 0) {
      // Returned without a pending request: record it as a closed request, so the state shows "returned".
      await tx.reviewRequest.create({
        data: { caseId: row.id, organizationId, message: "", caseVersion: current.version, requestedById: user.userId, requestedByName: user.name, createdAt: now, ...closed },
      });
    }
    await writeAudit(user, { action: "case.review.return", outcome: "SUCCESS", caseId: row.id, details: { organizationId, organizationName: party.name, version: current.version } }, tx);
    await mailEach(tx, await editorEmails(tx, row.id), reviewReturnedMail({ caseTitle: row.title, reviewer: user.name, organizationName: party.name, summary, url: caseUrl(row.id) }));
  });
}

export type { ReviewCaseRow, SignedInActor };
