import Link from "@/components/Link";
import { type CompletionMarks, markOfPage } from "../completion-marks";
import { MarkLine } from "./completion-mark";
import { guideStep } from "@/lib/guide";
import type { StepProgress } from "../progress";
import { stepSpec } from "../steps";
import { StepStatusTag } from "./step-status-tag";
import { NOUNS, formatCount, formatCountOf, formatSeverityCounts, plural } from "@/lib/format/count";
import { joinSentences } from "@/lib/format/sentence";
import { DECISION_LABELS } from "@/lib/review/labels";

/** "3 av 7 frågor besvarade", "1 av 7 frågor besvarad", "0 av 1 fråga besvarade": the participle agrees with the count. */
export function answeredOf({ answered, total }: { answered: number; total: number }): string {
  return `${formatCountOf(answered, total, NOUNS.question)} ${plural(answered, ["besvarad", "besvarade"])}`;
}

/** "1 hinder, 2 varningar och 1 upplysning", or "Inga iakttagelser". */
export function findingSummary(p: { blockers: number; warnings: number; infos: number }): string {
  return formatSeverityCounts(p) || "Inga iakttagelser";
}

/** "1 iakttagelse med beslutet ”Ska åtgärdas”" (the start page's words; one or more parties' jurists), or "" for none. */
function mustFixText(count: number | undefined): string {
  return count ? `${formatCount(count, NOUNS.finding)} med beslutet ”${DECISION_LABELS.MUST_FIX}”` : "";
}

function joinSteps(steps: readonly string[]): string {
  return steps.length <= 1 ? (steps[0] ?? "") : `${steps.slice(0, -1).join(", ")} och ${steps.at(-1)}`;
}

/**
 * The case overview as a task list (GOV.UK "task list" pattern): every step, its status and its
 * findings, and each topic of a split step on a row of its own. Every step can be opened; a step
 * that builds on untouched steps says what we recommend doing first.
 */
export function StepTaskList({
  caseId,
  progress,
  hrefOf = (path) => `/arenden/${caseId}/steg/${path}`,
  mustFix,
  marks = {},
}: {
  caseId: string;
  progress: StepProgress[];
  /** Who marked each step or topic complete, and when (Case.stepCompletedBy). */
  marks?: CompletionMarks;
  /** Per page key and step: findings a jurist decided "Ska åtgärdas" on (mustFixByPage); said beside the counts. */
  mustFix?: ReadonlyMap<string, number>;
  /** Where a step's or topic's row leads, by its page path ("1", "2a/ekonomi"): its form, unless told otherwise. */
  hrefOf?: (pagePath: string) => string;
}) {
  return (
    <>
      {/* A walk counted seven questions on step 2C, every one with a choice, against "3 av 4 frågor besvarade". */}
      <p className="mt-4 text-sm">
        Bara frågor som gäller ärendet med dess nuvarande svar räknas. Frågor som får lämnas tomma räknas inte, och svaret ”Vet inte än” räknas som obesvarat.
      </p>
      <ol className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
        {progress.map((p) => {
          const spec = stepSpec(p.step);
          const title = `Steg ${p.step}: ${guideStep(p.step).title}`;
          const firstPath = p.topics[0]?.path ?? spec.slug;
          const later = `Vi rekommenderar att du först börjar på steg ${joinSteps(p.recommendFirst)}.`;
          return (
            <li key={p.step} className="py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <Link href={hrefOf(firstPath)} className="font-semibold text-brand-700 underline">
                    {title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {p.deferred
                      ? `${later} Stegets iakttagelser räknas när du har börjat där.`
                      : joinSentences([answeredOf(p), findingSummary(p), mustFixText(mustFix?.get(p.step))])}
                  </p>
                  {/* A step of topics has its marks on them (a whole 2A's mark on each): not said twice. */}
                  {p.topics.length === 0 ? <MarkLine mark={marks[p.step]} /> : null}
                </div>
                <StepStatusTag status={p.status} />
              </div>
              {p.topics.length > 0 ? (
                <ul aria-label={`Delar av steg ${p.step}`} className="mt-2 space-y-2 border-l-4 border-slate-200 pl-4">
                  {p.topics.map((topic) => (
                    <li key={topic.key} className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <Link href={hrefOf(topic.path)} className="text-brand-700 underline">
                          {topic.title}
                        </Link>
                        <p className="text-sm text-slate-700">
                          {p.deferred ? joinSentences([answeredOf(topic)]) : joinSentences([answeredOf(topic), findingSummary(topic), mustFixText(mustFix?.get(topic.key))])}
                        </p>
                        <MarkLine mark={markOfPage(marks, topic.key)} />
                      </div>
                      <StepStatusTag status={topic.status} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
