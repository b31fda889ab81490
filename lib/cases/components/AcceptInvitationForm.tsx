"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { InputField } from "@/components/forms/InputField";
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
      <InputField id={fieldId("name")} label="Ditt namn" error={errorFor("name")} autoComplete="name" registered={register("name")} />
      <InputField
        id={fieldId("password")}
        label="Välj lösenord"
        hint={`Minst ${MIN_PASSWORD_LENGTH} tecken.`}
        error={errorFor("password")}
        type="password"
        autoComplete="new-password"
        registered={register("password")}
      />
      <InputField id={fieldId("passwordConfirm")} label="Upprepa lösenordet" error={errorFor("passwordConfirm")} type="password" autoComplete="new-password" registered={register("passwordConfirm")} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Skapar konto …" : submitLabel}
      </SubmitButton>
    </form>
  );
}
