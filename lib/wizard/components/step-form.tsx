"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Fragment, useDeferredValue, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import {
  PARTY_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  TASK_KIND_LABELS,
  caseSchema,
  type Case,
} from "@/lib/case";
import { swedishErrorMap } from "@/lib/case/errors";
import type { CollaborationFormComparison } from "@/lib/guide";
import { evaluateCase } from "@/lib/rules";
import type { QuestionInfo } from "../questions";
import { findingsForStep } from "../progress";
import { caseEvaluationDate } from "../evaluation-date";
import { validAnswers } from "../live-answers";
import { answerPaths, stepBySlug, type FieldSpec } from "../steps";
import { notesByFinding, type DecisionNote } from "@/lib/review/components/decision-notes";
import { CompletionForm } from "./completion-form";
import { ConflictPanel } from "./conflict-panel";
import { EconomyPanel } from "./economy-panel";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { flattenErrors } from "./error-summary";
import { fieldId } from "./field-ids";
import { ChoiceField, MultiChoiceField, NumberField, TextField, TextListField, YesNoField } from "./fields/basic";
import { ClausesField } from "./fields/clauses";
import { FormAdviceField } from "./fields/form-advice";
import { CostSharesField, ObjectListField, type ItemField } from "./fields/lists";
import { ContributionsField, OtherDirectAwardsField } from "./fields/party-answers";
import { AttentionField } from "./fields/attention-field";
import { FindingList } from "./finding-list";
import { LiveEvaluationContext } from "./live-evaluation";
import { SaveStatusLine } from "./save-status";
import { normalizeAnswers, useAutosave } from "./use-autosave";

export interface StepFormProps {
  caseId: string;
  userId: string;
  slug: string;
  version: number;
  doc: Case;
  canEdit: boolean;
  completed: boolean;
  /** Today in Stockholm, from the server, so browser and server assess on the same day. */
  today: string;
  questions: Record<string, QuestionInfo>;
  formTable: readonly CollaborationFormComparison[];
  legalPersonLabels: Record<string, string>;
  /** Rendered right after a field, by its path: the legal review's open comments on that answer. */
  besideField?: Readonly<Record<string, ReactNode>>;
  /** The jurists' decisions, shown under each finding they concern. */
  decisions?: readonly DecisionNote[];
}

// The same schema the server validates with; blank inputs count as unanswered.
const caseResolver = zodResolver(caseSchema, { error: swedishErrorMap });
const resolver: Resolver<Case> = (values, context, options) =>
  (caseResolver as unknown as Resolver<Case>)(normalizeAnswers(values), context, options);

/**
 * The answers as typed, minus those that are invalid right now, so the live findings follow
 * the typing without waiting for every field to be valid.
 */
function label(questions: Record<string, QuestionInfo>, id: string, fallback: string): string {
  return questions[id]?.label ?? fallback;
}

function itemFields(kind: "goals" | "tasks" | "parties", q: Record<string, QuestionInfo>): { itemName: string; fields: ItemField[] } {
  switch (kind) {
    case "goals":
      return {
        itemName: "Mål",
        fields: [
          { key: "description", kind: "textarea", label: "Beskriv målet" },
          { key: "keyFigure", kind: "text", label: label(q, "1.mal-nyckeltal", "Nyckeltal") },
          { key: "baseline", kind: "number", label: label(q, "1.mal-utgangsvarde", "Utgångsvärde") },
          { key: "target", kind: "number", label: label(q, "1.mal-malvarde", "Målvärde") },
          { key: "unit", kind: "text", label: "Enhet", hint: "Till exempel dagar, procent eller antal ärenden." },
          { key: "targetDate", kind: "text", label: "När ska målvärdet vara nått?", hint: "Skriv datumet som ÅÅÅÅ-MM-DD." },
        ],
      };
    case "tasks":
      return {
        itemName: "Uppgift",
        fields: [
          { key: "description", kind: "textarea", label: label(q, "2A.uppgift", "Beskrivning") },
          { key: "kind", kind: "choice", label: label(q, "2A.typ", "Typ av uppgift"), options: TASK_KIND_LABELS },
          { key: "withinOwnCompetence", kind: "yesno", label: label(q, "2A.kompetens", "Inom kommunens kompetens?") },
          { key: "governingLaw", kind: "text", label: label(q, "2A.lag", "Lagstiftning") },
        ],
      };
    case "parties":
      return {
        itemName: "Part",
        fields: [
          { key: "name", kind: "text", label: "Namn" },
          { key: "type", kind: "choice", label: label(q, "2B.typ", "Typ av organisation"), options: PARTY_TYPE_LABELS },
          { key: "officialCode", kind: "text", label: label(q, "2B.kod", "Kommunkod eller organisationsnummer"), hint: "Kommunkod (4 siffror), länskod (2 siffror) eller organisationsnummer (NNNNNN-NNNN)." },
          { key: "role", kind: "choice", label: label(q, "2A.roll", "Roll"), options: PARTY_ROLE_LABELS },
          { key: "population", kind: "number", label: "Antal invånare", hint: "Behövs om kostnaderna fördelas efter befolkning." },
          { key: "committee", kind: "text", label: "Ansvarig nämnd hos parten", hint: "Nämnden som beslutar om samverkan, till exempel Socialnämnden. Står i partens tjänsteskrivelse." },
          { key: "diaryNumber", kind: "text", label: "Partens diarienummer", hint: "Varje part diarieför ärendet hos sig. Står i partens tjänsteskrivelse." },
        ],
      };
  }
}

function Field({ spec, props }: { spec: FieldSpec; props: StepFormProps }) {
  const question = props.questions[spec.question];
  const disabled = !props.canEdit;
  const common = { path: spec.path, question, disabled };
  switch (spec.kind) {
    case "text":
      return <TextField {...common} />;
    case "textarea":
      return <TextField {...common} multiline />;
    case "amount":
    case "months":
    case "percent":
      return <NumberField {...common} unit={spec.kind} />;
    case "yesno":
      return <YesNoField {...common} />;
    case "choice":
      return <ChoiceField {...common} options={spec.options} />;
    case "multichoice":
      return <MultiChoiceField {...common} options={spec.options} />;
    case "textlist":
      return <TextListField {...common} />;
    case "goals":
    case "tasks":
    case "parties":
      return <ObjectListField {...common} fallbackLabel={spec.path} {...itemFields(spec.kind, props.questions)} />;
    case "costShares":
      return <CostSharesField {...common} />;
    case "otherDirectAwards":
      return <OtherDirectAwardsField {...common} />;
    case "contributions":
      return <ContributionsField {...common} />;
    case "attention":
      return <AttentionField path={spec.path} disabled={disabled} />;
    case "formAdvice":
      return <FormAdviceField path={spec.path} disabled={disabled} table={props.formTable} legalPersonLabels={props.legalPersonLabels} />;
    case "clauses":
      return <ClausesField path={spec.path} disabled={disabled} />;
  }
}

const noSubscription = () => () => {};

/** False in the server render and until hydration; typing before then would be lost. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** One guide step: the questions, live findings, autosave and the "Är avsnittet klart?" question. */
export function StepForm(props: StepFormProps) {
  const spec = stepBySlug(props.slug)!;
  const paths = useMemo(() => answerPaths(spec), [spec]);
  const form = useForm<Case>({ defaultValues: props.doc, resolver, mode: "onBlur", reValidateMode: "onChange" });
  const autosave = useAutosave({ caseId: props.caseId, userId: props.userId, version: props.version, doc: props.doc, paths, form, enabled: props.canEdit });

  const values = useDeferredValue(useWatch({ control: form.control }));
  const live = useMemo(() => {
    const doc = validAnswers(normalizeAnswers(values), props.doc);
    return { doc, evaluation: evaluateCase(doc, caseEvaluationDate(doc, props.today)) };
  }, [values, props.doc, props.today]);
  const findings = findingsForStep(live.evaluation, spec.id);
  const decisions = useMemo(() => notesByFinding(live.evaluation.findings, props.decisions ?? []), [live.evaluation, props.decisions]);
  // The form holds the whole case, but only this step's answers are edited and saved here; an
  // answer of another step that another editor's change made invalid (a cost share whose party
  // was just removed) is reported on its own step, not as a raw path here.
  const errors = flattenErrors(form.formState.errors).filter((e) => paths.some((p) => e.path === p || e.path.startsWith(`${p}.`)));
  const hydrated = useHydrated();
  /** Counts presses of "Spara nu"; only those move focus to the error summary, never autosave. */
  const [submits, setSubmits] = useState(0);

  const labelFor = (path: string): string => {
    const owner = spec.groups.flatMap((g) => g.fields).find((f) => path === f.path || path.startsWith(`${f.path}.`));
    const base = owner ? (props.questions[owner.question]?.label ?? owner.path) : path;
    const item = path.match(/\.(\d+)(\.|$)/);
    return item && owner && path !== owner.path ? `${base} (punkt ${Number(item[1]) + 1})` : base;
  };

  return (
    <LiveEvaluationContext.Provider value={live}>
      <FormProvider {...form}>
        <div className="sticky top-0 z-10 bg-white py-2">
          <SaveStatusLine status={autosave.status} />
        </div>
        {!props.canEdit ? <p className="mt-2 rounded bg-slate-100 p-3">Du kan läsa svaren men inte ändra dem i det här ärendet.</p> : null}
        {autosave.restored ? (
          <p className="mt-2 rounded bg-brand-50 p-3">Vi hittade ändringar som inte hann sparas förra gången och har lagt tillbaka dem. De sparas nu.</p>
        ) : null}
        <ConflictPanel conflicts={autosave.conflicts} labelFor={labelFor} onResolve={autosave.resolveConflict} />
        <ErrorSummary errors={errors.map((e) => ({ path: e.path, message: `${labelFor(e.path)}: ${e.message}` }))} fieldId={fieldId} attempt={submits} />
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          {/* Not a <form>: the review's comment threads beside the fields are forms of their own, and
              forms cannot nest. The answers save by autosave; "Spara nu" saves at once. */}
          <div role="form" onBlur={() => void autosave.flush()} aria-label={`Frågor i steg ${spec.id}`}>
            <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
            {spec.groups.map((group, groupIndex) => (
              <section key={group.heading} aria-labelledby={`grupp-${groupIndex}`} className="mt-8 first:mt-0">
                <h2 id={`grupp-${groupIndex}`} className="text-2xl font-semibold">
                  {group.heading}
                </h2>
                {group.fields.map((field) => (
                  <Fragment key={field.path}>
                    <Field spec={field} props={props} />
                    {props.besideField?.[field.path]}
                  </Fragment>
                ))}
              </section>
            ))}
            </fieldset>
            {spec.id === "2A" ? <EconomyPanel /> : null}
            {props.canEdit ? (
              <button
                type="button"
                className="mt-8 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700"
                onClick={() => {
                  setSubmits((n) => n + 1);
                  void autosave.flush();
                }}
              >
                Spara nu
              </button>
            ) : null}
          </div>
          <aside aria-labelledby="anmarkningar-rubrik" className="lg:sticky lg:top-16 lg:max-h-[80vh] lg:overflow-y-auto">
            <h2 id="anmarkningar-rubrik" className="text-xl font-semibold">
              Anmärkningar i steget ({findings.length})
            </h2>
            <p className="text-sm text-slate-700">Uppdateras medan du skriver. Servern kontrollerar igen när svaren sparas.</p>
            <FindingList findings={findings} caseId={props.caseId} currentSlug={props.slug} decisions={decisions} />
          </aside>
        </div>
        {props.canEdit ? <CompletionForm caseId={props.caseId} step={spec.id} completed={props.completed} beforeSubmit={autosave.flush} /> : null}
      </FormProvider>
    </LiveEvaluationContext.Provider>
  );
}
