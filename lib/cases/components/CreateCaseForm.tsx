"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import { createCaseAction } from "../actions";
import { type CreateCaseInput, createCaseSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `nytt-arende-${path}`;

/** With more than one organisation to choose from, the owner is asked for (radio buttons). */
export function CreateCaseForm({ organizations = [] }: { organizations?: Array<{ id: string; name: string }> }) {
  const { register, registerOption, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<CreateCaseInput>(
    createCaseSchema,
    createCaseAction,
    { title: "", diaryNumber: "", organizationId: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-6">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <Field id={fieldId("title")} label="Titel" hint="Vad samverkan gäller, till exempel Gemensam familjerätt." error={errorFor("title")}>
        {(describedBy) => (
          <input id={fieldId("title")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("title") ? true : undefined} {...register("title")} />
        )}
      </Field>
      <Field id={fieldId("diaryNumber")} label="Diarienummer (frivilligt)" hint="Ert eget diarienummer, om ärendet redan är registrerat." error={errorFor("diaryNumber")}>
        {(describedBy) => (
          <input id={fieldId("diaryNumber")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("diaryNumber") ? true : undefined} {...register("diaryNumber")} />
        )}
      </Field>
      {organizations.length > 1 ? (
        <fieldset className="mb-5" aria-describedby={errorFor("organizationId") ? `${fieldId("organizationId")}-error` : `${fieldId("organizationId")}-hint`}>
          <legend className="font-semibold">Vilken organisation tillhör ärendet?</legend>
          <p id={`${fieldId("organizationId")}-hint`} className="text-sm text-slate-700">
            Ärendet ägs av den organisationen. Dess jurister kan granska det, och dess administratörer ser det.
          </p>
          {errorFor("organizationId") ? (
            <p id={`${fieldId("organizationId")}-error`} className="mt-1 font-semibold text-red-800">
              <span className="sr-only">Fel: </span>
              {errorFor("organizationId")}
            </p>
          ) : null}
          <div className="mt-2 space-y-2">
            {organizations.map((org, index) => (
              <label key={org.id} className="flex items-center gap-3">
                <input
                  type="radio"
                  id={index === 0 ? fieldId("organizationId") : undefined}
                  className="h-5 w-5"
                  {...registerOption("organizationId", org.id)}
                />
                {org.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Skapar …" : "Skapa ärende"}
      </SubmitButton>
    </form>
  );
}
