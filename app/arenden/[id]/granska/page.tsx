import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";
import { loadReview } from "@/lib/review/queries";
import { checkAnswersPageName, checkAnswersPageOf } from "@/lib/wizard/check-answers";
import { CheckAnswersOverview, CheckAnswersPage } from "@/lib/wizard/components/check-answers";
import { loadWizardCase } from "@/lib/wizard/data";
import { assessedOnText } from "@/lib/wizard/evaluation-date";
import { stepProgress } from "@/lib/wizard/progress";

type SearchParams = Promise<{ steg?: string | string[]; avsnitt?: string | string[] }>;

export async function generateMetadata({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: SearchParams }): Promise<Metadata> {
  const page = checkAnswersPageOf((await searchParams) ?? {});
  return reviewedCasePageMetadata(page ? `${checkAnswersPageName(page)}, kontrollera svaren` : "Kontrollera svaren", (await params).id);
}

export default async function CheckAnswersRoute({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: SearchParams }) {
  const { id } = await params;
  const page = checkAnswersPageOf((await searchParams) ?? {});
  const actor = await getActor();
  const [wizardCase, review] = await guardPage(`/arenden/${id}/granska`, () => Promise.all([loadWizardCase(actor, id), loadReview(actor, id)]));
  const evaluation = wizardCase.evaluation;
  const props = {
    caseId: id,
    wizardCase,
    review,
    evaluation,
    progress: stepProgress(wizardCase.doc, evaluation, wizardCase.completedSteps),
    assessedOn: assessedOnText(wizardCase.doc, evaluation.evaluationDate, "bedömt"),
  };
  return page ? <CheckAnswersPage {...props} page={page} /> : <CheckAnswersOverview {...props} />;
}
