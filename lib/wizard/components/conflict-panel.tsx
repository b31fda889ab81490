"use client";

import { formatAnswerValue } from "../format-answer";
import type { AnswerConflict } from "../merge";
import { CONFLICTS_ID, fieldId } from "./field-ids";
import { useLiveEvaluation } from "./live-evaluation";
import { saverName, takenWhen } from "./taken-note";

function Version({ lines, who }: { lines: string[]; who: "min" | "annan" }) {
  return (
    <div className="mt-1 rounded bg-slate-50 p-2" data-konflikt={who}>
      {lines.length > 1 ? (
        <ul className="list-disc space-y-1 pl-5">
          {lines.map((line, index) => (
            <li key={index} className="whitespace-pre-wrap">
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <p className="whitespace-pre-wrap">{lines[0]}</p>
      )}
    </div>
  );
}

/** Both versions of every answer two people changed at once; nothing is saved over the other's text until someone chooses. */
export function ConflictPanel({ conflicts, labelFor, onResolve }: { conflicts: AnswerConflict[]; labelFor: (path: string) => string; onResolve: (path: string, choice: "mine" | "theirs") => void }) {
  const { doc } = useLiveEvaluation();
  if (conflicts.length === 0) return null;
  // The chosen answer's buttons leave with its part of the panel: the focus goes to the answer's
  // field, where the chosen version now stands, instead of falling to the page's start (a walk).
  const resolve = (path: string, choice: "mine" | "theirs") => {
    onResolve(path, choice);
    requestAnimationFrame(() => {
      const field = document.getElementById(fieldId(path));
      const control = field?.matches("input, textarea, select") ? field : (field?.querySelector<HTMLElement>("input, textarea, select") ?? field);
      control?.focus();
    });
  };
  // Every other version saved by this person: from another page or window, not by a colleague.
  const ownOnly = conflicts.every((conflict) => conflict.changedBy?.self);
  return (
    // Not an alert: the versions inside follow the editor's typing, and an alert is read out again
    // on every change (a screen-reader walk heard the panel eight times in one sentence). The save
    // line says the conflict politely and leads here (CONFLICTS_ID).
    <section id={CONFLICTS_ID} tabIndex={-1} aria-labelledby="konflikt-rubrik" className="mt-4 scroll-mt-24 rounded border-4 border-red-800 bg-white p-4">
      <h2 id="konflikt-rubrik" className="text-xl font-semibold">
        {ownOnly ? "Du har ändrat samma svar på en annan sida" : "Någon annan har ändrat samma svar"}
      </h2>
      <p className="mt-1">
        {ownOnly ? "Svaret sparades från en annan sida eller ett annat fönster medan den här sidan var öppen. " : ""}Ingen text har skrivits över. Välj vilken version som ska gälla för varje svar.
      </p>
      {conflicts.map((conflict) => (
        <div key={conflict.path} className="mt-4 border-t border-slate-300 pt-4">
          <h3 className="font-semibold">
            <a href={`#${fieldId(conflict.path)}`} className="text-brand-700 underline">
              {labelFor(conflict.path)}
            </a>
          </h3>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            <div>
              <h4 className="font-medium">Din version</h4>
              <Version who="min" lines={formatAnswerValue(doc, conflict.path, conflict.mine)} />
              <button type="button" className="mt-2 rounded bg-brand-700 px-3 py-2 text-white" onClick={() => resolve(conflict.path, "mine")}>
                Behåll min version<span className="sr-only"> av {labelFor(conflict.path)}</span>
              </button>
            </div>
            <div>
              <h4 className="font-medium">
                {conflict.changedBy ? (
                  <>
                    Sparad av {conflict.changedBy.self ? "dig på en annan sida" : saverName(conflict.changedBy)}, <time dateTime={conflict.changedBy.at} className="whitespace-nowrap">{takenWhen(conflict.changedBy.at)}</time>
                  </>
                ) : (
                  "Den andra versionen"
                )}
              </h4>
              <Version who="annan" lines={formatAnswerValue(doc, conflict.path, conflict.theirs)} />
              <button type="button" className="mt-2 rounded border-2 border-brand-700 px-3 py-2 text-brand-700" onClick={() => resolve(conflict.path, "theirs")}>
                Använd den andra versionen<span className="sr-only"> av {labelFor(conflict.path)}</span>
              </button>
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}
