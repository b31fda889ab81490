"use client";

import { TakenNote, useTakenIn } from "../taken-note";
import { useDeferredValue, useEffect, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { CharacterCount, characterCountId } from "@/components/forms/CharacterCount";
import { TextDifference } from "@/components/TextDifference";
import { sameWords } from "@/lib/format/text-difference";
import type { Case, ClauseId } from "@/lib/case";
import { MAX_TEXT } from "@/lib/case/limits";
import { CLAUSE_CATALOGUE } from "@/lib/rules/clauses";
import { describeLegalGrounds } from "@/lib/reference/legal";
import { describeReportSection } from "@/lib/reference/report";
import { inSentence, joinSentences } from "@/lib/format/sentence";
import { NOUNS, formatCount } from "@/lib/format/count";
import { draftClause } from "../../agreement-draft";
import { errorId, fieldId, takenId } from "../field-ids";
import { FieldError, inputClass } from "../field-shell";
import { useLiveEvaluation } from "../live-evaluation";
import { FindingsBeside, useFindingsBeside } from "../field-findings";
import { useFieldError, useRenderedAnswer } from "./basic";

function ClauseEditor({ path, clauseId, title, covers, requirement, disabled }: { path: string; clauseId: ClauseId; title: string; covers: string; requirement: string | null; disabled: boolean }) {
  const { register, setValue } = useFormContext<Case>();
  const { doc } = useLiveEvaluation();
  const error = useFieldError(path);
  const id = fieldId(path);
  const draft = draftClause(doc, clauseId);
  const current = String(useWatch({ name: path as never }) ?? "");
  const rendered = useRenderedAnswer(path);
  // The editor's own wording is never replaced without a confirmation, and a replacement can be undone.
  const [confirming, setConfirming] = useState(false);
  const [replaced, setReplaced] = useState<string | null>(null);
  // What the last button did, said in the status below; a keyboard walk heard nothing after "Ångra"
  // and after "Fyll i förslag".
  const [done, setDone] = useState<{ what: "filled" | "restored"; text: string } | null>(null);
  // Said while the text is what the button put there; typed over, it no longer is.
  const doneNow = done && done.text === current ? done.what : null;
  // Each button here goes away with its click: the focus is put where the person's work goes on,
  // not left to fall to the page's start (a keyboard walk, WCAG 2.4.3).
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const offerButton = useRef<HTMLButtonElement | null>(null);
  const confirmButton = useRef<HTMLButtonElement | null>(null);
  const focusNext = useRef<"textarea" | "offer" | "confirm" | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    ({ textarea, offer: offerButton, confirm: confirmButton })[target].current?.focus();
  });
  const [comparing, setComparing] = useState(false);
  // The comparison follows the typing a moment behind, so a keystroke in a long clause never waits for it.
  const compared = useDeferredValue(current);
  const empty = !current.trim();
  // The figures finding says the text disagrees with the answers: "inget fel" would contradict it (a walk).
  const figuresDisagree = useFindingsBeside(path).some((f) => f.code === "AGREEMENT_CLAUSE_FIGURES_NOT_IN_ANSWERS");
  // A required clause left empty reads as this draft in the agreement; show it, without storing it.
  const showDraft = empty && requirement !== null && Boolean(draft.trim());
  const put = (value: string) => setValue(path as never, value as never, { shouldDirty: true });
  const offerDraft = () => {
    if (empty) {
      put(draft);
      setDone({ what: "filled", text: draft });
      focusNext.current = "textarea";
      return;
    }
    setDone(null);
    setConfirming(true);
    focusNext.current = "confirm";
  };
  const confirmReplace = () => {
    setReplaced(current);
    setConfirming(false);
    put(draft);
    focusNext.current = "textarea";
  };
  const keepOwn = () => {
    setConfirming(false);
    focusNext.current = "offer";
  };
  const undo = () => {
    if (replaced === null) return;
    put(replaced);
    setReplaced(null);
    setDone({ what: "restored", text: replaced });
    focusNext.current = "textarea";
  };
  const registered = register(path as never);
  const takenIn = useTakenIn(path);
  return (
    <section aria-labelledby={`${id}-rubrik`} className="mt-6 rounded border border-slate-300 p-4">
      <h3 id={`${id}-rubrik`} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm">{covers}</p>
      <p className="mt-1 text-sm font-medium">{requirement ?? "Valfri för det här ärendet."}</p>
      <label htmlFor={id} className="mt-3 block font-medium">
        Avtalstext: {inSentence(title)}
      </label>
      <TakenNote path={path} />
      <FieldError path={path} message={error} />
      <textarea id={id} rows={6} disabled={disabled} aria-invalid={error ? true : undefined} aria-describedby={[error ? errorId(path) : null, takenIn ? takenId(path) : null, characterCountId(id), showDraft ? `${id}-forslag` : null].filter(Boolean).join(" ")} className={inputClass} defaultValue={typeof rendered === "string" ? rendered : undefined} {...registered} ref={(element) => {
          registered.ref(element);
          textarea.current = element;
        }} />
      <CharacterCount fieldId={id} value={current} max={MAX_TEXT} />
      {showDraft ? (
        <div id={`${id}-forslag`} className="mt-2 rounded border-l-4 border-slate-500 bg-slate-50 p-3">
          <p className="text-sm font-medium">Förslag från svaren. Avtalet använder förslaget så länge fältet är tomt, men klausulen räknas som saknad tills ni fyller i förslaget eller en egen text.</p>
          <p className="mt-1 whitespace-pre-line">{draft}</p>
        </div>
      ) : null}
      {!disabled ? (
        <div className="mt-2">
          {confirming ? (
            <div
              role="group"
              aria-labelledby={`${id}-bekrafta`}
              className="rounded border-l-4 border-amber-600 bg-amber-50 p-3"
              onKeyDown={(event) => {
                if (event.key === "Escape") {
                  event.preventDefault();
                  keepOwn();
                }
              }}
            >
              <p id={`${id}-bekrafta`}>Vill du ersätta din egen text med förslaget från svaren? Du kan ångra efteråt.</p>
              <button ref={confirmButton} type="button" aria-describedby={`${id}-bekrafta`} className="mt-2 mr-2 rounded border border-brand-700 bg-brand-700 px-3 py-1 text-white" onClick={confirmReplace}>
                Ja, ersätt texten
              </button>
              <button type="button" className="mt-2 rounded border border-brand-700 px-3 py-1 text-brand-700" onClick={keepOwn}>
                Behåll min text
              </button>
            </div>
          ) : sameWords(current, draft) ? (
            <p className="text-sm">Texten är förslaget från svaren.</p>
          ) : (
            <>
              {/* Said, not only offered: a clause filled from an older suggestion reads as settled (a walk). */}
              {empty || !draft.trim() ? null : figuresDisagree ? (
                <p className="mb-2 text-sm">Texten är inte förslaget från dagens svar, och dess siffror stämmer inte med svaren: se iakttagelsen nedan.</p>
              ) : (
                // What it means is said once, above the clauses: twelve times over, a walk could not tell which clause needed anything.
                <p className="mb-2 text-sm">Texten är inte förslaget från dagens svar.</p>
              )}
              {empty || !draft.trim() ? null : (
                // Worked out only while open (it follows every keystroke, and a clause may be long);
                // kept open while the text becomes the suggestion and is edited again.
                <details className="mb-2" open={comparing} onToggle={(event) => setComparing(event.currentTarget.open)}>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">Visa skillnaden mot förslaget</summary>
                  {comparing ? (
                    <div className="mt-1 rounded border-l-4 border-slate-500 bg-slate-50 p-3">
                      <TextDifference suggestion={draft.trim()} text={compared.trim()} />
                    </div>
                  ) : null}
                </details>
              )}
              <button ref={offerButton} type="button" className="rounded border border-brand-700 px-3 py-1 text-brand-700" onClick={offerDraft}>
                {empty ? "Fyll i förslag från svaren" : "Ersätt med nytt förslag från svaren"}
              </button>
            </>
          )}
          <p role="status" className="mt-2 text-sm">
            {replaced !== null ? (
              <>
                Din text ersattes med förslaget.{" "}
                <button type="button" className="text-brand-700 underline" onClick={undo}>
                  Ångra och återställ din text
                </button>
              </>
            ) : doneNow === "restored" ? (
              "Din text är återställd."
            ) : doneNow === "filled" ? (
              "Förslaget från svaren är ifyllt. Ändra texten om det behövs."
            ) : null}
          </p>
        </div>
      ) : null}
      <FindingsBeside path={path} fieldLabel={`Avtalstext: ${inSentence(title)}`} />
    </section>
  );
}

/**
 * How many clauses have a text other than today's suggestion, and what that means, said once above
 * the clauses. Its own component: it follows every clause's text, and the clause editors need not
 * render again with it on each keystroke.
 */
function OwnWordingNote({ path, doc }: { path: string; doc: Case }) {
  const written = (useWatch({ name: path as never }) ?? {}) as Partial<Record<ClauseId, string>>;
  const ownWording = CLAUSE_CATALOGUE.filter((clause) => {
    const text = written[clause.id]?.trim();
    const draft = draftClause(doc, clause.id).trim();
    return Boolean(text) && Boolean(draft) && !sameWords(text!, draft);
  }).length;
  if (ownWording === 0) return null;
  return (
    <p className="mt-2">
      {formatCount(ownWording, NOUNS.clause)} har en annan text än förslaget från dagens svar. Har ni skrivit texten själva är det inget fel, om inte en iakttagelse vid
      klausulen säger något annat. Fyllde ni i förslaget tidigare har svaren ändrats sedan dess: jämför med förslaget under ”Visa skillnaden mot förslaget” vid klausulen.
    </p>
  );
}

/**
 * Step 4: one text per clause. Clauses this case requires (the engine's clause check) come
 * first. An empty clause shows the draft from the answers beside its field but never writes it
 * into the form: a stored draft would stop following the answers, and merely opening step 4 would
 * save a new version (and make an approval stale). The editor adopts a draft with a button.
 */
export function ClausesField({ path, disabled }: { path: string; disabled: boolean }) {
  const { evaluation, doc } = useLiveEvaluation();
  // Only a page without the clauses has no clause check (page-evaluation.ts).
  const check = evaluation.clauses ?? { required: [], missing: [], additional: [] };
  const required = new Map(check.required.map((r) => [r.clauseId, r]));

  const ordered = [...CLAUSE_CATALOGUE].sort((a, b) => Number(required.has(b.id)) - Number(required.has(a.id)));
  return (
    <div id={fieldId(path)} tabIndex={-1}>
      <p>
        Behövs för ärendet, enligt lagen eller SKR:s rapport: <strong>{required.size}</strong> klausuler, varav <strong>{check.missing.length}</strong> saknar text.
      </p>
      <OwnWordingNote path={path} doc={doc} />
      {ordered.map((clause) => {
        const requirement = required.get(clause.id);
        return (
          <ClauseEditor
            key={clause.id}
            path={`${path}.${clause.id}`}
            clauseId={clause.id}
            title={clause.title}
            covers={clause.covers}
            requirement={requirement ? joinSentences([requirement.reason, `Grund: ${describeLegalGrounds(requirement.legalBasis)}`, `Rapporten: ${describeReportSection(requirement.reportChapter)}`]) : null}
            disabled={disabled}
          />
        );
      })}
    </div>
  );
}
