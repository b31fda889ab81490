import { toFieldPath } from "@/lib/wizard/paths";
import { fieldId } from "@/lib/wizard/components/field-ids";
import { STEP_SPECS, type FieldSpec } from "@/lib/wizard/steps";
import { WIZARD_PAGES, type WizardPage, findPage, pageOfField } from "@/lib/wizard/pages";
import { guideQuestions } from "@/lib/wizard/questions";
import { answerLabel } from "../diff";
import { SAVED_AT_PARAM, SAVED_PARAM, type SavedKind, savedKindOf } from "../saved";
import { type ReviewPart, reviewPartOf, reviewPartPath } from "./review-parts";

// Anchors of the review page's "Alla svar" rows, so a finding or the economy section can link to
// the answers it rests on.

const FIELDS: readonly FieldSpec[] = STEP_SPECS.flatMap((s) => s.groups.flatMap((g) => g.fields));

/** The answer row (a step's field) that holds a case path such as "economy.costShares[1].percent". */
export function answerFieldOf(casePath: string): FieldSpec | undefined {
  const path = toFieldPath(casePath);
  return FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`));
}

/** "Avtalsklausul: Parter", or the question holding a case path such as "parties[1].name". */
export function answeredAbout(casePath: string): string | undefined {
  const clause = answerLabel(toFieldPath(casePath));
  if (clause.isClause) return clause.label;
  const field = answerFieldOf(casePath);
  return field ? guideQuestions()[field.question]?.label : undefined;
}

export function answerRowId(fieldPath: string): string {
  return `svar-${fieldId(fieldPath)}`;
}

/**
 * The review page's answers are shown a wizard page at a time, as the editors answered them: a
 * step, or a topic of step 2A (?steg=2a&avsnitt=ekonomi).
 */
export function answersPageParams(page: WizardPage): Record<string, string> {
  return page.topic ? { steg: page.step.slug, avsnitt: page.topic.slug } : { steg: page.step.slug };
}

/** The page of answers asked for; a step's first topic for a split step without one, and the first page for anything else. */
export function answersPageOf(steg: unknown, avsnitt: unknown): WizardPage {
  const step = typeof steg === "string" ? steg : "";
  return (
    (typeof avsnitt === "string" ? findPage(step, avsnitt) : undefined) ?? findPage(step) ?? WIZARD_PAGES.find((page) => page.step.slug === step) ?? WIZARD_PAGES[0]!
  );
}

/** "Svaren i steg 2A: Ekonomi", "Svaren i steg 1". */
export function answersPageName(page: WizardPage): string {
  return `Svaren i steg ${page.step.id}${page.topic ? `: ${page.topic.title}` : ""}`;
}

/** Where an answer's row is: in the review page's part with the answers, at the answer's page. */
export function answerRowPath(caseId: string, fieldPath: string): string {
  return reviewPartPath(caseId, "svar", answerRowId(fieldPath), answersPageParams(pageOfField(fieldPath) ?? WIZARD_PAGES[0]!));
}

/**
 * What the review page shows for its address: the part (?del=) and, in the answers, the page
 * (?steg=, ?avsnitt=). A form asked for (?kommentera=, ?besluta=) decides instead, so that an
 * address naming an answer, a clause or a finding always shows it with its form open. `saved`:
 * what a save without JavaScript, redirected here, saved (?sparat=), for the page to say at its
 * top — only when the address names no block (?vid=): a block named says it itself (SavedNoticeHere).
 */
export function reviewView(query: { del?: unknown; steg?: unknown; avsnitt?: unknown; kommentera?: unknown; besluta?: unknown; sparat?: unknown; vid?: unknown }): {
  part: ReviewPart;
  answers: WizardPage;
  saved: SavedKind | undefined;
} {
  const asked = answersPageOf(query.steg, query.avsnitt);
  const saved = query[SAVED_AT_PARAM] === undefined ? savedKindOf(query[SAVED_PARAM]) : undefined;
  if (typeof query.besluta === "string") return { part: "beslut", answers: asked, saved };
  const [kind, ...rest] = typeof query.kommentera === "string" ? query.kommentera.split(":") : [];
  if (kind === "answer") return { part: "svar", answers: pageOfField(rest.join(":")) ?? asked, saved };
  if (kind === "clause") return { part: "avtal", answers: asked, saved };
  if (kind === "finding") return { part: "beslut", answers: asked, saved };
  return { part: reviewPartOf(query.del), answers: asked, saved };
}
