import type { ReactNode } from "react";
import type { QuestionInfo } from "../questions";
import { endSentence, inSentence } from "@/lib/format/sentence";
import { errorId, fieldId, helpId, takenId } from "./field-ids";
import { TakenNote, useTakenIn } from "./taken-note";

/** Help text, glossary terms and the report reference under a question. */
export function QuestionHelp({ path, question }: { path: string; question: QuestionInfo | undefined }) {
  if (!question) return null;
  return (
    <div className="mt-1 text-sm text-slate-700">
      {/* Only the help sentence describes the control: the source line and the glossary's
          "Vad betyder …?" would be read out before the error on every visit. */}
      <p id={helpId(path)}>{question.help}</p>
      <p className="mt-1 text-xs text-slate-600">Källa: SKR:s rapport, {question.chapter}</p>
      {(question.glossary ?? []).map((note) => (
        <details key={note.term} className="mt-1">
          <summary className="cursor-pointer text-brand-700 underline">Vad betyder {inSentence(note.term)}?</summary>
          <p className="mt-1 rounded bg-slate-50 p-2">{note.definition}</p>
        </details>
      ))}
    </div>
  );
}

export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(path)} className="mt-1 font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {endSentence(message)}
    </p>
  );
}

/** A labelled single input: label, help, error, then the control. */
export function FieldShell(props: {
  path: string;
  question: QuestionInfo | undefined;
  fallbackLabel: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="mt-6">
      <label htmlFor={fieldId(props.path)} className="block font-semibold">
        {props.question?.label ?? props.fallbackLabel}
      </label>
      <QuestionHelp path={props.path} question={props.question} />
      <TakenNote path={props.path} />
      <FieldError path={props.path} message={props.error} />
      <div className="mt-2">{props.children}</div>
    </div>
  );
}

/** Like FieldShell, for a group of radios or checkboxes (fieldset and legend). */
export function FieldsetShell(props: {
  path: string;
  question: QuestionInfo | undefined;
  fallbackLabel: string;
  error: string | undefined;
  children: ReactNode;
}) {
  const takenIn = useTakenIn(props.path);
  return (
    <fieldset className="mt-6" id={fieldId(props.path)} tabIndex={-1} aria-describedby={describedBy(props.path, Boolean(props.question), Boolean(props.error), takenIn)}>
      <legend className="font-semibold">{props.question?.label ?? props.fallbackLabel}</legend>
      <QuestionHelp path={props.path} question={props.question} />
      <TakenNote path={props.path} />
      <FieldError path={props.path} message={props.error} />
      <div className="mt-2 space-y-2">{props.children}</div>
    </fieldset>
  );
}

/** Ids of the error message, the note that the answer was taken in from elsewhere and the help
 * sentence, whichever are shown; the error first, so a screen reader says what is wrong before
 * the help it has heard before. */
export function describedBy(path: string, hasHelp: boolean, hasError: boolean, takenIn = false): string | undefined {
  const ids = [hasError ? errorId(path) : null, takenIn ? takenId(path) : null, hasHelp ? helpId(path) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export const inputClass =
  "w-full max-w-xl rounded border-2 border-slate-600 px-3 py-2 aria-[invalid=true]:border-red-800 focus:border-brand-700";
