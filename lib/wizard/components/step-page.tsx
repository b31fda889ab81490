import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { todayInStockholm } from "@/lib/format";
import { COLLABORATION_FORM_TABLE, LEGAL_PERSON_LABELS, guideStep } from "@/lib/guide";
import { REPORT_SECTIONS } from "@/lib/reference/report";
import { signedAgreementNotice } from "@/lib/decisions/notice";
import { decisionNotes } from "@/lib/review/components/decision-notes";
import { StepReviewComments, commentsBesideFields } from "@/lib/review/components/step-comments";
import { loadReview } from "@/lib/review/queries";
import { loadWizardCase } from "../data";
import { WIZARD_PAGES, isPageCompleted, pageName, pagesOfStep, type WizardPage } from "../pages";
import { questionsForPage } from "../questions";
import { passedGoalDatesText } from "../goal-dates";
import { pageEvaluation } from "../page-evaluation";
import { markOfPage, readCompletionMarks } from "../completion-marks";
import { StepForm } from "./step-form";
import { LiveCaseTitle } from "./live-case-title";

/** Links between the topics of a split step (2A), the current one marked. */
function TopicNavigation({ caseId, page }: { caseId: string; page: WizardPage }) {
  const topics = pagesOfStep(page.step.id);
  return (
    <nav aria-label={`Delar av steg ${page.step.id}`} className="mt-6">
      <ol className="flex flex-wrap gap-2">
        {topics.map((topic, index) => (
          <li key={topic.key}>
            {topic === page ? (
              <span aria-current="page" className="inline-block rounded border-2 border-brand-700 bg-brand-700 px-3 py-1 font-semibold text-white">
                {index + 1}. {topic.topic!.title}
              </span>
            ) : (
              <Link href={`/arenden/${caseId}/steg/${topic.path}`} className="inline-block rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-700 underline">
                {index + 1}. {topic.topic!.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** What a step page shows, loaded for the actor; a refusal becomes sign-in or "not found". */
export async function loadStepPage(caseId: string, page: WizardPage) {
  const actor = await getActor();
  const [wizardCase, review] = await guardPage(`/arenden/${caseId}/steg/${page.path}`, () => Promise.all([loadWizardCase(actor, caseId), loadReview(actor, caseId)]));
  return { caseId, page, wizardCase, review, userId: actor.kind === "user" ? actor.userId : "" };
}

/** A step's page, or one topic's page of a split step: guidance, the questions and the way on. */
export function StepPageView({ caseId, page, wizardCase, review, userId }: Awaited<ReturnType<typeof loadStepPage>>) {
  const spec = page.step;
  const guide = guideStep(spec.id);
  const index = WIZARD_PAGES.indexOf(page);
  const previous = WIZARD_PAGES[index - 1];
  const next = WIZARD_PAGES[index + 1];
  // This page's own questions: a topic of a split step has only its part of the step's fields.
  const pageSpec = { ...spec, groups: [...page.groups] };
  const today = todayInStockholm();
  const signedNotice = wizardCase.canEdit ? signedAgreementNotice(wizardCase.signatures) : null;
  const goalDatesNotice = spec.id === "1" ? passedGoalDatesText(wizardCase.doc, today) : "";

  return (
    <article aria-labelledby="rubrik">
      <nav aria-label="Brödsmulor" className="text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/arenden" className="text-brand-700 underline">Mina ärenden</Link> /
          </li>
          <li className="min-w-0 break-words">
            <Link href={`/arenden/${caseId}`} className="text-brand-700 underline"><LiveCaseTitle caseId={caseId} title={wizardCase.title} /></Link> /
          </li>
          <li aria-current="page">{pageName(page)}</li>
        </ol>
      </nav>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold break-words">
        Steg {spec.id}: {guide.title}
        {page.topic ? <span className="mt-1 block text-2xl">{page.topic.title}</span> : null}
      </h1>
      <p className="mt-2 max-w-3xl text-lg">{guide.summary}</p>
      <p className="mt-1 text-sm text-slate-700">
        Källa: SKR:s rapport, avsnitt {guide.reportChapter} ({REPORT_SECTIONS[guide.reportChapter]})
      </p>
      {signedNotice ? (
        <p className="mt-4 max-w-3xl rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          {signedNotice}{" "}
          <Link href={`/arenden/${caseId}/beslut`} className="text-brand-700 underline">
            Till beslut och underskrifter
          </Link>
        </p>
      ) : null}
      {goalDatesNotice ? <p className="mt-4 max-w-3xl rounded border-l-4 border-amber-700 bg-amber-50 p-3">{goalDatesNotice}</p> : null}
      {page.topic ? <TopicNavigation caseId={caseId} page={page} /> : null}
      {guide.help.length > 0 ? (
        <details className="mt-4 max-w-3xl">
          <summary className="cursor-pointer font-semibold text-brand-700 underline">Vägledning för steget</summary>
          {guide.help.map((help) => (
            <section key={help.id} className="mt-3">
              <h2 className="font-semibold">{help.title}</h2>
              <p>{help.text}</p>
              <p className="text-sm text-slate-700">Rapporten: avsnitt {help.reportChapter}</p>
            </section>
          ))}
          <h2 className="mt-3 font-semibold">Checklista</h2>
          <ul className="list-disc pl-6">
            {guide.checklist.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <StepReviewComments review={review} spec={pageSpec} pageKey={page.key} />

      <div className="mt-6">
        <StepForm
          caseId={wizardCase.id}
          caseTitle={wizardCase.title}
          userId={userId}
          slug={spec.slug}
          topic={page.topic?.slug}
          version={wizardCase.version}
          doc={wizardCase.doc}
          canEdit={wizardCase.canEdit}
          completed={isPageCompleted(page, wizardCase.completedSteps)}
          completedBy={markOfPage(readCompletionMarks(wizardCase.stepCompletedBy), page.key)}
          today={today}
          evaluation={pageEvaluation(wizardCase.evaluation, page)}
          questions={questionsForPage(page)}
          formTable={spec.id === "2C" ? COLLABORATION_FORM_TABLE : []}
          legalPersonLabels={LEGAL_PERSON_LABELS}
          besideField={commentsBesideFields(review, pageSpec)}
          decisions={decisionNotes(review)}
        />
      </div>

      {spec.id === "2B" && wizardCase.canEdit ? (
        <p className="mt-6">
          <Link href={`/arenden/${caseId}#bjud-in-rubrik`} className="text-brand-700 underline">
            Bjud in personer från parterna till ärendet
          </Link>
        </p>
      ) : null}

      <nav aria-label="Steg" className="mt-10 flex flex-wrap justify-between gap-4">
        {previous ? (
          <Link href={`/arenden/${caseId}/steg/${previous.path}`} className="text-brand-700 underline">
            ← Föregående: {pageName(previous).replace(/^Steg/, "steg")}
          </Link>
        ) : <span />}
        {next ? (
          <Link href={`/arenden/${caseId}/steg/${next.path}`} className="text-brand-700 underline">
            Nästa: {pageName(next).replace(/^Steg/, "steg")} →
          </Link>
        ) : (
          <Link href={`/arenden/${caseId}/granska`} className="text-brand-700 underline">
            Kontrollera dina svar →
          </Link>
        )}
      </nav>
    </article>
  );
}
