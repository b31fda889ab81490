"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { followOutcomes, initialOutcomes, shownStates } from "../outcome";

export interface InvitationOutcomeProps {
  /** The status region's text: the latest success, else the no-JavaScript notice, else nothing. */
  success: string;
  /** A withdrawal's refusal (an invitation's refusals stand on its form). */
  revokeError: string | undefined;
  /** The withdrawal's form state: each new answer moves the focus to its message. */
  revoke: ActionState;
  /** The text is the no-JavaScript notice: the page was loaded by the redirect after a post, so the message takes the focus. */
  fromNotice: boolean;
}

/**
 * The outcome of an invitation section's two actions, "Skicka inbjudan" and "Återkalla": only the
 * latest is shown (lib/invitations/outcome.ts), or, before any, what a post without JavaScript did
 * (`notice`, from the redirect's ?inbjudan=…).
 */
export function useInvitationOutcome(invite: ActionState, revoke: ActionState, notice: string | undefined) {
  // Which answer came last (storing what the previous render saw, as React recommends for
  // state derived from changes).
  const [outcomes, setOutcomes] = useState(() => initialOutcomes(invite, revoke));
  const current = followOutcomes(outcomes, invite, revoke);
  if (current !== outcomes) setOutcomes(current);
  const shown = shownStates(current);
  const answered = shown.invite.status !== "idle" || shown.revoke.status !== "idle";
  const success = shown.invite.status === "success" ? shown.invite.message : shown.revoke.status === "success" ? shown.revoke.message : answered ? "" : notice;
  const outcome: InvitationOutcomeProps = {
    success: success ?? "",
    revokeError: shown.revoke.status === "error" ? shown.revoke.message : undefined,
    revoke,
    fromNotice: !answered && Boolean(notice),
  };
  return { shown, outcome };
}

/**
 * The section's one status region (always in the page, so it is announced), and a withdrawal's
 * refusal. A withdrawn invitation's button leaves the page with its row, so the withdrawal's
 * outcome takes the focus, and the keyboard is not dropped to the page's start. Without
 * JavaScript the post is answered with a new page (the redirect, lib/invitations/after-change.ts):
 * there the notice takes the focus as the page loads (autofocus), instead of the page's start.
 */
export function InvitationOutcome({ success, revokeError, revoke, fromNotice }: InvitationOutcomeProps) {
  const status = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (revoke.status === "success") status.current?.focus();
    if (revoke.status === "error") alert.current?.focus();
  }, [revoke]);
  return (
    <>
      <p ref={status} tabIndex={-1} role="status" autoFocus={fromNotice} className="mt-4 font-semibold text-green-800">
        {success}
      </p>
      {revokeError ? (
        <p ref={alert} tabIndex={-1} role="alert" className="mt-4 font-semibold text-red-800">
          {revokeError}
        </p>
      ) : null}
    </>
  );
}
