import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { StepPageView, loadStepPage } from "@/lib/wizard/components/step-page";
import { loadWizardCase } from "@/lib/wizard/data";
import { findPage, pagesOfStep } from "@/lib/wizard/pages";
import { stepBySlug } from "@/lib/wizard/steps";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";

type Params = Promise<{ id: string; steg: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, steg } = await params;
  const spec = stepBySlug(steg.toLowerCase());
  return reviewedCasePageMetadata(spec ? `Steg ${spec.id}` : "Steg", id);
}

export default async function StepPage({ params }: { params: Params }) {
  const { id, steg } = await params;
  const spec = stepBySlug(steg.toLowerCase());
  if (!spec) notFound();
  const page = findPage(spec.slug);
  // A step split into topics (2A) has no page of its own: its old address leads to the first topic.
  if (!page || steg !== spec.slug) {
    const actor = await getActor();
    await guardPage(`/arenden/${id}/steg/${steg}`, () => loadWizardCase(actor, id));
    redirect(`/arenden/${id}/steg/${page?.path ?? pagesOfStep(spec.id)[0]!.path}`);
  }
  return <StepPageView {...await loadStepPage(id, page)} />;
}
