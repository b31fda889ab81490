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

/** Label, hint, error text and control, wired together for screen readers. */
export function Field({ id, label, hint, error, maxLength, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = maxLength ? characterCountId(id) : undefined;
  const describedBy = [hintId, errorId, countId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      <label id={`${id}-label`} htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Fel: </span>
          {error}
        </p>
      ) : null}
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
