import { guideStep } from "@/lib/guide";
import type { StepId } from "@/lib/guide/step-ids";
import { NOUNS, formatCount, joinList, plural } from "@/lib/format/count";
import { isStepCompleted } from "@/lib/wizard/pages";
import { STEP_SPECS } from "@/lib/wizard/steps";

// Plain module: what a jurist should know before approving a case that its editors have not
// finished. Neither bars an approval in law (the steps are SKR's method, report ch. 5, and a
// comment is the review's own working note), so an approval is allowed, but only once the
// jurist has confirmed it with both in front of them;
// the server asks for the same confirmation, of the same reminders (REMINDERS_SHOWN_FIELD), so a
// box ticked on a page loaded before a change (a step unmarked, a new comment) does not cover it.

/** The form field that confirms an approval despite the reminders. */
export const CONFIRM_INCOMPLETE_FIELD = "confirmIncomplete";
export const CONFIRM_INCOMPLETE_VALUE = "ja";
/** A hidden field: the reminders the page showed beside the box (ApprovalReminders.key). */
export const REMINDERS_SHOWN_FIELD = "remindersShown";

export interface ApprovalReminders {
  /** Steps the editors have not marked as finished ("Är avsnittet klart?"), in the guide's order. */
  unfinishedSteps: { id: StepId; title: string }[];
  /** Review comments nobody has marked as resolved. */
  openComments: number;
  /** What the reminders are about, to compare what a page showed with what holds now. */
  key: string;
}

/** `openThreads`: the review threads not resolved, each with its number of comments (a reply is news too). */
export function approvalReminders(completedSteps: readonly string[], openThreads: readonly { id: string; comments: number }[]): ApprovalReminders {
  const unfinishedSteps = STEP_SPECS.filter((spec) => !isStepCompleted(spec, completedSteps)).map((spec) => ({ id: spec.id, title: guideStep(spec.id).title }));
  const threads = openThreads.map((t) => `${t.id}:${t.comments}`).sort().join(",");
  return {
    unfinishedSteps,
    openComments: openThreads.length,
    // Short whatever the number of threads: it travels in a hidden field of bounded size.
    key: `${unfinishedSteps.map((s) => s.id).join(",")}|${openThreads.length}|${digest(threads)}`,
  };
}

/** cyrb53 (a public-domain 53-bit string hash): tells one set of threads from another, not a secret. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function hasReminders(reminders: ApprovalReminders): boolean {
  return reminders.unfinishedSteps.length > 0 || reminders.openComments > 0;
}

/** The reminders as sentences, one per kind: "Redigerarna har inte markerat steg 3C och 4 som klara." */
export function reminderLines(reminders: ApprovalReminders): string[] {
  const steps = reminders.unfinishedSteps;
  return [
    steps.length > 0 ? `Redigerarna har inte markerat ${plural(steps.length, ["steg", "stegen"])} ${joinList(steps.map((s) => s.id))} som ${plural(steps.length, ["klart", "klara"])}.` : "",
    reminders.openComments > 0
      ? `${formatCount(reminders.openComments, NOUNS.comment)} från granskningen är inte ${plural(reminders.openComments, ["markerad som löst", "markerade som lösta"])}.`
      : "",
  ].filter(Boolean);
}

/** The server's answer to an approval that skipped the confirmation: names what it confirms. */
export function confirmationMissingMessage(reminders: ApprovalReminders): string {
  return `Bekräfta att du godkänner ärendet ändå. ${reminderLines(reminders).join(" ")}`;
}

/** The same, beside the box, whose hint already names what is unfinished. */
export const CONFIRMATION_MISSING_FIELD_MESSAGE = "Kryssa i rutan om du godkänner ärendet ändå.";

/** The box was ticked beside other reminders than hold now: asked again, with the new ones. */
export function remindersChangedMessage(reminders: ApprovalReminders): string {
  return `Sedan sidan visades har det ändrats vad som inte är klart. ${reminderLines(reminders).join(" ")} Kryssa i rutan igen om du godkänner ärendet ändå.`;
}
export const REMINDERS_CHANGED_FIELD_MESSAGE = "Det som inte är klart har ändrats sedan sidan visades. Läs det nya och kryssa i rutan igen om du godkänner ärendet ändå.";
