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
export function afterInvitationChange(state: ActionState, scripted: boolean, done: InvitationNotice, page: () => string): ActionState {
  // The page's address is built only once the change is made: until then the bound id is the
  // caller's, unchecked (anything at all over HTTP), and must not be turned into text.
  if (state.status === "success" && !scripted) redirect(`${page()}?${INVITATION_NOTICE_PARAM}=${done}`);
  return state;
}
