import Link from "@/components/Link";
import { fieldLabel } from "@/lib/wizard/field-labels";
import { formatFindingCounts, inSentence, joinList } from "@/lib/format";
import { type Evaluation, routeVerdictLabel } from "@/lib/rules";
import { decisionNotes, notesByFinding } from "@/lib/review/components/decision-notes";
import { ReviewStatusPanel } from "@/lib/review/components/review-status";
import { anchorDescription } from "@/lib/review/components/threads";
import { anchorThreadsPath } from "@/lib/review/components/saved-at";
import type { ReviewData } from "@/lib/review/queries";
import type { WizardCase } from "../data";
import { checkAnswersPageName, checkAnswersPath } from "../check-answers";
import { WIZARD_PAGES, fieldApplies, findPage, findingsForPage, findingsForStep, mustFixByPage, mustFixFindings, pageHref, pageName, pageOfQuestion, type WizardPage } from "../pages";
import { getAt } from "../paths";
import { countedFindings, countedSummary, deferredFindingsText, isAnswered, type StepProgress } from "../progress";
import { keyFindings, verifiedByJuristText } from "@/lib/review/findings";
import { routeVerifyStates } from "@/lib/review/route-verify";
import { partiesWithoutJurist, sendableParties } from "@/lib/review/status";
import { guideQuestions } from "../questions";
import { AnswerLines } from "./answer-lines";
import { fieldId } from "./field-ids";
import { FindingList } from "./finding-list";
import { ComparedRoutesNote, ProcurementVerdicts, routeVerifyMark } from "./procurement-verdicts";
import { StepStatusTag } from "./step-status-tag";
import { StepTaskList } from "./step-task-list";
import { readCompletionMarks } from "../completion-marks";

/** The page whose answers the procurement assessment reads most: its conclusions and grounds are shown there. */
const PROCUREMENT_PAGE = findPage("2a", "juridik")!;

interface CheckAnswersProps {
  caseId: string;
  wizardCase: WizardCase;
  review: ReviewData;
  evaluation: Evaluation;
  progress: StepProgress[];
  /** "bedömt 2026-12-05", or what the assessment's date is (lib/wizard/evaluation-date). */
  assessedOn: string;
}

/** The first view of "Kontrollera svaren": where each step stands, with a link to its answers, the procurement assessment and the review. */
export function CheckAnswersOverview({ caseId, wizardCase, review, evaluation, progress, assessedOn }: CheckAnswersProps) {
  const openThreads = review.threads.filter((t) => !t.resolvedAt);
  const withoutJurist = partiesWithoutJurist(review.parties);
  // Keyed as the decisions are (the review's findings), as the "Ska åtgärdas" list below.
  const verifyStates = routeVerifyStates(review.findings, review.decisions);
  // What a jurist decided must be fixed, and still holds (the finding's facts are unchanged), each leading to its step's answers.
  const mustFix = mustFixFindings(review.findings, review.decisions);
  const deferred = deferredFindingsText(evaluation, progress);
  const verified = verifiedByJuristText(keyFindings(evaluation.findings), new Set(countedFindings(evaluation, progress)), review.decisions, review.parties.filter((party) => party.reviewers.length > 0));
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${caseId}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Kontrollera svaren: {wizardCase.title}
      </h1>
      {/* One paragraph per point: as one, the counts, the date, the later steps' findings and the
          jurists' verification read as a single sentence too long to scan (a walk). */}
      <p className="mt-2">
        {formatFindingCounts(countedSummary(evaluation, progress))}, {assessedOn}.
      </p>
      {deferred ? <p className="mt-1">{deferred}</p> : null}
      {verified ? <p className="mt-1">{verified}</p> : null}
      <section aria-labelledby="svaren-steg-for-steg" className="mt-6">
        <h2 id="svaren-steg-for-steg" className="text-2xl font-semibold">
          Svaren steg för steg
        </h2>
        <p className="mt-2">Välj ett steg för att se dess svar, iakttagelser och juristens beslut. Därifrån kan du ändra ett svar.</p>
        <StepTaskList caseId={caseId} progress={progress} hrefOf={(path) => checkAnswersPath(caseId, WIZARD_PAGES.find((page) => page.path === path))} mustFix={mustFixByPage(review.findings, review.decisions)} marks={readCompletionMarks(wizardCase.stepCompletedBy)} />
      </section>
      <section aria-labelledby="upphandlingsbedomning" className="mt-10">
        <h2 id="upphandlingsbedomning" className="text-2xl font-semibold">
          Upphandlingsbedömning
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {evaluation.procurement.routes.map((route) => (
            <li key={route.route}>
              {route.title}: {routeVerdictLabel(route)}
              {route.reliedOn ? " (parterna stödjer sig på denna)" : ""}
              {routeVerifyMark(route, verifyStates)}
            </li>
          ))}
        </ul>
        <ComparedRoutesNote routes={evaluation.procurement.routes} />
        <p className="mt-2">
          <Link href={checkAnswersPath(caseId, PROCUREMENT_PAGE, "upphandlingsbedomning")} className="text-brand-700 underline">
            Slutsatser, grunder och underlag<span className="sr-only"> för upphandlingsbedömningen</span>
          </Link>{" "}
          står med svaren i steg 2A: Juridik och upphandling.
        </p>
      </section>
      <ReviewStatusPanel review={review} />
      {review.can.request && sendableParties(review.parties).length > 0 ? (
        // Checking the answers is the step before sending them (found on a walk: the way to send was
        // only behind "Kommentarer och juristens beslut"). Not once every party with a jurist has
        // the case or has approved it as it is: the link led only to "… skickas inte igen" (a walk).
        <p className="mt-4">
          När svaren stämmer:{" "}
          <Link href={`/arenden/${caseId}/juridisk-granskning#skicka-granskning`} className="font-semibold text-brand-700 underline">
            Skicka till juridisk granskning
          </Link>
        </p>
      ) : review.can.request && withoutJurist.length > 0 ? (
        // Nobody to send it to now, and a party has no jurist in the case: say how it gets one (the review).
        <p className="mt-4 max-w-3xl">
          Ärendet kan inte skickas till {joinList(withoutJurist.map((p) => p.name))} för granskning: ingen jurist granskar för{" "}
          {withoutJurist.length === 1 ? "den parten" : "de parterna"} i ärendet. Bjud in en jurist, med rollen granskare, på{" "}
          <Link href={`/arenden/${caseId}`} className="text-brand-700 underline">
            ärendets sida
          </Link>
          , eller be partens organisationsadministratör att ge en kollega rollen jurist.
        </p>
      ) : null}
      {mustFix.length > 0 ? (
        <section aria-labelledby="ska-atgardas" className="mt-6">
          <h2 id="ska-atgardas" className="text-2xl font-semibold">
            Juristens beslut ”Ska åtgärdas” ({mustFix.length})
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {mustFix.map(({ key, finding, page }) => (
              <li key={key}>
                <Link href={checkAnswersPath(caseId, page, "anmarkningar")} className="text-brand-700 underline">
                  {finding.title}
                </Link>{" "}
                ({pageName(page).replace(/^Steg/, "steg")})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="oppna-kommentarer" className="mt-6">
        <h2 id="oppna-kommentarer" className="text-2xl font-semibold">
          Öppna kommentarer ({openThreads.length})
        </h2>
        {openThreads.length === 0 ? (
          <p className="mt-2">Inga öppna kommentarer.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {openThreads.map((t) => (
              <li key={t.id}>
                <Link href={anchorThreadsPath(caseId, t.anchorKind, t.anchor)} className="text-brand-700 underline">
                  Om {anchorDescription(t, review)}
                </Link>
                : ”{t.comments.at(-1)?.body.slice(0, 200)}” ({t.comments.at(-1)?.authorName})
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2">
          <Link href={`/arenden/${caseId}/juridisk-granskning`} className="text-brand-700 underline">
            Kommentarer och juristens beslut
          </Link>
        </p>
      </section>
    </article>
  );
}

/** One wizard page's answers, each with a link to change it, then the page's findings with the jurists' decisions on them. */
export function CheckAnswersPage({ caseId, wizardCase, review, evaluation, progress, assessedOn, page }: CheckAnswersProps & { page: WizardPage }) {
  const questions = guideQuestions();
  const stepStatus = progress.find((p) => p.step === page.step.id)!;
  const status = page.topic ? (stepStatus.topics.find((t) => t.key === page.key) ?? stepStatus) : stepStatus;
  const findings = findingsForPage(findingsForStep(evaluation, page.step.id), page);
  // Questions that do not apply to the case as answered are left out (their answers are kept).
  // So is the list of older answers to look over when the case has none (as on the review page).
  const rows = page.groups
    .flatMap((group) => group.fields.map((field) => ({ field, heading: group.heading })))
    .filter(({ field }) => fieldApplies(field, wizardCase.doc, questions) && (field.kind !== "attention" || wizardCase.doc.needsAttention.length > 0));
  const at = WIZARD_PAGES.indexOf(page);
  const previous = WIZARD_PAGES[at - 1];
  const next = WIZARD_PAGES[at + 1];
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={checkAnswersPath(caseId)} className="text-brand-700 underline">
          ← Kontrollera svaren: alla steg
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        {checkAnswersPageName(page)} <StepStatusTag status={status.status} />
      </h1>
      <p className="mt-2">
        {wizardCase.title}, {assessedOn}.
      </p>
      <PageNavigation caseId={caseId} current={page} />
      <dl className="mt-6">
        {rows.map(({ field, heading }) => {
          const label = fieldLabel(field, questions, heading);
          return (
            <div key={field.path} className="grid gap-2 border-b border-slate-200 py-3 md:grid-cols-[16rem_1fr_auto]">
              <dt className="font-semibold">{label}</dt>
              <dd>
                <AnswerLines doc={wizardCase.doc} field={field} />
              </dd>
              <dd>
                {wizardCase.canEdit ? (
                  <Link href={pageHref(caseId, pageOfQuestion(field) ?? page, fieldId(field.path))} className="text-brand-700 underline">
                    {isAnswered(getAt(wizardCase.doc, field.path)) ? "Ändra" : "Besvara"}
                    <span className="sr-only"> {inSentence(label)}</span>
                  </Link>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {page === PROCUREMENT_PAGE ? (
        <section aria-labelledby="upphandlingsbedomning" className="mt-8">
          <h2 id="upphandlingsbedomning" className="text-2xl font-semibold">
            Upphandlingsbedömning
          </h2>
          <ProcurementVerdicts routes={evaluation.procurement.routes} verifyStates={routeVerifyStates(review.findings, review.decisions)} />
          <ComparedRoutesNote routes={evaluation.procurement.routes} />
        </section>
      ) : null}
      <section aria-labelledby="anmarkningar" className="mt-8">
        <h2 id="anmarkningar" className="text-2xl font-semibold">
          Iakttagelser ({findings.length})
        </h2>
        {stepStatus.deferred && findings.length > 0 ? (
          <p className="mt-2">
            Steget är inte påbörjat, och dess iakttagelser räknas inte i ärendets siffror förrän du har börjat här. De visas ändå, så att du ser vad steget kommer att kräva.
          </p>
        ) : null}
        <FindingList findings={findings} caseId={caseId} currentSlug={null} decisions={notesByFinding(evaluation.findings, decisionNotes(review))} />
      </section>
      <nav aria-label="Föregående och nästa steg" className="mt-8">
        <ul className="flex flex-wrap gap-4">
          {previous ? (
            <li>
              <Link href={checkAnswersPath(caseId, previous)} className="text-brand-700 underline">
                ← Föregående: {pageName(previous)}
              </Link>
            </li>
          ) : null}
          <li className="ml-auto">
            {next ? (
              <Link href={checkAnswersPath(caseId, next)} className="text-brand-700 underline">
                Nästa: {pageName(next)} →
              </Link>
            ) : (
              <Link href={checkAnswersPath(caseId)} className="text-brand-700 underline">
                Tillbaka till alla steg
              </Link>
            )}
          </li>
        </ul>
      </nav>
    </article>
  );
}

/** Every page of answers, the current one marked, so a step is one step away. */
function PageNavigation({ caseId, current }: { caseId: string; current: WizardPage }) {
  return (
    <nav aria-label="Stegen" className="mt-6">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {WIZARD_PAGES.map((page) => (
          <li key={page.key}>
            <Link
              href={checkAnswersPath(caseId, page)}
              aria-current={page === current ? "page" : undefined}
              className={page === current ? "font-semibold text-slate-900 no-underline" : "text-brand-700 underline"}
            >
              {pageName(page)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
