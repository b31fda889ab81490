"use client";

import { useActionState, useEffect, useId } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { type ActionState, IDLE } from "@/lib/forms/action-state";

export type ReviewFormField =
  | { kind: "textarea"; name: string; label: string; hint?: string; rows?: number; maxLength: number }
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[] }
  | { kind: "radios"; name: string; label: string; hint?: string; options: { value: string; label: string }[] };

interface Props {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  fields: ReviewFormField[];
  submitLabel: string;
  /** An accessible name for the form, e.g. which finding it decides on. */
  label: string;
  secondary?: boolean;
  /** Says why nothing is left to submit, in place of the fields and the button; the form stays mounted, so the message of its last submit stays too. */
  closed?: string;
  /** What the fields start with, e.g. the decision being changed. */
  initial?: Record<string, string>;
  /** Called once per successful submit with the server's message, for a form that closes then. */
  onDone?: (message: string) => void;
}

/**
 * One small form of the review (comment, reply, decision, outcome). Validation is the
 * server's: its field errors are shown beside each field and in the summary. React resets
 * the form after each submit; a refused one refills from the echoed values.
 */
export function ReviewForm({ action, hidden, fields, submitLabel, label, secondary, closed, initial, onDone }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === "success") onDone?.(state.message ?? "");
    // Only a new outcome counts: onDone is a new function on every render of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const fieldId = (name: string) => `${base}-${name}`;
  const errors = state.status === "error" ? (state.fieldErrors ?? []) : [];
  const errorFor = (name: string) => errors.find((e) => e.path === name)?.message;
  const values = state.status === "error" ? (state.values ?? {}) : (initial ?? {});
  return (
    <form action={formAction} aria-label={label} className="mt-3" noValidate>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={errors.filter((e) => fields.some((f) => f.name === e.path))} fieldId={fieldId} attempt={state} /> : null}
      {state.status === "success" ? (
        <p role="status" className="mb-2 font-semibold text-green-800">
          {state.message}
        </p>
      ) : null}
      {closed ? (
        <p className="font-semibold">{closed}</p>
      ) : (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div>
            {fields.map((field) =>
              field.kind === "radios" ? (
                <fieldset key={field.name} id={fieldId(field.name)} className="mb-5" aria-describedby={errorFor(field.name) ? `${fieldId(field.name)}-error` : undefined}>
                  <legend className="font-semibold">{field.label}</legend>
                  {errorFor(field.name) ? (
                    <p id={`${fieldId(field.name)}-error`} className="mt-1 font-semibold text-red-800">
                      <span className="sr-only">Fel: </span>
                      {errorFor(field.name)}
                    </p>
                  ) : null}
                  <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
                    {field.options.map((o) => (
                      <label key={o.value} className="flex items-center gap-2">
                        <input type="radio" name={field.name} value={o.value} defaultChecked={values[field.name] === o.value} className="h-5 w-5" />
                        {o.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : (
                <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorFor(field.name)} maxLength={field.kind === "textarea" ? field.maxLength : undefined}>
                  {(describedBy) =>
                    field.kind === "textarea" ? (
                      <textarea
                        id={fieldId(field.name)}
                        name={field.name}
                        rows={field.rows ?? 3}
                        defaultValue={values[field.name] ?? ""}
                        className={`${INPUT_CLASS} max-w-2xl`}
                        aria-describedby={describedBy}
                        aria-invalid={errorFor(field.name) ? true : undefined}
                      />
                    ) : (
                      <select id={fieldId(field.name)} name={field.name} defaultValue={values[field.name] ?? field.options[0]?.value} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor(field.name) ? true : undefined}>
                        {field.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )
                  }
                </Field>
              ),
            )}
          </div>
          <button type="submit" disabled={pending} className={secondary ? "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-100 disabled:opacity-70" : BUTTON_CLASS}>
            {pending ? "Sparar …" : submitLabel}
          </button>
        </>
      )}
    </form>
  );
}
