import { guideStep } from "@/lib/guide";
import { WIZARD_PAGES, findPage, type WizardPage } from "./pages";

// "Kontrollera svaren" shows the case's answers a wizard page at a time (a step, or a topic of
// step 2A), as the GOV.UK task-list pattern checks each task's answers on its own page. Every
// answer, finding and decision on one view was 144 kB of HTML and the slowest signed-in page
// (issue 14), and a person checking a step has the rest of the case a link away. Its first view
// is the whole case in brief: where each step stands, the procurement assessment and the review.

/** The page of answers asked for by ?steg= and ?avsnitt=, or null for the overview (no step, or one that does not exist). */
export function checkAnswersPageOf(query: { steg?: unknown; avsnitt?: unknown }): WizardPage | null {
  if (typeof query.steg !== "string") return null;
  const step = query.steg.toLowerCase();
  const topic = typeof query.avsnitt === "string" ? query.avsnitt.toLowerCase() : undefined;
  // A split step asked for without a topic opens its first topic.
  return (topic ? findPage(step, topic) : undefined) ?? findPage(step) ?? WIZARD_PAGES.find((page) => page.step.slug === step) ?? null;
}

/** "/arenden/<id>/granska", or one page's answers: "/arenden/<id>/granska?steg=2a&avsnitt=ekonomi". */
export function checkAnswersPath(caseId: string, page?: WizardPage | null, fragment?: string): string {
  const search = page ? `?${new URLSearchParams(page.topic ? { steg: page.step.slug, avsnitt: page.topic.slug } : { steg: page.step.slug }).toString()}` : "";
  return `/arenden/${caseId}/granska${search}${fragment ? `#${fragment}` : ""}`;
}

/** "Svaren i steg 1: Behov", "Svaren i steg 2A: Ekonomi" (a topic is named by its own title). */
export function checkAnswersPageName(page: WizardPage): string {
  return `Svaren i steg ${page.step.id}: ${page.topic ? page.topic.title : guideStep(page.step.id).title}`;
}
