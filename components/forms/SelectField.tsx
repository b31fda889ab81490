import type { ComponentPropsWithRef } from "react";
import { Field, INPUT_CLASS } from "./Field";

/**
 * A choice among labelled values ({ value: label }, in the record's order) in a `Field`: label,
 * hint, error and aria attributes wired once, for the forms that register it with react-hook-form.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  registered,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  /** { value: label } in the record's order, or [value, label] pairs (a record puts number-like keys such as "3" first). */
  options: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
  registered: ComponentPropsWithRef<"select">;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...registered}>
          {(Array.isArray(options) ? options : Object.entries(options)).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
