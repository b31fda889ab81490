"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** For the signed-in invitee: one button. */
export function JoinCaseForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={[]} fieldId={(p) => p} attempt={state} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Går med …" : "Gå med i ärendet"}
      </SubmitButton>
    </form>
  );
}
