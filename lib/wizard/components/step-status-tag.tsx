import { STEP_STATUS_LABELS, type StepStatus } from "../progress";

const STYLE: Record<StepStatus, string> = {
  not_started: "bg-slate-100 text-slate-800",
  in_progress: "bg-brand-50 text-brand-800",
  completed: "bg-green-100 text-green-900",
  has_problems: "bg-red-100 text-red-900",
};

export function StepStatusTag({ status }: { status: StepStatus }) {
  return <span className={`ml-2 inline-block rounded px-2 py-0.5 align-middle text-sm font-semibold ${STYLE[status]}`}>{STEP_STATUS_LABELS[status]}</span>;
}
