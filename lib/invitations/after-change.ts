import "server-only";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { INVITATION_NOTICE_PARAM, type InvitationNotice, invitationNoticeValue } from "./notice";

/**
 * Where an invitation sent or withdrawn without JavaScript is redirected (Post/Redirect/Get):
 * answered with the page itself, a reload posted the form again and mailed the person a second
 * link (or withdrew again, refused). The section says what was done, and to whom: ?inbjudan=…
 * names the invitation by its id (lib/invitations/notice.ts), which the page looks up among its
 * own. Its message takes the focus as the page loads (autofocus), which also
 * scrolls it into view. No #fragment: a browser skips autofocus on a page opened at one, and the
 * focus would stay at the page's start. A post by the page's script, or a refusal, gets its state
 * back.
 */
export function afterInvitationChange(state: ActionState, scripted: boolean, done: InvitationNotice, page: () => string, invitationId: string): ActionState {
  // The page's address is built only once the change is made: until then the bound id is the
  // caller's, unchecked (anything at all over HTTP), and must not be turned into text. The
  // invitation's id is then one the change was made to (and a UUID, or left out).
  if (state.status === "success" && !scripted) redirect(`${page()}?${INVITATION_NOTICE_PARAM}=${invitationNoticeValue(done, invitationId)}`);
  return state;
}
