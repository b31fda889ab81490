"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { InputField } from "@/components/forms/InputField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useServerForm } from "@/components/forms/use-server-form";
import { requestPasswordResetAction } from "../actions";
import { type PasswordResetRequestInput, passwordResetRequestSchema } from "../schemas";

const fieldId = (path: string) => `nytt-losenord-${path}`;

/** "Glömt lösenordet?": the account's address, to which a link is mailed. */
export function PasswordResetRequestForm() {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<PasswordResetRequestInput>(
    passwordResetRequestSchema,
    requestPasswordResetAction,
    { email: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <InputField id={fieldId("email")} label="E-postadress" hint="Adressen du loggar in med." error={errorFor("email")} type="email" autoComplete="username" registered={register("email")} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Skickar …" : "Skicka länk för nytt lösenord"}
      </SubmitButton>
    </form>
  );
}
