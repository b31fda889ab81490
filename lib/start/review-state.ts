import type { OnePartyReviewState, PartyReviewState } from "@/lib/review/labels";
import { overallReviewState, partyReviewState, partyStatesShown, type ReviewOutcome } from "@/lib/review/status";

// Plain module: what the start page says about a case's legal review, from the review rows read
// for every listed case in one query (lib/start/cases.ts). The states are the review page's and
// "Mina ärenden"'s (lib/review/status.ts), so the three never disagree.

/** The review rows of one case, as lib/start/cases.ts reads them. */
export interface StartReviewRow {
  members: readonly { userId: string; role: string }[];
  reviewRequests: readonly {
    organizationId: string;
    createdAt: Date;
    closedAt: Date | null;
    outcome: ReviewOutcome | null;
    closedByName: string | null;
    summary: string | null;
  }[];
  approvals: readonly { organizationId: string; createdAt: Date; documentHash: string }[];
  /** The open (unresolved) threads, each with its latest comment only. */
  reviewThreads: readonly { comments: readonly { authorId: string; createdAt: Date }[] }[];
}

/** A return that still stands: the party's latest review event. */
export interface StandingReturn {
  organizationId: string;
  byName: string;
  at: Date;
  summary: string;
}

export interface StartReview {
  /** The case's overall state, as "Mina ärenden" shows it. */
  state: PartyReviewState;
  /** Each party's own state, where they differ (partyStatesShown); none where they agree. */
  parties: { organizationId: string; state: OnePartyReviewState }[];
  /** The parties whose latest event is a return, newest return first. */
  returns: StandingReturn[];
  /** Open threads whose latest comment is not an editor's: they wait for the editors. */
  commentsWaiting: number;
  /** When the newest of those comments was written; null when none waits. */
  commentsWaitingAt: Date | null;
}

/**
 * The review of one case. `approving` are the parties whose approval it needs (approvingParties);
 * `hash` is the current document's review hash, needed only where the case has approvals.
 */
export function startReview(row: StartReviewRow, approving: readonly string[], hash: string): StartReview {
  const parties = approving.map((organizationId) => ({
    organizationId,
    state: partyReviewState(
      { requests: row.reviewRequests.filter((r) => r.organizationId === organizationId), approvals: row.approvals.filter((a) => a.organizationId === organizationId) },
      hash,
    ),
  }));
  const returns = parties
    .filter((p) => p.state === "returned")
    .flatMap(({ organizationId }) => {
      const latest = row.reviewRequests.filter((r) => r.organizationId === organizationId && r.outcome === "RETURNED" && r.closedAt).at(-1);
      return latest ? [{ organizationId, byName: latest.closedByName ?? "juristen", at: latest.closedAt!, summary: latest.summary?.trim() ?? "" }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const editors = new Set(row.members.filter((m) => m.role === "EDITOR").map((m) => m.userId));
  const waiting = row.reviewThreads.flatMap((t) => {
    const latest = t.comments[0];
    return latest !== undefined && !editors.has(latest.authorId) ? [latest.createdAt.getTime()] : [];
  });
  return {
    state: overallReviewState(parties.map((p) => p.state)),
    parties: partyStatesShown(parties) ? parties : [],
    returns,
    commentsWaiting: waiting.length,
    commentsWaitingAt: waiting.length ? new Date(Math.max(...waiting)) : null,
  };
}

/** What orders a case in the start page's "Att göra efter den juridiska granskningen". */
export interface TodoOrderKey {
  /** The standing returns; a case with one was sent back. */
  returns: readonly { at: Date }[];
  /** When the newest comment waiting for the editors was written. */
  commentsWaitingAt: Date | null;
}

/**
 * The order of the start page's to-do list: the cases sent back first (each a return with points
 * to fix), then the ones with only comments waiting; within each, newest first (the newest return,
 * or the newest comment waiting). Equal times keep the order they came in.
 */
export function todoOrder<T extends TodoOrderKey>(cases: readonly T[]): T[] {
  const group = (c: TodoOrderKey) => (c.returns.length ? 0 : 1);
  const at = (c: TodoOrderKey) => (c.returns.length ? Math.max(...c.returns.map((r) => r.at.getTime())) : (c.commentsWaitingAt?.getTime() ?? 0));
  return [...cases].sort((a, b) => group(a) - group(b) || at(b) - at(a));
}

