"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { FieldError } from "@/lib/errors/app-error";
import { VALIDATION_SUMMARY } from "@/lib/forms/validation-summary";
import { focusFieldFromLink } from "./focus-field";

interface Props {
  /** The form-level message (server outcome), if any. */
  message?: string;
  errors: FieldError[];
  /** Maps an error path to the id of its input, so each error links to its field. */
  fieldId: (path: string) => string;
  /** A value that changes once per submit or server answer (see useServerForm). */
  attempt: unknown;
  /** For a page with more than one form: each summary's heading needs an id of its own. */
  idPrefix?: string;
}

const noSubscription = () => () => {};

// GOV.UK-style error summary: announced, focused after a failed submit, and each error is
// a link that moves focus to its field (WCAG 3.3.1, 3.3.3).
export function ErrorSummary({ message, errors, fieldId, attempt, idPrefix = "felsammanfattning" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || errors.length > 0;
  // A refusal about one field carries the same text as the field's error: say it once. The
  // generic "Formuläret innehåller fel …" says nothing the heading and the list do not (a walk).
  const lead = message && !errors.some((error) => error.message === message) && !(errors.length > 0 && message === VALIDATION_SUMMARY) ? message : undefined;

  // Only a new submit or server answer moves focus; errors that come and go while the user
  // types must not pull focus away from the field. The ref is set only while it is shown.
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  // role="alert" announces the summary when it appears; focus then lands on it as well. Without
  // JavaScript a refused form comes back as a new page, at its top, the summary perhaps screens
  // below: autoFocus in the server's HTML has the browser focus it, and scroll to it, as the page
  // loads (the walk). Only there: rendered in the browser it would pull the focus from a field.
  const inServerHtml = useSyncExternalStore(noSubscription, () => false, () => true);
  return (
    <div>
      {visible ? (
        <div ref={ref} tabIndex={-1} role="alert" autoFocus={inServerHtml} aria-labelledby={`${idPrefix}-rubrik`} className="mb-6 rounded border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-600">
          <h2 id={`${idPrefix}-rubrik`} className="text-lg font-semibold text-red-800">
            {errors.length > 0 ? "Rätta följande" : "Det gick inte"}
          </h2>
          {lead ? <p className="mt-2">{lead}</p> : null}
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {errors.map((error) => (
                <li key={error.path}>
                  <a href={`#${fieldId(error.path)}`} className="text-red-800 underline" onClick={(event) => focusFieldFromLink(event, fieldId(error.path))}>
                    {error.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
