import type { ComponentPropsWithRef, HTMLInputAutoCompleteAttribute } from "react";
import { Field, INPUT_CLASS } from "./Field";

/**
 * A one-line text input in a `Field`: label, hint, error and aria attributes wired once, for the
 * forms that register it with react-hook-form (as SelectField does for a choice).
 */
export function InputField({
  id,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  registered,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  type?: "text" | "email" | "password";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  registered: ComponentPropsWithRef<"input">;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input id={id} type={type} autoComplete={autoComplete} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...registered} />
      )}
    </Field>
  );
}
