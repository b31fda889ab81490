"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { applySetCookies } from "@/lib/auth/cookies";
import type { ActionState } from "@/lib/forms/action-state";
import { readId } from "@/lib/forms/boundary";
import { runFormAction } from "@/lib/forms/run-action";
import { postedByScript } from "@/lib/forms/scripted";
import { afterInvitationChange } from "@/lib/invitations/after-change";
import type { InvitationNotice } from "@/lib/invitations/notice";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { inviteMember, revokeOrganizationInvitation, updateMemberRoles, updateOrganization } from "./admin";
import { createOrganization } from "./data";
import { acceptOrganizationInvitation } from "./invitations";
import { ORGANIZATION_MESSAGES } from "./messages";
import { JOINED_PARAM, joinedValue, type Joined } from "./joined";

// Thin entry points: every one reads its FormData and bound ids through the boundary
// (lib/forms/boundary.ts), so a malformed call is refused and audited before any rule runs.

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("organization.create", formData, async (fields) => {
    await createOrganization(await getActor(), fields);
    revalidatePath("/admin");
    revalidatePath("/admin/organisationer");
    return { status: "success", message: `${fields.name?.trim()} är tillagd.` };
  });
}

export async function updateOrganizationAction(organizationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("organization.update", formData, async (fields) => {
    organizationId = readId(organizationId, "organizationId");
    await updateOrganization(await getActor(), organizationId, fields);
    revalidatePath("/admin", "layout");
    return { status: "success", message: "Organisationens uppgifter är sparade." };
  });
}

/** Without JavaScript, a sent or withdrawn invitation is answered with a redirect to the page's invitation section. */
const afterChange = (state: ActionState, scripted: boolean, organizationId: string, done: InvitationNotice, invitationId: string) =>
  afterInvitationChange(state, scripted, done, () => `/admin/organisationer/${organizationId}`, invitationId);

export async function inviteMemberAction(organizationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let scripted = false;
  let invitationId = "";
  const state = await runFormAction("organization.invite", formData, async (fields) => {
    scripted = postedByScript(fields);
    organizationId = readId(organizationId, "organizationId");
    const sent = await inviteMember(await getActor(), organizationId, fields);
    invitationId = sent.id;
    revalidatePath(`/admin/organisationer/${organizationId}`);
    return { status: "success", message: ORGANIZATION_MESSAGES.invitationSent(sent.email, sent.replaced, sent.alsoPendingAs) };
  });
  return afterChange(state, scripted, organizationId, "skickad", invitationId);
}

/**
 * Withdraws one pending invitation of the organisation. The organisation is bound by the page;
 * the invitation comes from the pressed button's form (field invitationId), so one form state
 * serves the whole list and its message stays after the invitation has left the list.
 */
export async function revokeOrganizationInvitationAction(organizationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let scripted = false;
  let invitationId = "";
  const state = await runFormAction("organization.invitation.revoke", formData, async (fields) => {
    scripted = postedByScript(fields);
    organizationId = readId(organizationId, "organizationId");
    const revoked = readId(fields.invitationId, "invitationId");
    const { email } = await revokeOrganizationInvitation(await getActor(), organizationId, revoked);
    invitationId = revoked;
    revalidatePath(`/admin/organisationer/${organizationId}`);
    return { status: "success", message: ORGANIZATION_MESSAGES.invitationRevoked(email) };
  });
  return afterChange(state, scripted, organizationId, "aterkallad", invitationId);
}

export async function updateMemberRolesAction(organizationId: string, userId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction("organization.member.update", formData, async (fields) => {
    organizationId = readId(organizationId, "organizationId");
    userId = readId(userId, "userId");
    const roles = await updateMemberRoles(await getActor(), organizationId, userId, fields);
    revalidatePath(`/admin/organisationer/${organizationId}`);
    return { status: "success", message: `Rollerna är sparade: ${roles.map((r) => ORG_ROLE_LABELS[r].toLowerCase()).join(", ")}.` };
  });
}

export async function acceptOrganizationInvitationAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  let joined: Joined | undefined;
  const state = await runFormAction(
    "organization.invitation.accept",
    formData,
    async (fields) => {
      const result = await acceptOrganizationInvitation(await getActor(), readId(token, "token"), fields, await headers());
      await applySetCookies(result.setCookies);
      joined = result.joined;
    },
    (fields) => ({ name: fields.name ?? "" }),
  );
  // The start page says what the person joined, as what (lib/organizations/joined.ts).
  if (state.status === "success") redirect(joined ? `/?${JOINED_PARAM}=${encodeURIComponent(joinedValue(joined))}` : "/");
  return state;
}
