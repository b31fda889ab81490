"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import { createCaseAction } from "../actions";
import { type CreateCaseInput, createCaseSchema } from "../schemas";

const fieldId = (path: string) => `nytt-arende-${path}`;

export function CreateCaseForm() {
  const { form, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<CreateCaseInput>(
    createCaseSchema,
    createCaseAction,
    { title: "", diaryNumber: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <Field id={fieldId("title")} label="Titel" hint="Vad samverkan gäller, till exempel Gemensam familjerätt." error={errorFor("title")}>
        {(describedBy) => (
          <input id={fieldId("title")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("title") ? true : undefined} {...form.register("title")} />
        )}
      </Field>
      <Field id={fieldId("diaryNumber")} label="Diarienummer (frivilligt)" hint="Ert eget diarienummer, om ärendet redan är registrerat." error={errorFor("diaryNumber")}>
        {(describedBy) => (
          <input id={fieldId("diaryNumber")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("diaryNumber") ? true : undefined} {...form.register("diaryNumber")} />
        )}
      </Field>
      <button type="submit" className={BUTTON_CLASS} disabled={pending}>
        {pending ? "Skapar …" : "Skapa ärende"}
      </button>
    </form>
  );
}
