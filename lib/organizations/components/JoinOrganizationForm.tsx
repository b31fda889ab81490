"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { IDLE } from "@/lib/forms/action-state";
import { acceptOrganizationInvitationAction } from "../actions";

/** For the signed-in invitee: one button. */
export function JoinOrganizationForm({ token, organizationName }: { token: string; organizationName: string }) {
  const [state, formAction, pending] = useActionState(acceptOrganizationInvitationAction.bind(null, token), IDLE);
  return (
    <form action={formAction} className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={[]} fieldId={(p) => p} attempt={state} />
      <button type="submit" className={BUTTON_CLASS} disabled={pending}>
        {pending ? "Går med …" : `Gå med i ${organizationName}`}
      </button>
    </form>
  );
}
