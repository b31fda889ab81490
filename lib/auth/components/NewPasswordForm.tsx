"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { InputField } from "@/components/forms/InputField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { MIN_PASSWORD_LENGTH } from "../config";
import { type NewPasswordInput, newPasswordSchema } from "../schemas";

const fieldId = (path: string) => `losenord-${path}`;

/** The new password from a mailed link, typed twice; `email` names the account, for password managers too. */
export function NewPasswordForm({ email, action }: { email: string; action: FormAction }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<NewPasswordInput>(newPasswordSchema, action, {
    password: "",
    passwordConfirm: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      {/* The account's address beside the new password, so a password manager files it under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <InputField
        id={fieldId("password")}
        label="Nytt lösenord"
        hint={`Minst ${MIN_PASSWORD_LENGTH} tecken.`}
        error={errorFor("password")}
        type="password"
        autoComplete="new-password"
        registered={register("password")}
      />
      <InputField
        id={fieldId("passwordConfirm")}
        label="Upprepa det nya lösenordet"
        error={errorFor("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        registered={register("passwordConfirm")}
      />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Sparar …" : "Spara det nya lösenordet"}
      </SubmitButton>
    </form>
  );
}
