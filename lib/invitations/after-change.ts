import "server-only";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { INVITATION_NOTICE_PARAM, type InvitationNotice } from "./notice";

/**
 * Where an invitation sent or withdrawn without JavaScript is redirected (Post/Redirect/Get):
 * answered with the page itself, a reload posted the form again and mailed the person a second
 * link (or withdrew again, refused). The section says what was done (?inbjudan=…,
 * INVITATION_NOTICES), and its message takes the focus as the page loads (autofocus), which also
 * scrolls it into view. No #fragment: a browser skips autofocus on a page opened at one, and the
 * focus would stay at the page's start. A post by the page's script, or a refusal, gets its state
 * back.
 */
export function afterInvitationChange(state: ActionState, scripted: boolean, done: InvitationNotice, page: string): ActionState {
  if (state.status === "success" && !scripted) redirect(`${page}?${INVITATION_NOTICE_PARAM}=${done}`);
  return state;
}
