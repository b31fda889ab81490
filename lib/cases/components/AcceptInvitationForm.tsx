"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/config";
import type { FormAction } from "@/lib/forms/action-state";
import { type NewAccountInput, newAccountSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `konto-${path}`;

/**
 * For a person without an account: choose a name and password, then join. Used for case
 * invitations, and (with its own action and label) for organisation invitations.
 */
export function AcceptInvitationForm({
  email,
  action,
  submitLabel = "Skapa konto och gå med i ärendet",
}: {
  email: string;
  action: FormAction;
  submitLabel?: string;
}) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<NewAccountInput>(
    newAccountSchema,
    action,
    { name: "", password: "", passwordConfirm: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p className="mb-4">
        Kontot skapas för <strong>{email}</strong>.
      </p>
      <Field id={fieldId("name")} label="Ditt namn" error={errorFor("name")}>
        {(describedBy) => (
          <input id={fieldId("name")} type="text" autoComplete="name" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("name") ? true : undefined} {...register("name")} />
        )}
      </Field>
      <Field id={fieldId("password")} label="Välj lösenord" hint={`Minst ${MIN_PASSWORD_LENGTH} tecken.`} error={errorFor("password")}>
        {(describedBy) => (
          <input id={fieldId("password")} type="password" autoComplete="new-password" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("password") ? true : undefined} {...register("password")} />
        )}
      </Field>
      <Field id={fieldId("passwordConfirm")} label="Upprepa lösenordet" error={errorFor("passwordConfirm")}>
        {(describedBy) => (
          <input id={fieldId("passwordConfirm")} type="password" autoComplete="new-password" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("passwordConfirm") ? true : undefined} {...register("passwordConfirm")} />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Skapar konto …" : submitLabel}
      </SubmitButton>
    </form>
  );
}
