import type { PartyReviewState } from "./labels";

// Plain module: the review state of one party organisation, from its review events.

export interface ReviewEvents {
  requests: readonly { createdAt: Date; closedAt: Date | null; outcome: "APPROVED" | "RETURNED" | null }[];
  approvals: readonly { createdAt: Date; documentHash: string }[];
}

/** The state after the party's latest event; an approval is stale once the document no longer hashes the same. */
export function partyReviewState(events: ReviewEvents, currentHash: string): PartyReviewState {
  type Event = { at: number; state: PartyReviewState };
  const timeline: Event[] = [];
  for (const request of events.requests) {
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

/** The case as a whole: approved only when every party with a reviewer approved the current document. */
export function overallReviewState(states: readonly PartyReviewState[]): PartyReviewState {
  if (states.length === 0) return "not_reviewed";
  if (states.every((s) => s === "approved")) return "approved";
  for (const state of ["stale", "returned", "in_review"] as const) if (states.includes(state)) return state;
  return states.includes("approved") ? "in_review" : "not_reviewed";
}
