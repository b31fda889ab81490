import { describe, expect, it } from "vitest";
import { type ActionState, IDLE } from "@/lib/forms/action-state";
import { followOutcomes, initialOutcomes, invitationFormValues, shownStates } from "@/lib/invitations/outcome";

// Found by a tester on an organisation's page: after withdrawing an invitation and then sending
// one, both messages stood there ("… är återkallad" and "En inbjudan har skickats …"), and the
// e-mail field still held the address just invited.

const revoked: ActionState = { status: "success", message: "Inbjudan till a@norrstrom.test är återkallad. Länken i e-postmeddelandet fungerar inte längre." };
const sent: ActionState = { status: "success", message: "En inbjudan har skickats till b@norrstrom.test." };
const refused: ActionState = {
  status: "error",
  message: "Julia Jurist (jurist@norrstrom.test) har redan rollen jurist i Norrströms kommun.",
  fieldErrors: [{ path: "email", message: "Julia Jurist (jurist@norrstrom.test) har redan rollen jurist i Norrströms kommun." }],
  values: { email: "jurist@norrstrom.test", role: "LEGAL_REVIEWER" },
};
const notPending: ActionState = { status: "error", message: "Inbjudan väntar inte längre på svar." };

/** The messages the section shows after the two forms' states went through `steps`, in order. */
function messagesAfter(steps: Array<["invite" | "revoke", ActionState]>): string[] {
  let invite = IDLE;
  let revoke = IDLE;
  let outcomes = initialOutcomes(invite, revoke);
  for (const [source, state] of steps) {
    if (source === "invite") invite = state;
    else revoke = state;
    outcomes = followOutcomes(outcomes, invite, revoke);
  }
  const shown = shownStates(outcomes);
  return [shown.invite, shown.revoke].flatMap((s) => (s.status === "idle" ? [] : [s.message ?? ""]));
}

describe("the invitation section's one outcome", () => {
  it("shows only the invitation sent after a withdrawal", () => {
    expect(messagesAfter([["revoke", revoked], ["invite", sent]])).toEqual([sent.message]);
  });

  it("shows only the withdrawal made after an invitation, or after a refused one", () => {
    expect(messagesAfter([["invite", sent], ["revoke", revoked]])).toEqual([revoked.message]);
    expect(messagesAfter([["invite", refused], ["revoke", revoked]])).toEqual([revoked.message]);
  });

  it("shows the latest of several, including a second answer of the same form", () => {
    expect(messagesAfter([["revoke", revoked], ["invite", sent], ["revoke", { ...revoked }]])).toEqual([revoked.message]);
    expect(messagesAfter([["invite", sent], ["revoke", notPending], ["invite", { ...sent }]])).toEqual([sent.message]);
    expect(messagesAfter([["revoke", revoked], ["invite", refused]])).toEqual([refused.message]);
  });

  it("shows nothing before any answer, and the one answer a post without JavaScript brought", () => {
    expect(messagesAfter([])).toEqual([]);
    expect(shownStates(initialOutcomes(IDLE, revoked))).toEqual({ invite: IDLE, revoke: revoked });
    expect(shownStates(initialOutcomes(sent, IDLE))).toEqual({ invite: sent, revoke: IDLE });
  });

  it("keeps the same object while nothing changes (no render loop)", () => {
    const outcomes = initialOutcomes(sent, IDLE);
    expect(followOutcomes(outcomes, sent, IDLE)).toBe(outcomes);
  });
});

describe("the invitation form after an answer", () => {
  const defaults = { email: "", role: "CASE_EDITOR" };

  it("is empty again after an invitation was sent, ready for the next person", () => {
    expect(invitationFormValues(sent, defaults)).toEqual({ email: "", role: "CASE_EDITOR" });
    expect(invitationFormValues({ ...sent, values: { email: "b@norrstrom.test", role: "ORG_ADMIN" } }, defaults)).toEqual(defaults);
  });

  it("keeps what was typed after a refusal", () => {
    expect(invitationFormValues(refused, defaults)).toEqual({ email: "jurist@norrstrom.test", role: "LEGAL_REVIEWER" });
    expect(invitationFormValues({ ...refused, values: { email: "x@y.test", invitationId: "nope" } }, defaults)).toEqual({ email: "x@y.test", role: "CASE_EDITOR" });
  });
});
