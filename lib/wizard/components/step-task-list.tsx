import Link from "next/link";
import { guideStep } from "@/lib/guide";
import type { StepProgress } from "../progress";
import { stepSpec } from "../steps";
import { StepStatusTag } from "./step-status-tag";
import { NOUNS, formatCount, formatCountOf } from "@/lib/format/count";
import { joinSentences } from "@/lib/format/sentence";

function findingSummary(p: StepProgress): string {
  const parts = [
    p.blockers ? formatCount(p.blockers, NOUNS.blocker) : null,
    p.warnings ? formatCount(p.warnings, NOUNS.warning) : null,
    p.infos ? formatCount(p.infos, NOUNS.information) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "Inga anmärkningar";
}

/** The case overview as a task list (GOV.UK "task list" pattern): every step, its status and its findings. */
export function StepTaskList({ caseId, progress }: { caseId: string; progress: StepProgress[] }) {
  return (
    <ol className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
      {progress.map((p) => {
        const spec = stepSpec(p.step);
        const title = `Steg ${p.step}: ${guideStep(p.step).title}`;
        return (
          <li key={p.step} className="flex flex-wrap items-start justify-between gap-2 py-3">
            <div>
              {p.status === "cannot_start" ? (
                <span className="font-semibold">{title}</span>
              ) : (
                <Link href={`/arenden/${caseId}/steg/${spec.slug}`} className="font-semibold text-brand-700 underline">
                  {title}
                </Link>
              )}
              <p className="text-sm text-slate-700">
                {p.status === "cannot_start"
                  ? `Börja med steg ${p.waitingFor.join(" och ")} först.`
                  : joinSentences([`${formatCountOf(p.answered, p.total, NOUNS.question)} besvarade`, findingSummary(p)])}
              </p>
            </div>
            <StepStatusTag status={p.status} />
          </li>
        );
      })}
    </ol>
  );
}
