import { NOUNS, formatCountOf } from "@/lib/format/count";
import type { StepProgress } from "../progress";

/**
 * "3 av 8 steg klara" above the task list, with a bar. A native <progress> labelled by the
 * sentence, so screen readers hear the same count the page shows; the bar is drawn with
 * Tailwind's appearance reset so it keeps AA contrast in every browser.
 */
export function CaseProgress({ progress }: { progress: readonly StepProgress[] }) {
  const done = progress.filter((p) => p.status === "completed").length;
  const total = progress.length;
  return (
    <div className="mt-4 max-w-xl">
      <p id="framsteg" className="font-semibold">
        {formatCountOf(done, total, NOUNS.step)} klara
      </p>
      <progress
        aria-labelledby="framsteg"
        value={done}
        max={total}
        className="mt-1 h-3 w-full appearance-none overflow-hidden rounded-full border border-slate-600 bg-slate-100 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-brand-700"
      />
    </div>
  );
}
