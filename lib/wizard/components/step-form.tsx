"use client";

import dynamic from "next/dynamic";
import { Fragment, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import type { Case } from "@/lib/case";
import { CLAUSE_IDS } from "@/lib/case/enums";
import { endSentence, labelledMessage } from "@/lib/format/sentence";
import type { CollaborationFormComparison } from "@/lib/guide";
import { SEVERITY_LABELS } from "@/lib/rules/types";
import type { QuestionInfo } from "../questions";
import type { CompletionMark } from "../completion-marks";
import { placeFindings } from "../finding-placement";
import { fieldApplies, findPage, findingsForPage, findingsForStep, pageAnswerPaths } from "../pages";
import { showsEconomyPanel, type PageEvaluation } from "../page-evaluation";
import type { FieldSpec } from "../steps";
import { labelForPath } from "../field-labels";
import { notesByFinding, type DecisionNote } from "@/lib/review/components/decision-notes";
import { CompletionForm } from "./completion-form";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { flattenErrors } from "./error-summary";
import { fieldId, findingsId } from "./field-ids";
import { ChoiceField, MultiChoiceField, NumberField, TextField, TextListField, YesNoField } from "./fields/basic";
import { CostSharesField, ObjectListField } from "./fields/lists";
import { itemFields } from "../item-fields";
import { FieldFindings, FindingsBesideContext } from "./field-findings";
import { FindingList } from "./finding-list";
import { LiveEvaluationContext } from "./live-evaluation";
import { SaveStatusLine } from "./save-status";
import { useAutosave } from "./use-autosave";
import { announceCaseTitle } from "./live-case-title";
import { TakenFromOthersContext, takenByAndWhen } from "./taken-note";
import { useSaveLinePadding } from "./use-save-line-padding";

export interface StepFormProps {
  caseId: string;
  /** The case's title as the page's breadcrumb shows it; step 1's saved title replaces it there (LiveCaseTitle). */
  caseTitle: string;
  userId: string;
  slug: string;
  /** The topic's slug on a step split into topics (2A). */
  topic?: string;
  version: number;
  doc: Case;
  canEdit: boolean;
  completed: boolean;
  /** Who marked the page complete, and when; none where that was not recorded. */
  completedBy?: CompletionMark | undefined;
  /** Today in Stockholm, from the server, so browser and server assess on the same day. */
  today: string;
  /** The server's assessment of the saved answers, shown until the browser's own has loaded. */
  evaluation: PageEvaluation;
  questions: Readonly<Record<string, QuestionInfo>>;
  formTable: readonly CollaborationFormComparison[];
  legalPersonLabels: Record<string, string>;
  /** Rendered right after a field, by its path: the legal review's open comments on that answer. */
  besideField?: Readonly<Record<string, ReactNode>>;
  /** The jurists' decisions, shown under each finding they concern. */
  decisions?: readonly DecisionNote[];
}

type LiveEngine = typeof import("./live-engine");
let engineLoading: Promise<LiveEngine> | undefined;

/**
 * The case schema and the rules engine, loaded after the page rather than before it can be used:
 * the server renders the page with its own assessment of the saved answers, and the browser's
 * takes over for the live findings a moment later. A failed load is tried again on next use.
 */
function loadEngine(): Promise<LiveEngine> {
  engineLoading ??= import("./live-engine").catch((error: unknown) => {
    engineLoading = undefined;
    throw error;
  });
  return engineLoading;
}

// Validation while typing is for quick feedback; without the engine the server's check on save
// still reports every invalid answer, so a failed load skips it instead of breaking the form.
const resolver: Resolver<Case> = async (values, context, options) => {
  try {
    return await (await loadEngine()).resolveCase(values, context, options);
  } catch {
    return { values, errors: {} };
  }
};

function Field({ spec, props }: { spec: FieldSpec; props: StepFormProps }) {
  const question = props.questions[spec.question];
  const disabled = !props.canEdit;
  const common = { path: spec.path, question, disabled };
  switch (spec.kind) {
    case "text":
      return <TextField {...common} />;
    case "textarea":
      return <TextField {...common} multiline />;
    case "date":
      return <TextField {...common} date />;
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
      return <ObjectListField {...common} fallbackLabel={itemFields(spec.kind, props.questions).itemName} {...itemFields(spec.kind, props.questions)} />;
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

/**
 * A field loaded only by the pages that ask it (below). Its part of the page may hydrate a moment
 * after the rest of the form, so it keeps its own controls disabled until then, as the form does.
 */
function untilHydrated<P extends object>(Loaded: ComponentType<P>): ComponentType<P> {
  return function HydratedField(props: P) {
    const hydrated = useHydrated();
    return (
      <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
        <Loaded {...props} />
      </fieldset>
    );
  };
}

// Parts that only one or two of the wizard's pages show (the agreement's clauses in step 4, the
// form advice in 2C, the economy calculator and the per-party answers in 2A, answers kept from
// an older format, the conflict panel after a clash) are loaded by the pages that show them, so
// the other pages do not download them. A page that shows one gets it with the page's HTML.
const ClausesField = dynamic(() => import("./fields/clauses").then((m) => untilHydrated(m.ClausesField)));
const FormAdviceField = dynamic(() => import("./fields/form-advice").then((m) => untilHydrated(m.FormAdviceField)));
const OtherDirectAwardsField = dynamic(() => import("./fields/party-answers").then((m) => untilHydrated(m.OtherDirectAwardsField)));
const ContributionsField = dynamic(() => import("./fields/party-answers").then((m) => untilHydrated(m.ContributionsField)));
const AttentionField = dynamic(() => import("./fields/attention-field").then((m) => untilHydrated(m.AttentionField)));
const EconomyPanel = dynamic(() => import("./economy-panel").then((m) => m.EconomyPanel));
const ConflictPanel = dynamic(() => import("./conflict-panel").then((m) => m.ConflictPanel));
const DisplacedAnswers = dynamic(() => import("./displaced-answers").then((m) => m.DisplacedAnswers));

/** One guide step: the questions, live findings, autosave and the "Är avsnittet klart?" question. */
export function StepForm(props: StepFormProps) {
  const page = findPage(props.slug, props.topic)!;
  const spec = page.step;
  const paths = useMemo(() => pageAnswerPaths(findPage(props.slug, props.topic)!), [props.slug, props.topic]);
  const form = useForm<Case>({ defaultValues: props.doc, resolver, mode: "onBlur", reValidateMode: "onChange" });
  const autosave = useAutosave({ caseId: props.caseId, userId: props.userId, version: props.version, doc: props.doc, paths, form, enabled: props.canEdit });
  const saveLine = useRef<HTMLDivElement>(null);
  /** How many of other tabs' answers were just thrown away, for the status to say (0: none). */
  const [thrownAway, setThrownAway] = useState(0);
  useSaveLinePadding(saveLine);
  const takenPaths = useMemo(() => new Map(autosave.takenFromOthers.map((path) => [path, autosave.takenBy[path]])), [autosave.takenFromOthers, autosave.takenBy]);

  // "Ändra" on the check-answers page, and links from other pages and from this one, lead to a
  // field with its id in the address (#f-…). The browser or the router scrolls the control itself
  // into view, which leaves its question under the sticky save status, and a client-side
  // navigation leaves the focus where it was. The person came to change that answer: its question
  // is scrolled into view and the field gets the focus.
  useEffect(() => {
    const goToField = () => {
      const target = window.location.hash.length > 1 ? document.getElementById(fragmentId(window.location.hash)) : null;
      // A control with its label, or a group of radios or checkboxes (the fieldset has the id).
      if (!target?.matches("input, textarea, select, fieldset[tabindex]")) return;
      const question = document.querySelector(`label[for="${CSS.escape(target.id)}"]`) ?? target;
      question.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    };
    goToField();
    window.addEventListener("hashchange", goToField);
    return () => window.removeEventListener("hashchange", goToField);
  }, []);
  // Step 1's title saved: the breadcrumb and the tab's title, drawn by the server, follow it.
  useEffect(() => {
    if (autosave.status.kind === "saved" && paths.includes("title")) announceCaseTitle(props.caseId, props.caseTitle, String(form.getValues("title") ?? ""));
    // Only a new save status counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosave.status]);
  const values = useDeferredValue(useWatch({ control: form.control }));
  const [engine, setEngine] = useState<LiveEngine | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);
  // An editor's page starts fetching the engine while it hydrates, not after. A reader's answers
  // cannot change, so the server's assessment stays right and the engine is never fetched.
  if (props.canEdit && typeof window !== "undefined") loadEngine().catch(() => {});
  useEffect(() => {
    if (!props.canEdit) return;
    let mounted = true;
    loadEngine().then(
      (loaded) => mounted && setEngine(loaded),
      () => mounted && setEngineFailed(true),
    );
    return () => {
      mounted = false;
    };
  }, [props.canEdit]);
  const live = useMemo(
    () => (engine ? engine.liveAssessment(values, props.doc, props.today) : { doc: props.doc, evaluation: props.evaluation }),
    [engine, values, props.doc, props.today, props.evaluation],
  );
  const findings = findingsForPage(findingsForStep(live.evaluation, spec.id), page);
  // A follow-up question shows only when the answer it follows from holds; its answer is kept.
  const shownGroups = page.groups
    .map((group) => ({ ...group, fields: group.fields.filter((field) => fieldApplies(field, live.doc, props.questions)) }))
    .filter((group) => group.fields.length > 0);
  // Step 4's clause list places each clause's findings under that clause (FindingsBeside); the
  // clauses' own paths come first, so a finding about one clause is placed there, not after the list.
  const placed = placeFindings(
    findings,
    shownGroups.flatMap((group) => group.fields.flatMap((field) => (field.kind === "clauses" ? [...CLAUSE_IDS.map((id) => `${field.path}.${id}`), field.path] : [field.path]))),
  );
  const decisions = useMemo(() => notesByFinding(live.evaluation.findings, props.decisions ?? []), [live.evaluation, props.decisions]);
  // The form holds the whole case, but only this step's answers are edited and saved here; an
  // answer of another step that another editor's change made invalid (a cost share whose party
  // was just removed) is reported on its own step, not as a raw path here.
  // In the page's order: the summary listed a cost share's error before the question above it (a
  // keyboard walk). The fields' places on the page decide where they are drawn (step 4 shows its
  // required clauses first); the page's questions' order otherwise.
  const placeOf = (path: string) => paths.findIndex((p) => path === p || path.startsWith(`${p}.`));
  const errors = flattenErrors(form.formState.errors)
    .filter((e) => placeOf(e.path) >= 0)
    .sort((a, b) => {
      const [first, second] = typeof document === "undefined" ? [null, null] : [document.getElementById(fieldId(a.path)), document.getElementById(fieldId(b.path))];
      if (first && second && first !== second) return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      return placeOf(a.path) - placeOf(b.path);
    });
  const hydrated = useHydrated();
  /** Counts presses of "Spara nu"; only those move focus to the error summary, never autosave. */
  const [submits, setSubmits] = useState(0);

  const labelFor = (path: string): string => labelForPath(page, path, props.questions);
  const besideTitles = [...placed.beside.values()].flat().map((finding) => finding.title);
  const sharedTitles = new Set(besideTitles.filter((title, index) => besideTitles.indexOf(title) !== index));

  return (
    <LiveEvaluationContext.Provider value={live}>
      {/* A new value each render, as \`placed\` is: the clause editors inside render with the form anyway. */}
      <FindingsBesideContext value={{ beside: placed.beside, decisions }}>
      <TakenFromOthersContext value={takenPaths}>
      <FormProvider {...form}>
        {/* A reader who cannot edit has nothing being saved; the status would only confuse. */}
        {props.canEdit ? (
          <div ref={saveLine} className="sticky top-0 z-10 bg-white py-2" data-needs-script>
            <SaveStatusLine status={autosave.status} />
          </div>
        ) : null}
        {!props.canEdit ? <p className="mt-2 rounded bg-slate-100 p-3">Du kan läsa svaren men inte ändra dem i det här ärendet.</p> : null}
        {autosave.restored ? (
          <p className="mt-2 rounded bg-brand-50 p-3">Vi hittade ändringar i den här webbläsaren som inte har sparats än, kanske från en annan flik, och har lagt tillbaka dem. De sparas nu, om de går att spara.</p>
        ) : null}
        {/* Said where the save status is read: the form shows someone else's saved answer now, not the one it showed (a walk). */}
        <p role="status" className={autosave.takenFromOthers.length > 0 ? "mt-2 rounded border-l-4 border-brand-700 bg-brand-50 p-3" : "sr-only"}>
          {autosave.takenFromOthers.length > 0
            ? endSentence(`${autosave.takenFromOthers.length === 1 ? "Ett svar" : "Svar"} har sparats på annat håll sedan sidan visades och visas nu: ${autosave.takenFromOthers.map((path) => `${labelFor(path)} (${takenByAndWhen(autosave.takenBy[path])})`).join("; ")}`)
            : null}
        </p>
        {autosave.displaced.length > 0 ? (
          <DisplacedAnswers
            answers={autosave.displaced}
            labelFor={labelFor}
            onDismiss={() => {
              // The box goes with its button: the focus goes to the question the answers were for, and the status says what was done.
              const question = autosave.displaced[0]!.path;
              setThrownAway(autosave.displaced.length);
              autosave.dismissDisplaced();
              requestAnimationFrame(() => {
                const field = document.getElementById(fieldId(question));
                (field?.matches("input, textarea, select") ? field : (field?.querySelector<HTMLElement>("input, textarea, select") ?? field))?.focus();
              });
            }}
          />
        ) : null}
        {/* Said as well as shown: the box appears after the page has loaded (a review of the change). */}
        <p role="status" className="sr-only">
          {autosave.displaced.length === 1
            ? "Ett osparat svar från en annan flik visas överst i formuläret, för att kopiera."
            : autosave.displaced.length > 1
              ? `${autosave.displaced.length} osparade svar från andra flikar visas överst i formuläret, för att kopiera.`
              : thrownAway === 1
                ? "Svaret från den andra fliken är slängt."
                : thrownAway > 1
                  ? "Svaren från de andra flikarna är slängda."
                  : null}
        </p>
        {autosave.conflicts.length > 0 ? <ConflictPanel conflicts={autosave.conflicts} labelFor={labelFor} onResolve={autosave.resolveConflict} /> : null}
        <ErrorSummary errors={errors.map((e) => ({ path: e.path, message: labelledMessage(labelFor(e.path), e.message) }))} fieldId={fieldId} attempt={submits} />
        <section aria-labelledby="anmarkningar-rubrik" className="mt-6 max-w-3xl">
          <h2 id="anmarkningar-rubrik" className="text-xl font-semibold">
            Iakttagelser på sidan ({findings.length})
          </h2>
          <p className="text-sm text-slate-700">
            Varje iakttagelse visas vid frågan den gäller och uppdateras medan du skriver. Servern kontrollerar igen när svaren sparas.
          </p>
          {engineFailed ? (
            <p role="status" className="mt-2 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
              Iakttagelserna kunde inte uppdateras medan du skriver, eftersom en del av sidan inte gick att hämta. Dina svar sparas ändå. Ladda om sidan för att se iakttagelserna för det du har skrivit.
            </p>
          ) : null}
          {findings.length === 0 ? <p className="mt-2">Inga iakttagelser på sidan just nu.</p> : null}
          {placed.beside.size > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {[...placed.beside].flatMap(([path, list]) =>
                list.map((finding, index) => (
                  <li key={`${path}-${finding.code}-${index}`}>
                    <a href={`#${findingsId(path)}`} className="text-brand-700 underline">
                      {SEVERITY_LABELS[finding.severity]}: {finding.title}
                      {/* One rule may find the same in two places (the figures of two clauses): the link names the question, or the two read alike. */}
                      {sharedTitles.has(finding.title) ? ` (${labelFor(path)})` : null}
                    </a>
                  </li>
                )),
              )}
            </ul>
          ) : null}
          {placed.elsewhere.length > 0 ? (
            <FindingList findings={placed.elsewhere} caseId={props.caseId} currentSlug={page.path} decisions={decisions} />
          ) : null}
        </section>
        <div className="mt-6">
          {/* The answers are saved by the page's script (autosave), so without it the fields stay
              disabled; say why to those who may answer, instead of leaving the form unexplained. */}
          {props.canEdit ? (
            <noscript>
              {/* Autosave's status line and "Spara nu" do nothing without the script: hidden then. */}
              <style>{"[data-needs-script],.script-late{display:none}"}</style>
              <p className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
                Frågorna kan bara besvaras när JavaScript är påslaget i webbläsaren, eftersom svaren sparas medan du skriver. Utan JavaScript kan du läsa frågorna och iakttagelserna och svara på ”Är avsnittet klart?”.
              </p>
            </noscript>
          ) : null}
          {props.canEdit && !hydrated ? (
            // Until the script has started the fields are disabled. Had it not started after a while (a
            // file that failed to load: a deploy while the page was open), the page said nothing (a
            // walk); app/globals.css shows this then, by CSS alone, since the script is what failed. The
            // status region is there from the start, so a screen reader announces the notice when it shows.
            <div role="status">
              <div className="script-late">
                <p className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
                  Sidan har inte laddats färdigt, så frågorna går inte att besvara. Ladda om sidan. Dina sparade svar finns kvar.
                </p>
              </div>
            </div>
          ) : null}
          {/* Not a <form>: the review's comment threads beside the fields are forms of their own, and
              forms cannot nest. The answers save by autosave; "Spara nu" saves at once. */}
          <div
            role="form"
            onBlur={() => void autosave.flush()}
            aria-label={page.topic ? `Frågor i steg ${spec.id}: ${page.topic.title}` : `Frågor i steg ${spec.id}`}
          >
            <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
            {shownGroups.map((group, groupIndex) => (
              <section key={group.heading} aria-labelledby={`grupp-${groupIndex}`} className="mt-8 first:mt-0">
                <h2 id={`grupp-${groupIndex}`} className="text-2xl font-semibold">
                  {group.heading}
                </h2>
                {group.fields.map((field) => (
                  <Fragment key={field.path}>
                    <Field spec={field} props={props} />
                    <FieldFindings path={field.path} findings={placed.beside.get(field.path)} decisions={decisions} fieldLabel={labelFor(field.path)} />
                    {props.besideField?.[field.path]}
                  </Fragment>
                ))}
              </section>
            ))}
            </fieldset>
            {showsEconomyPanel(page) ? <EconomyPanel caseId={props.caseId} onRouteChoicePage={paths.includes("procurement.reliedOnRoutes")} /> : null}
            {props.canEdit ? (
              <button
                type="button"
                data-needs-script
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
        </div>
        {props.canEdit ? <CompletionForm caseId={props.caseId} step={page.key} completed={props.completed} completedBy={props.completed ? props.completedBy : undefined} version={autosave.version} beforeSubmit={autosave.flush} /> : null}
      </FormProvider>
      </TakenFromOthersContext>
      </FindingsBesideContext>
    </LiveEvaluationContext.Provider>
  );
}

/** The element id a URL fragment names; a malformed escape (typed by hand) names nothing. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}
