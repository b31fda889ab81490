import type { StepProgress } from "../progress";

/** The groups in the order a reader needs them: what needs attention first. */
const GROUPS: { status: StepProgress["status"]; label: string }[] = [
  { status: "has_problems", label: "har problem" },
  { status: "in_progress", label: "pågår" },
  { status: "completed", label: "klara" },
  { status: "not_started", label: "inte påbörjade" },
];

/**
 * Every step's status in one line, grouped ("Steg – pågår: 2C, 3A · klara: 1, 2A"): a list shows
 * many cases, and one sentence per case reads faster, and weighs less, than a list of eight.
 */
export function StepProgressSummary({ progress }: { progress: StepProgress[] }) {
  const groups = GROUPS.map((group) => ({ ...group, steps: progress.filter((p) => p.status === group.status).map((p) => p.step) })).filter((group) => group.steps.length > 0);
  return (
    <p className="mt-2 text-sm">
      <span className="font-semibold">Steg</span> – {groups.map((group) => `${group.label}: ${group.steps.join(", ")}`).join(" · ")}
    </p>
  );
}
