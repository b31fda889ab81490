"use client";

import { DateTime } from "@/components/DateTime";
import type { DisplacedAnswer } from "../drafts";
import { formatAnswerValue } from "../format-answer";
import { fieldId } from "./field-ids";
import { useLiveEvaluation } from "./live-evaluation";

/**
 * Answers other closed tabs held, unsaved, to a question whose field now shows another tab's: only
 * one can stand in the field, and a walk saw the others go without a word. Shown for the person to
 * copy what they need; they are not saved.
 */
export function DisplacedAnswers({ answers, labelFor, onDismiss }: { answers: DisplacedAnswer[]; labelFor: (path: string) => string; onDismiss: () => void }) {
  const { doc } = useLiveEvaluation();
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="andra-flikar-rubrik" className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
      <h2 id="andra-flikar-rubrik" className="font-semibold">
        {answers.length === 1 ? "Ett osparat svar från en annan flik har inte lagts tillbaka" : "Osparade svar från andra flikar har inte lagts tillbaka"}
      </h2>
      <p className="mt-1">
        Flikar som stängdes hade olika osparade svar på samma fråga, och en fråga kan bara visa ett av dem. {answers.length === 1 ? "Det andra svaret står här" : "De andra svaren står här"} och sparas inte. Kopiera det du vill behålla till frågan; svaren finns kvar här i den här webbläsaren tills du slänger dem.
      </p>
      <ul className="mt-2 space-y-2">
        {answers.map((answer, index) => (
          <li key={`${answer.path}-${index}`}>
            <a href={`#${fieldId(answer.path)}`} className="font-medium text-brand-700 underline">
              {labelFor(answer.path)}
            </a>
            {answer.at ? (
              <span className="text-sm">
                {" "}
                (skrivet <DateTime value={new Date(answer.at)} />)
              </span>
            ) : null}
            <div className="mt-1 rounded bg-white p-2">
              {formatAnswerValue(doc, answer.path, answer.value).map((line, at) => (
                <p key={at} className="whitespace-pre-wrap">
                  {line}
                </p>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} className="mt-3 rounded border-2 border-slate-500 px-3 py-1 font-semibold text-slate-800 hover:bg-slate-100">
        Släng {answers.length === 1 ? "svaret" : "svaren"}
      </button>
    </section>
  );
}
