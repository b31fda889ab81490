"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { applySetCookies } from "@/lib/auth/cookies";
import type { ActionState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { formFields } from "@/lib/forms/validation";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { inviteMember, updateMemberRoles, updateOrganization } from "./admin";
import { createOrganization } from "./data";
import { acceptOrganizationInvitation } from "./invitations";

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("organization.create", fields, async () => {
    await createOrganization(await getActor(), fields);
    revalidatePath("/admin");
    return { status: "success", message: `${fields.name?.trim()} är tillagd.` };
  });
}

export async function updateOrganizationAction(organizationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("organization.update", fields, async () => {
    await updateOrganization(await getActor(), organizationId, fields);
    revalidatePath("/admin", "layout");
    return { status: "success", message: "Organisationens uppgifter är sparade." };
  });
}

export async function inviteMemberAction(organizationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("organization.invite", fields, async () => {
    await inviteMember(await getActor(), organizationId, fields);
    revalidatePath(`/admin/organisationer/${organizationId}`);
    return { status: "success", message: `En inbjudan har skickats till ${fields.email?.trim()}.` };
  });
}

export async function updateMemberRolesAction(organizationId: string, userId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  return runAction("organization.member.update", fields, async () => {
    const roles = await updateMemberRoles(await getActor(), organizationId, userId, fields);
    revalidatePath(`/admin/organisationer/${organizationId}`);
    return { status: "success", message: `Rollerna är sparade: ${roles.map((r) => ORG_ROLE_LABELS[r].toLowerCase()).join(", ")}.` };
  });
}

export async function acceptOrganizationInvitationAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const state = await runAction("organization.invitation.accept", { name: fields.name ?? "" }, async () => {
    const result = await acceptOrganizationInvitation(await getActor(), token, fields, await headers());
    await applySetCookies(result.setCookies);
  });
  if (state.status === "success") redirect("/");
  return state;
}
