import "server-only";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { INVITATION_NOTICE_PARAM, type InvitationNotice } from "./notice";

/**
 * Where an invitation sent or withdrawn without JavaScript is redirected (Post/Redirect/Get):
 * answered with the page itself, a reload posted the form again and mailed the person a second
 * link (or withdrew again, refused). The section says what was done (?inbjudan=…,
 * INVITATION_NOTICES); `page` is its page's path and `section` the id of its heading. A post by
 * the page's script, or a refusal, gets its state back.
 */
export function afterInvitationChange(state: ActionState, scripted: boolean, done: InvitationNotice, page: string, section: string): ActionState {
  if (state.status === "success" && !scripted) redirect(`${page}?${INVITATION_NOTICE_PARAM}=${done}#${section}`);
  return state;
}
