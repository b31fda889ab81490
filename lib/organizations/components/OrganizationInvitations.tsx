"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ScriptedField } from "@/components/forms/ScriptedField";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { FormAction } from "@/lib/forms/action-state";
import { InvitationEmailField } from "@/lib/invitations/components/InvitationEmailField";
import { InvitationOutcome } from "@/lib/invitations/components/InvitationOutcome";
import { useInvitationSection } from "@/lib/invitations/components/use-invitation-section";
import { type MemberInvitationInput, memberInvitationSchema } from "../schemas";
import { EndedInvitations, type EndedInvitationRow, PendingInvitations, type PendingInvitation } from "./PendingInvitations";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { ORGANIZATION_MESSAGES } from "../messages";
import { domainOf } from "../address-domain";

const fieldId = (path: string) => `medlemsinbjudan-${path}`;
const CONFIRM_ADDRESS = "confirmAddress";
const DEFAULTS: MemberInvitationInput = { email: "", role: "CASE_EDITOR" };

/**
 * The organisation page's invitations: the form that sends one, the pending ones (each with
 * "Återkalla" when the viewer may withdraw it) and those that ended recently. The two actions
 * keep their own form states, and the section shows only the latest outcome, in one message
 * region: a withdrawal's message goes when an invitation is sent, and the other way round.
 * After an invitation is sent the form is empty again; after a refusal it keeps what was typed
 * and the error stands on the field. Every form is a plain post too, so it works without
 * JavaScript.
 */
export function OrganizationInvitations({
  inviteAction,
  revokeAction,
  invitations,
  endedInvitations,
  canRevoke,
  notice,
}: {
  /** What an invitation sent or withdrawn without JavaScript did (the redirect's ?inbjudan=…), shown until the next outcome. */
  notice?: string | undefined;
  inviteAction: FormAction;
  revokeAction: FormAction;
  invitations: PendingInvitation[];
  endedInvitations: EndedInvitationRow[];
  canRevoke: boolean;
}) {
  const { invite, shown, outcome, errors, errorFor, revoke } = useInvitationSection<MemberInvitationInput>(memberInvitationSchema, inviteAction, revokeAction, DEFAULTS, notice);
  const { register, pending: invitePending, formAction: inviteFormAction, onSubmit, attempt } = invite;
  // The server's question stands while its answer is the last one, whatever the browser's own check says since.
  const question = shown.invite.fieldErrors?.find((error) => error.path === CONFIRM_ADDRESS)?.message;
  const asked = question ? { question, domain: domainOf(shown.invite.values?.email ?? "") } : undefined;

  return (
    <>
      <InvitationOutcome {...outcome} />
      <form action={inviteFormAction} onSubmit={onSubmit} noValidate className="mt-4">
        <ScriptedField />
        <ErrorSummary message={shown.invite.status === "error" ? shown.invite.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
        <InvitationEmailField id={fieldId("email")} error={errorFor("email")} registered={register("email")} />
        <SelectField
          id={fieldId("role")}
          label="Roll i organisationen"
          hint="Ärendehandläggare startar och redigerar ärenden, jurister granskar organisationens ärenden, administratörer hanterar personerna."
          error={errorFor("role")}
          options={ORG_ROLE_LABELS}
          registered={register("role")}
        />
        {/* Asked by the server for an address on a domain no member uses (lib/organizations/address-domain.ts);
            the box confirms that domain, so an address changed afterwards is asked about again. */}
        {asked ? (
          <CheckboxField
            id={fieldId(CONFIRM_ADDRESS)}
            name={CONFIRM_ADDRESS}
            value={asked.domain}
            label={ORGANIZATION_MESSAGES.confirmAddressLabel}
            error={asked.question}
            defaultChecked={false}
          />
        ) : null}
        <SubmitButton pending={invitePending} className={BUTTON_CLASS}>
          {invitePending ? "Skickar …" : "Skicka inbjudan"}
        </SubmitButton>
      </form>
      <PendingInvitations action={revoke.action} pending={revoke.pending} invitations={invitations} canRevoke={canRevoke} />
      <EndedInvitations invitations={endedInvitations} />
    </>
  );
}
