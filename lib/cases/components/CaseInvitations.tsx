"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ScriptedField } from "@/components/forms/ScriptedField";
import type { FormAction } from "@/lib/forms/action-state";
import { InvitationEmailField } from "@/lib/invitations/components/InvitationEmailField";
import { InvitationOutcome } from "@/lib/invitations/components/InvitationOutcome";
import { PendingInvitationList } from "@/lib/invitations/components/PendingInvitationList";
import { useInvitationSection } from "@/lib/invitations/components/use-invitation-section";
import { OrganizationCombobox } from "./OrganizationCombobox";
import { PENDING_CASE_INVITATIONS_HEADING, type PendingCaseInvitation, caseInvitationRows } from "./case-invitation-rows";
import { CASE_ROLE_LABELS, type InvitationInput, invitationSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

// The picked organisation's id sits in a hidden field; its errors belong to the visible one.
const fieldId = (path: string) => `inbjudan-${path === "organizationId" ? "organizationName" : path}`;
const DEFAULTS: InvitationInput = { email: "", role: "EDITOR", organizationId: "", organizationName: "" };

/**
 * The invitations part of a case's participants, for its editors: the pending invitations (each
 * with "Återkalla" when the viewer may withdraw it) and the form that sends one. As on an
 * organisation's page (lib/invitations), the two actions keep their own form states and the
 * section shows only the latest outcome, in one status region; after an invitation is sent the
 * form is empty again. Every form is a plain post too: without JavaScript a success is answered
 * with a redirect to the section, which says what was done (`notice`).
 */
export function CaseInvitations({
  inviteAction,
  revokeAction,
  caseId,
  invitations,
  canRevoke,
  notice,
}: {
  inviteAction: FormAction;
  revokeAction: FormAction;
  caseId: string;
  invitations: PendingCaseInvitation[];
  canRevoke: boolean;
  /** What an invitation sent or withdrawn without JavaScript did (the redirect's ?inbjudan=…), shown until the next outcome. */
  notice?: string | undefined;
}) {
  const { invite, shown, outcome, errors, errorFor, sent, revoke } = useInvitationSection<InvitationInput>(invitationSchema, inviteAction, revokeAction, DEFAULTS, notice);
  const { register, state: inviteState, pending: invitePending, formAction: inviteFormAction, onSubmit, attempt } = invite;

  return (
    <>
      <InvitationOutcome {...outcome} />
      <PendingInvitationList
        heading={PENDING_CASE_INVITATIONS_HEADING}
        invitations={caseInvitationRows(invitations)}
        revoke={canRevoke ? revoke : undefined}
      />
      <section aria-labelledby="bjud-in-rubrik" className="mt-8">
        <h3 id="bjud-in-rubrik" className="text-xl font-semibold">
          Bjud in till ärendet
        </h3>
        <form action={inviteFormAction} onSubmit={onSubmit} noValidate className="mt-4">
          <ScriptedField />
          <ErrorSummary message={shown.invite.status === "error" ? shown.invite.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
          <InvitationEmailField id={fieldId("email")} error={errorFor("email")} registered={register("email")} />
          <SelectField
            id={fieldId("role")}
            label="Roll i ärendet"
            hint="Varje part bjuder in sin egen jurist: en granskare bjuds in för den part du själv arbetar för i ärendet."
            error={errorFor("role")}
            options={CASE_ROLE_LABELS}
            registered={register("role")}
          />
          <Field
            id={fieldId("organizationName")}
            label="Partnerorganisation (frivilligt)"
            hint="Den organisation personen företräder i ärendet. Skriv en del av namnet och välj bland träffarna."
            error={errorFor("organizationName") ?? errorFor("organizationId")}
          >
            {(describedBy) => (
              <OrganizationCombobox
                // The search keeps its own state: it starts again after each invitation sent.
                key={sent}
                caseId={caseId}
                inputId={fieldId("organizationName")}
                describedBy={describedBy}
                invalid={Boolean(errorFor("organizationName") ?? errorFor("organizationId"))}
                initial={{ id: inviteState.values?.organizationId, name: inviteState.values?.organizationName }}
              />
            )}
          </Field>
          <SubmitButton pending={invitePending} className={BUTTON_CLASS}>
            {invitePending ? "Skickar …" : "Skicka inbjudan"}
          </SubmitButton>
        </form>
      </section>
    </>
  );
}
