"use client";

import { useEffect, useState } from "react";
import { characterCount } from "@/lib/format/count";

/** The id of a field's limit text; the field lists it in aria-describedby. */
export function characterCountId(fieldId: string): string {
  return `${fieldId}-grans`;
}

// A screen reader hears the count after typing pauses, not on every keystroke.
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A text field's limit ("Högst 20 000 tecken.") and what is left ("19 870 tecken kvar"),
 * shown under every limited text field. Near the limit the count is announced politely, once
 * typing pauses, and a text over the limit says by how much before the save refuses it.
 */
export function CharacterCount({ fieldId, value, max }: { fieldId: string; value: string; max: number }) {
  const count = characterCount(value.length, max);
  const [announced, setAnnounced] = useState("");
  const message = count.near ? count.remaining : "";
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <p id={characterCountId(fieldId)} className={`mt-1 text-sm ${count.over ? "font-semibold text-red-800" : "text-slate-700"}`} data-character-count>
        {count.limit} {value.length > 0 ? <span className={count.near ? "font-semibold" : undefined}>{count.remaining}.</span> : null}
      </p>
      <span className="sr-only" aria-live="polite">
        {announced}
      </span>
    </>
  );
}

/**
 * The same count for an uncontrolled input (a server form's field): it follows the input's own
 * events, so no form has to hold the text in state to show its limit.
 */
export function TrackedCharacterCount({ fieldId, max }: { fieldId: string; max: number }) {
  const [value, setValue] = useState("");
  useEffect(() => {
    const input = document.getElementById(fieldId);
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return;
    const update = () => setValue(input.value);
    // React empties a form after its action succeeds, by form.reset(): the "reset" event comes
    // before the fields are emptied, and no "input" event after, so read the value once it is done.
    const afterReset = () => setTimeout(update, 0);
    update();
    input.addEventListener("input", update);
    input.form?.addEventListener("reset", afterReset);
    return () => {
      input.removeEventListener("input", update);
      input.form?.removeEventListener("reset", afterReset);
    };
  }, [fieldId]);
  return <CharacterCount fieldId={fieldId} value={value} max={max} />;
}
