import { fieldLabel } from "@/lib/wizard/field-labels";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { assessedOnText, caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { formatFindingCounts, inSentence } from "@/lib/format";
import { guideStep } from "@/lib/guide";
import { evaluateCase } from "@/lib/rules";
import { DecisionList } from "@/lib/review/components/finding-review";
import { ReviewStatusPanel } from "@/lib/review/components/review-status";
import { anchorDescription } from "@/lib/review/components/threads";
import { loadReview } from "@/lib/review/queries";
import { FindingList } from "@/lib/wizard/components/finding-list";
import { fieldId } from "@/lib/wizard/components/field-ids";
import { StepStatusTag } from "@/lib/wizard/components/step-status-tag";
import { loadWizardCase } from "@/lib/wizard/data";
import { AnswerLines } from "@/lib/wizard/components/answer-lines";
import { fieldApplies, findingsForStep, pageHref, pageOfQuestion } from "@/lib/wizard/pages";
import { countedSummary, stepProgress } from "@/lib/wizard/progress";
import { guideQuestions } from "@/lib/wizard/questions";
import { ProcurementVerdicts } from "@/lib/wizard/components/procurement-verdicts";
import { STEP_SPECS } from "@/lib/wizard/steps";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return reviewedCasePageMetadata("Kontrollera svaren", (await params).id);
}

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const [wizardCase, review] = await guardPage(`/arenden/${id}/granska`, () => Promise.all([loadWizardCase(actor, id), loadReview(actor, id)]));
  const openThreads = review.threads.filter((t) => !t.resolvedAt);
  const evaluation = evaluateCase(wizardCase.doc, caseEvaluationDate(wizardCase.doc));
  const progressList = stepProgress(wizardCase.doc, evaluation, wizardCase.completedSteps);
  const progress = new Map(progressList.map((p) => [p.step, p]));
  const questions = guideQuestions();

  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${id}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Kontrollera svaren: {wizardCase.title}
      </h1>
      <p className="mt-2">
        {formatFindingCounts(countedSummary(evaluation, progressList))}, {assessedOnText(wizardCase.doc, evaluation.evaluationDate, "bedömt")}.
      </p>
      <section aria-labelledby="upphandlingsbedomning" className="mt-6">
        <h2 id="upphandlingsbedomning" className="text-2xl font-semibold">
          Upphandlingsbedömning
        </h2>
        <ProcurementVerdicts routes={evaluation.procurement.routes} />
      </section>
      <ReviewStatusPanel review={review} />
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
                Om {anchorDescription(t, review)}: ”{t.comments.at(-1)?.body.slice(0, 200)}” ({t.comments.at(-1)?.authorName})
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2">
          <Link href={`/arenden/${id}/juridisk-granskning`} className="text-brand-700 underline">
            Kommentarer och juristens beslut
          </Link>
        </p>
      </section>
      {STEP_SPECS.map((spec) => {
        const guide = guideStep(spec.id);
        const stepFindings = findingsForStep(evaluation, spec.id);
        const status = progress.get(spec.id)!;
        return (
          <section key={spec.id} aria-labelledby={`steg-${spec.slug}`} className="mt-10 border-t-2 border-slate-300 pt-6">
            <h2 id={`steg-${spec.slug}`} className="text-2xl font-semibold">
              Steg {spec.id}: {guide.title} <StepStatusTag status={status.status} />
            </h2>
            <dl className="mt-4">
              {/* Questions that do not apply to the case as answered are left out (their answers are kept). */}
              {spec.groups.flatMap((group) => group.fields.map((field) => ({ field, heading: group.heading }))).filter(({ field }) => fieldApplies(field, wizardCase.doc, questions)).map(({ field, heading }) => {
                const label = fieldLabel(field, questions, heading);
                return (
                  <div key={field.path} className="grid gap-2 border-b border-slate-200 py-3 md:grid-cols-[16rem_1fr_auto]">
                    <dt className="font-semibold">{label}</dt>
                    <dd>
                      <AnswerLines doc={wizardCase.doc} field={field} />
                    </dd>
                    <dd>
                      {wizardCase.canEdit ? (
                        <Link href={pageHref(id, pageOfQuestion(field)!, fieldId(field.path))} className="text-brand-700 underline">
                          Ändra<span className="sr-only"> {inSentence(label)}</span>
                        </Link>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <h3 className="mt-4 text-lg font-semibold">Öppna anmärkningar i steg {spec.id} ({stepFindings.length})</h3>
            <FindingList findings={stepFindings} caseId={id} currentSlug={null} headingLevel={4} />
            {review.findings.some((k) => k.finding.step === spec.id && review.decisions.some((d) => d.findingKey === k.key)) ? (
              <>
                <h3 className="mt-4 text-lg font-semibold">Juristens beslut i steg {spec.id}</h3>
                <ul className="mt-2 space-y-2">
                  {review.findings
                    .filter((k) => k.finding.step === spec.id && review.decisions.some((d) => d.findingKey === k.key))
                    .map((k) => (
                      <li key={k.key}>
                        <strong>{k.finding.title}</strong>
                        <DecisionList review={review} findingKey={k.key} />
                      </li>
                    ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}
