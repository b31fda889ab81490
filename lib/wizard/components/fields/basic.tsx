"use client";

import { useState } from "react";
import { Controller, get, useFormContext, useWatch } from "react-hook-form";
import { CharacterCount, characterCountId } from "@/components/forms/CharacterCount";
import type { Case } from "@/lib/case";
import { MAX_TEXT, textLimit } from "@/lib/case/limits";
import type { QuestionInfo } from "../../questions";
import { UNKNOWN_ANSWER_LABEL } from "../../field-labels";
import { fieldId } from "../field-ids";
import { FieldShell, FieldsetShell, describedBy, inputClass } from "../field-shell";
import { useTakenIn } from "../taken-note";

type Options = Readonly<Record<string, string>>;

interface FieldProps {
  path: string;
  question: QuestionInfo | undefined;
  disabled: boolean;
}

export function useFieldError(path: string): string | undefined {
  const { formState } = useFormContext<Case>();
  return (get(formState.errors, path) as { message?: string } | undefined)?.message;
}

/**
 * Accepts Swedish input: "1 250 000", "12,5". Empty means no answer. Anything else stays the text
 * as typed ("fjorton"), which the schema rejects as not a number: held back as it was written, in
 * the form and in this browser's draft. (It was NaN, which a draft stores as null, "no answer": a
 * walk's saved "14" was lost once the step was opened again and the list saved.)
 */
export function parseSwedishNumber(raw: unknown): number | string | undefined {
  if (typeof raw === "number") return Number.isNaN(raw) ? undefined : raw;
  if (typeof raw !== "string") return undefined;
  const cleaned = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/kr$/i, "").replace(",", ".").replace("\u2212", "-");
  if (cleaned === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : raw.trim();
}

/** A number as a Swedish reader types it, "69,57" and not "69.57" (parseSwedishNumber reads both); text that is not a number yet, as typed. */
export function typedNumber(value: unknown): string {
  return value === undefined || value === null || Number.isNaN(value) ? "" : typeof value === "number" ? String(value).replace(".", ",") : String(value);
}

/**
 * The answer as the page was rendered, for a registered input's defaultValue: react-hook-form
 * writes a registered input's value only once its script runs, so without it the server's HTML
 * read as blank (without JavaScript, and for everyone until the script loads). Kept from the first
 * render, so typing never changes the attribute.
 */
export function useRenderedAnswer(path: string): unknown {
  const { getValues } = useFormContext<Case>();
  const [rendered] = useState(() => getValues(path as never) as unknown);
  return rendered;
}

/** `date`: a date written ÅÅÅÅ-MM-DD (the question's hint says so), with no character count: "Högst 20 000 tecken" under a date read as nonsense. */
export function TextField({ path, question, disabled, multiline, date }: FieldProps & { multiline?: boolean; date?: boolean }) {
  const { register, control } = useFormContext<Case>();
  const rendered = useRenderedAnswer(path);
  const value = useWatch({ control, name: path as never }) as unknown;
  const error = useFieldError(path);
  const takenIn = useTakenIn(path);
  const common = {
    id: fieldId(path),
    disabled,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [describedBy(path, Boolean(question), Boolean(error), takenIn), date ? null : characterCountId(fieldId(path))].filter(Boolean).join(" "),
    className: inputClass,
    defaultValue: typeof rendered === "string" ? rendered : undefined,
    ...register(path as never),
  };
  return (
    <FieldShell path={path} question={question} fallbackLabel={UNKNOWN_ANSWER_LABEL} error={error}>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} {...(date ? { autoComplete: "off", className: `${inputClass} max-w-xs` } : {})} />}
      {date ? null : <CharacterCount fieldId={fieldId(path)} value={typeof value === "string" ? value : ""} max={textLimit(path)} />}
    </FieldShell>
  );
}

const UNITS = { amount: "kr", months: "månader", percent: "%" } as const;

export function NumberField({ path, question, disabled, unit }: FieldProps & { unit: keyof typeof UNITS }) {
  const { register } = useFormContext<Case>();
  const error = useFieldError(path);
  const rendered = useRenderedAnswer(path);
  const takenIn = useTakenIn(path);
  return (
    <FieldShell path={path} question={question} fallbackLabel={UNKNOWN_ANSWER_LABEL} error={error}>
      <span className="flex items-center gap-2">
        <input
          type="text"
          inputMode="decimal"
          id={fieldId(path)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(path, Boolean(question), Boolean(error), takenIn)}
          className={`${inputClass} max-w-xs`}
          defaultValue={typeof rendered === "number" ? typedNumber(rendered) : undefined}
          {...register(path as never, { setValueAs: parseSwedishNumber })}
        />
        <span aria-hidden="true">{UNITS[unit]}</span>
        <span className="sr-only">{unit === "amount" ? "kronor" : UNITS[unit]}</span>
      </span>
    </FieldShell>
  );
}

// "No answer" is null, not undefined: react-hook-form shows a Controller's default value again
// when its value becomes undefined. normalizeAnswers turns null back into "unanswered".
type RadioValue = string | boolean | null;

/** One Tab stop with a radio per option; yes/no questions and single choices both use it. */
function RadioGroupField({ path, question, disabled, options, clearable }: FieldProps & { options: { label: string; value: RadioValue }[]; clearable: boolean }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  return (
    <FieldsetShell path={path} question={question} fallbackLabel={UNKNOWN_ANSWER_LABEL} error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => (
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {options.map((option) => (
              <label key={option.label} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={field.name}
                  disabled={disabled}
                  className="h-5 w-5"
                  checked={((field.value as unknown) ?? null) === option.value}
                  onChange={() => field.onChange(option.value)}
                  onBlur={field.onBlur}
                />
                <span className="first-letter:uppercase">{option.label}</span>
              </label>
            ))}
            {clearable && field.value != null ? (
              <button
                type="button"
                disabled={disabled}
                className="text-sm text-brand-700 underline"
                onClick={(event) => {
                  // The button goes with the answer: the focus goes to the group's first choice, now
                  // unchosen, not to the page's start (a keyboard walk).
                  const first = event.currentTarget.closest("fieldset")?.querySelector<HTMLInputElement>('input[type="radio"]');
                  field.onChange(null);
                  requestAnimationFrame(() => first?.focus());
                }}
              >
                Rensa svaret
              </button>
            ) : null}
          </div>
        )}
      />
    </FieldsetShell>
  );
}

const YES_NO = [
  { label: "Ja", value: true },
  { label: "Nej", value: false },
  { label: "Vet inte än", value: null },
];

export function YesNoField(props: FieldProps) {
  return <RadioGroupField {...props} options={YES_NO} clearable={false} />;
}

export function ChoiceField({ options, ...props }: FieldProps & { options: Options }) {
  return <RadioGroupField {...props} options={Object.entries(options).map(([value, label]) => ({ label, value }))} clearable />;
}

export function MultiChoiceField({ path, question, disabled, options }: FieldProps & { options: Options }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  return (
    <FieldsetShell path={path} question={question} fallbackLabel={UNKNOWN_ANSWER_LABEL} error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => {
          const selected = (Array.isArray(field.value) ? field.value : []) as string[];
          return (
            <>
              {Object.entries(options).map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    value={value}
                    disabled={disabled}
                    className="h-5 w-5"
                    checked={selected.includes(value)}
                    onChange={(event) =>
                      field.onChange(event.target.checked ? [...selected, value] : selected.filter((item) => item !== value))
                    }
                    onBlur={field.onBlur}
                  />
                  <span className="first-letter:uppercase">{label}</span>
                </label>
              ))}
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}

/** After an item is removed its button is gone; focus moves to the list's "add" button instead of the page body. */
export function focusAfterRemoval(path: string) {
  requestAnimationFrame(() => document.getElementById(`${fieldId(path)}-lagg-till`)?.focus());
}

/**
 * After "Lägg till" the new item's first input gets focus, so a keyboard user types into it
 * rather than into whatever follows the button (WCAG 2.4.3). It is focused once React has
 * rendered it, on the next frame.
 */
export function focusAddedItem(inputId: string) {
  requestAnimationFrame(() => document.getElementById(inputId)?.focus());
}

/** A list of short texts, e.g. expected benefits. */
export function TextListField({ path, question, disabled }: FieldProps) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  return (
    <FieldsetShell path={path} question={question} fallbackLabel={UNKNOWN_ANSWER_LABEL} error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => {
          const items = (Array.isArray(field.value) ? field.value : []) as string[];
          return (
            <>
              {items.length === 0 ? <p className="text-slate-700">Inga ännu.</p> : null}
              <ol className="space-y-2">
                {items.map((item, index) => (
                  <li key={index} className="flex flex-wrap items-center gap-2">
                    <label className="sr-only" htmlFor={`${fieldId(path)}-${index}`}>
                      Punkt {index + 1}
                    </label>
                    <span className="w-full max-w-xl">
                      <input
                        id={`${fieldId(path)}-${index}`}
                        type="text"
                        disabled={disabled}
                        className={inputClass}
                        aria-describedby={characterCountId(`${fieldId(path)}-${index}`)}
                        value={item}
                        onChange={(event) => field.onChange(items.map((old, i) => (i === index ? event.target.value : old)))}
                        onBlur={field.onBlur}
                      />
                      <CharacterCount fieldId={`${fieldId(path)}-${index}`} value={item ?? ""} max={MAX_TEXT} />
                    </span>
                    <button
                      type="button"
                      disabled={disabled}
                      className="rounded border border-slate-600 px-3 py-1"
                      onClick={() => {
                        field.onChange(items.filter((_, i) => i !== index));
                        focusAfterRemoval(path);
                      }}
                    >
                      Ta bort<span className="sr-only"> punkt {index + 1}</span>
                    </button>
                  </li>
                ))}
              </ol>
              <button type="button" id={`${fieldId(path)}-lagg-till`} disabled={disabled} className="rounded border border-brand-700 px-3 py-1 text-brand-700" onClick={() => {
                  field.onChange([...items, ""]);
                  focusAddedItem(`${fieldId(path)}-${items.length}`);
                }}>
                Lägg till en punkt
              </button>
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}
