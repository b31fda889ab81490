"use client";

import { useEffect, useState } from "react";
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
  // The version the fields' text is based on, which the save sends. The page's version changes
  // after this form's own save and when someone else saves and the page is refreshed (another
  // action on it). The fields take the new values only when that is safe: after their own save, or
  // with nothing typed; else the old version stays, and saving the typed text is refused as a
  // conflict instead of writing it over the other change (a review: it was written over).
  const [basedOn, setBasedOn] = useState(version);
  const ownSave = state.status === "success" && state.values?.savedVersion === String(version);
  // Adjusted while rendering, as React advises for state that follows a prop.
  if (version !== basedOn && (ownSave || !form.formState.isDirty)) setBasedOn(version);
  useEffect(() => {
    // The fields follow the page only once they are based on its version. keepDirtyValues: text
    // typed while this form's own save was on its way stays, and counts as unsaved.
    if (basedOn !== version) return;
    form.reset({ title, diaryNumber: diaryNumber ?? "", version }, { keepDirtyValues: true });
  }, [basedOn, version, title, diaryNumber, form]);
  // "Ändringarna är sparade." stands until the next change or refusal (a walk: it stood beside "Rätta följande").
  const saved = ownSave && basedOn === version && !form.formState.isDirty && errors.length === 0;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {saved ? state.message : ""}
      </p>
      {/* The version the fields' text is based on; a newer one in the database means someone else saved first. */}
      <input type="hidden" name="version" value={basedOn} />
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
