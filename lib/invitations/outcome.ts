// An invitation section (an organisation's page, a case's participants) has two kinds of form:
// "Skicka inbjudan" and an "Återkalla" per pending invitation, each with its own server action and
// so its own form state.
// The section shows one outcome, the latest: a withdrawal's "återkallad" must not stay beside the
// "skickats" of an invitation sent after it. Pure, so the rule is tested without a browser.

import { type ActionState, IDLE } from "@/lib/forms/action-state";

export type OutcomeSource = "invite" | "revoke";

export interface InvitationOutcomes {
  invite: ActionState;
  revoke: ActionState;
  /** Whose answer came last; null before any. */
  latest: OutcomeSource | null;
}

/** On first render (also after a post without JavaScript, which answers one of the two). */
export function initialOutcomes(invite: ActionState, revoke: ActionState): InvitationOutcomes {
  return { invite, revoke, latest: invite.status !== "idle" ? "invite" : revoke.status !== "idle" ? "revoke" : null };
}

/**
 * Follows the two form states: each server answer is a new state object, so the one that
 * changed since the last render is the latest outcome. Returns `previous` itself when nothing
 * changed.
 */
export function followOutcomes(previous: InvitationOutcomes, invite: ActionState, revoke: ActionState): InvitationOutcomes {
  if (previous.invite === invite && previous.revoke === revoke) return previous;
  return { invite, revoke, latest: previous.invite !== invite ? "invite" : "revoke" };
}

/** The state each part of the section shows: the latest outcome, and idle for the other. */
export function shownStates(outcomes: InvitationOutcomes): { invite: ActionState; revoke: ActionState } {
  return {
    invite: outcomes.latest === "invite" ? outcomes.invite : IDLE,
    revoke: outcomes.latest === "revoke" ? outcomes.revoke : IDLE,
  };
}

/**
 * What the invitation form holds after a server answer: empty again after an invitation was sent
 * (ready for the next person), what was typed after a refusal (its error is on the field).
 */
export function invitationFormValues<V extends Record<string, string>>(state: ActionState, defaults: V): V {
  if (state.status !== "error" || !state.values) return { ...defaults };
  const kept = Object.fromEntries(Object.keys(defaults).flatMap((key) => (typeof state.values?.[key] === "string" ? [[key, state.values[key]]] : [])));
  return { ...defaults, ...kept };
}
