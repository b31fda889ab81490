import type { NamedPartyState, OnePartyReviewState, PartyReviewState } from "./labels";

/** How a review request was closed: the jurist's outcome, or taken back by an editor. */
export type ReviewOutcome = "APPROVED" | "RETURNED" | "WITHDRAWN";

/** A request taken back by an editor before a jurist answered counts as never sent: the party's state, and whether the case needs its approval, are what they were before. */
export function counts(request: { outcome: ReviewOutcome | null }): boolean {
  return request.outcome !== "WITHDRAWN";
}

// Plain module: the review state of one party organisation, from its review events.

export interface ReviewEvents {
  requests: readonly { createdAt: Date; closedAt: Date | null; outcome: ReviewOutcome | null }[];
  approvals: readonly { createdAt: Date; documentHash: string }[];
}

/** The state after the party's latest event; an approval is stale once the document no longer hashes the same. */
export function partyReviewState(events: ReviewEvents, currentHash: string): OnePartyReviewState {
  type Event = { at: number; state: OnePartyReviewState };
  const timeline: Event[] = [];
  for (const request of events.requests.filter(counts)) {
    timeline.push({ at: request.createdAt.getTime(), state: "in_review" });
    // A return can never precede its request, whichever clock stamped the two.
    if (request.closedAt && request.outcome === "RETURNED") timeline.push({ at: Math.max(request.closedAt.getTime(), request.createdAt.getTime()), state: "returned" });
  }
  for (const approval of events.approvals) {
    timeline.push({ at: approval.createdAt.getTime(), state: approval.documentHash === currentHash ? "approved" : "stale" });
  }
  if (timeline.length === 0) return "not_reviewed";
  // Stable: at equal times the later-pushed event (approval, return) wins over the request.
  return timeline.reduce((latest, event) => (event.at >= latest.at ? event : latest)).state;
}

/**
 * The case as a whole, from the states of the parties whose approval it needs: what the case
 * waits for, told truthfully.
 * - "returned" when a jurist sent it back: the editors have something to fix (and an approval
 *   that went stale meanwhile is sent again with the fix);
 * - else "stale" when an approval no longer holds for the document as it is: it must be sent again;
 * - else "in_review" when some party's jurists have it;
 * - else "approved" when every party approved the current document, "partly_approved" when some
 *   did and the others were never sent it (nobody is reviewing), "not_reviewed" when none was sent.
 */
export function overallReviewState(states: readonly OnePartyReviewState[]): PartyReviewState {
  for (const state of ["returned", "stale", "in_review"] as const) if (states.includes(state)) return state;
  if (!states.includes("approved")) return "not_reviewed";
  return states.every((s) => s === "approved") ? "approved" : "partly_approved";
}

/**
 * Whether a case's parties' own states are shown beside the case's: where they differ. The case's
 * state alone names no party, so a party whose jurist never saw the case read "Skickat tillbaka"
 * as its own (a walk); where all agree, the case's state says it.
 */
export function partyStatesShown(parties: readonly { state: OnePartyReviewState }[]): boolean {
  return parties.some((party) => party.state !== parties[0]!.state);
}

/** The parties whose approval the case needs, each with its own state, where they differ (as reviewStates gives a list). */
export function partyStatesOf(review: { parties: readonly { name: string; state: OnePartyReviewState; needsApproval: boolean }[] }): NamedPartyState[] {
  const reviewed = review.parties.filter((party) => party.needsApproval);
  return partyStatesShown(reviewed) ? reviewed.map((party) => ({ name: party.name, state: party.state })) : [];
}

/**
 * The parties a case can be sent to for review now. Not offered (the server refuses both): a party
 * whose jurists already have the case, and a party whose approval of the case as it is stands,
 * which a new request would drop. A stale approval is no longer current: that party is offered again.
 */
export function sendableParties<P extends ReviewParty>(parties: readonly P[]): P[] {
  return parties.filter((p) => p.reviewers.length > 0 && !p.openRequest && p.state !== "approved");
}

/** The parties that would be offered but have no jurist in the case: the pages say how one gets one. */
export function partiesWithoutJurist<P extends ReviewParty>(parties: readonly P[]): P[] {
  return parties.filter((p) => p.reviewers.length === 0 && !p.openRequest && p.state !== "approved");
}

type ReviewParty = { reviewers: readonly unknown[]; openRequest: unknown; state: OnePartyReviewState };
