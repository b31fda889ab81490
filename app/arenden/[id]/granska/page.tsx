import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { formatFindingCounts } from "@/lib/format";
import { guideStep } from "@/lib/guide";
import { evaluateCase } from "@/lib/rules";
import { FindingList } from "@/lib/wizard/components/finding-list";
import { fieldId } from "@/lib/wizard/components/field-ids";
import { StepStatusTag } from "@/lib/wizard/components/step-status-tag";
import { loadWizardCase } from "@/lib/wizard/data";
import { formatAnswer } from "@/lib/wizard/format-answer";
import { findingsForStep, stepProgress } from "@/lib/wizard/progress";
import { guideQuestions } from "@/lib/wizard/questions";
import { STEP_SPECS } from "@/lib/wizard/steps";

export const metadata: Metadata = { title: "Kontrollera svaren" };

export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const wizardCase = await guardPage(`/arenden/${id}/granska`, () => loadWizardCase(actor, id));
  const evaluation = evaluateCase(wizardCase.doc, caseEvaluationDate(wizardCase.doc));
  const progress = new Map(stepProgress(wizardCase.doc, evaluation, wizardCase.completedSteps).map((p) => [p.step, p]));
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
        {formatFindingCounts(evaluation.summary)}, bedömt {evaluation.evaluationDate}.
      </p>
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
              {spec.groups.flatMap((group) => group.fields).map((field) => {
                const label = field.kind === "formAdvice" ? "Frågor om samverkansform" : field.kind === "clauses" ? "Avtalets klausuler" : (questions[field.question]?.label ?? field.path);
                return (
                  <div key={field.path} className="grid gap-2 border-b border-slate-200 py-3 md:grid-cols-[16rem_1fr_auto]">
                    <dt className="font-semibold">{label}</dt>
                    <dd>
                      {formatAnswer(wizardCase.doc, field).map((line, index) => (
                        <p key={index} className="whitespace-pre-line">
                          {line}
                        </p>
                      ))}
                    </dd>
                    <dd>
                      {wizardCase.canEdit ? (
                        <Link href={`/arenden/${id}/steg/${spec.slug}#${fieldId(field.path)}`} className="text-brand-700 underline">
                          Ändra<span className="sr-only"> {label.toLocaleLowerCase("sv")}</span>
                        </Link>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <h3 className="mt-4 text-lg font-semibold">Öppna anmärkningar i steg {spec.id} ({stepFindings.length})</h3>
            <FindingList findings={stepFindings} caseId={id} currentSlug={null} headingLevel={4} />
          </section>
        );
      })}
    </article>
  );
}
