"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { InputField } from "@/components/forms/InputField";
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
    // data-outcome: a refused sign-in has its own word, and the word before it ("Ditt lösenord är bytt") gives way (app/globals.css).
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6" data-outcome={state.status === "error" || errors.length > 0 ? "" : undefined}>
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <input type="hidden" {...register("next")} />
      <InputField id={fieldId("email")} label="E-postadress" error={errorFor("email")} type="email" autoComplete="username" registered={register("email")} />
      <InputField id={fieldId("password")} label="Lösenord" error={errorFor("password")} type="password" autoComplete="current-password" registered={register("password")} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Loggar in …" : "Logga in"}
      </SubmitButton>
    </form>
  );
}
