import { STEP_STATUS_LABELS, type StepProgress } from "../progress";

const MARK: Record<StepProgress["status"], string> = {
  not_started: "○",
  in_progress: "◐",
  completed: "●",
  has_problems: "!",
};

/** A compact row of every step's status, readable as text by screen readers. */
export function StepProgressList({ progress }: { progress: StepProgress[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Status per steg">
      {progress.map((p) => (
        <li key={p.step} className="rounded border border-slate-400 px-2 py-0.5">
          <span aria-hidden="true">{MARK[p.status]} </span>
          Steg {p.step}: {STEP_STATUS_LABELS[p.status].toLocaleLowerCase("sv")}
        </li>
      ))}
    </ul>
  );
}
