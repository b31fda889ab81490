"use client";

import { useEffect } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { type UpdateCaseInput, updateCaseSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `arende-${path}`;

export function UpdateCaseForm({ action, title, diaryNumber, version }: { action: FormAction; title: string; diaryNumber: string | null; version: number }) {
  const { form, register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<UpdateCaseInput>(
    updateCaseSchema,
    action,
    { title, diaryNumber: diaryNumber ?? "", version },
  );
  // What was saved becomes the form's starting point, so "Ändringarna är sparade." stands only
  // until the next change or error (a walk: it stood beside "Rätta följande").
  useEffect(() => {
    if (state.status === "success") form.reset(form.getValues());
  }, [state, form]);
  const saved = state.status === "success" && !form.formState.isDirty && errors.length === 0;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {saved ? state.message : ""}
      </p>
      {/* The version read with the page; a newer one in the database means someone else saved first. */}
      <input type="hidden" name="version" value={version} />
      <Field id={fieldId("title")} label="Titel" error={errorFor("title")}>
        {(describedBy) => (
          <input id={fieldId("title")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("title") ? true : undefined} {...register("title")} />
        )}
      </Field>
      <Field id={fieldId("diaryNumber")} label="Diarienummer (frivilligt)" error={errorFor("diaryNumber")}>
        {(describedBy) => (
          <input id={fieldId("diaryNumber")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("diaryNumber") ? true : undefined} {...register("diaryNumber")} />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Sparar …" : "Spara"}
      </SubmitButton>
    </form>
  );
}
