import type { FieldErrors } from "react-hook-form";
import { fieldId } from "./field-ids";

interface FlatError {
  path: string;
  message: string;
}

/** RHF keeps errors as a tree shaped like the values; the summary needs a flat list. */
export function flattenErrors(errors: FieldErrors | object, prefix = ""): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) out.push({ path, message });
    else out.push(...flattenErrors(value as object, path));
  }
  return out;
}

/** The list of errors at the top of the form, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ errors, labelFor }: { errors: FlatError[]; labelFor: (path: string) => string }) {
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="felsammanfattning" className="mt-4 rounded border-4 border-red-800 p-4">
      <h2 id="felsammanfattning" className="text-xl font-semibold">
        Det finns {errors.length === 1 ? "ett fel" : `${errors.length} fel`} att rätta
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((error) => (
          <li key={error.path}>
            <a href={`#${fieldId(error.path)}`} className="text-red-900 underline">
              {labelFor(error.path)}: {error.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
