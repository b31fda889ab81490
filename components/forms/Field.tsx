import type { ReactNode } from "react";
import { TrackedCharacterCount, characterCountId } from "./CharacterCount";

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A text field's limit in characters: shown under the control with a live count of what is left. */
  maxLength?: number;
  /** Renders the control; receives the ids it must reference in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * The ids a control's aria-describedby names: its error's and its hint's (HintAndError), and any
 * more. The error first, so a screen reader says what is wrong before the hint heard before.
 */
export function describedByOf(id: string, hint?: string, error?: string, ...more: (string | undefined)[]): string | undefined {
  return [error ? `${id}-error` : "", hint ? `${id}-hint` : "", ...more].filter(Boolean).join(" ") || undefined;
}

/** A control's hint and error, with the ids describedByOf names; the error read out as one. */
export function HintAndError({ id, hint, error, hintClass = "text-sm text-slate-700" }: { id: string; hint?: string | undefined; error?: string | undefined; hintClass?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Fel: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label, hint, error text and control, wired together for screen readers. */
export function Field({ id, label, hint, error, maxLength, children }: Props) {
  const describedBy = describedByOf(id, hint, error, maxLength ? characterCountId(id) : undefined);
  return (
    <div className="mb-5">
      <label id={`${id}-label`} htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-1">{children(describedBy)}</div>
      {maxLength ? <TrackedCharacterCount fieldId={id} max={maxLength} /> : null}
    </div>
  );
}

const INPUT_BASE = "w-full rounded border-2 border-slate-700 px-3 py-2 aria-[invalid=true]:border-red-700";
export const INPUT_CLASS = `${INPUT_BASE} max-w-md`;
/**
 * For long text: a second max-w class after INPUT_CLASS does not widen a field, since the
 * stylesheet, not the class attribute, decides which of the two wins (max-w-md did).
 */
export const WIDE_INPUT_CLASS = `${INPUT_BASE} max-w-3xl`;

export const BUTTON_CLASS =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 aria-disabled:cursor-wait aria-disabled:opacity-70";
