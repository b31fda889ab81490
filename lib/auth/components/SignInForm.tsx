"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import { signInAction } from "../actions";
import { type SignInInput, signInSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `inloggning-${path}`;

export function SignInForm({ next }: { next?: string }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<SignInInput>(
    signInSchema,
    signInAction,
    { email: "", password: "", next: next ?? "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <input type="hidden" {...register("next")} />
      <Field id={fieldId("email")} label="E-postadress" error={errorFor("email")}>
        {(describedBy) => (
          <input
            id={fieldId("email")}
            type="email"
            autoComplete="username"
            className={INPUT_CLASS}
            aria-describedby={describedBy}
            aria-invalid={errorFor("email") ? true : undefined}
            {...register("email")}
          />
        )}
      </Field>
      <Field id={fieldId("password")} label="Lösenord" error={errorFor("password")}>
        {(describedBy) => (
          <input
            id={fieldId("password")}
            type="password"
            autoComplete="current-password"
            className={INPUT_CLASS}
            aria-describedby={describedBy}
            aria-invalid={errorFor("password") ? true : undefined}
            {...register("password")}
          />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Loggar in …" : "Logga in"}
      </SubmitButton>
    </form>
  );
}
