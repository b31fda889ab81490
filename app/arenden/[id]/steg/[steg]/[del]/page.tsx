import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepPageView, loadStepPage } from "@/lib/wizard/components/step-page";
import { findPage } from "@/lib/wizard/pages";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";

type Params = Promise<{ id: string; steg: string; del: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, steg, del } = await params;
  const page = findPage(steg, del);
  return reviewedCasePageMetadata(page?.topic ? `Steg ${page.step.id}: ${page.topic.title}` : "Steg", id);
}

/** One topic of a step split into topics, e.g. /steg/2a/ekonomi. */
export default async function StepTopicPage({ params }: { params: Params }) {
  const { id, steg, del } = await params;
  const page = findPage(steg, del);
  if (!page?.topic) notFound();
  return <StepPageView {...await loadStepPage(id, page)} />;
}
