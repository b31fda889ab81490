import type { Actor } from "@/lib/auth/actor";
import { approveCase, decideFinding } from "@/lib/review/data";
import { loadReview } from "@/lib/review/queries";
import { CONFIRM_INCOMPLETE_VALUE } from "@/lib/review/reminders";

/**
 * What an approval waits for, done as a jurist does it: every fact marked "verifiera" verified
 * against a source, every other blocker accepted with a motivation (lib/review/findings.ts,
 * openPoints), where the party has not already settled it so.
 */
export async function decideEveryOpenFinding(actor: Actor, caseId: string, organizationId?: string): Promise<void> {
  const review = await loadReview(actor, caseId);
  const parties = organizationId ? [organizationId] : review.myOrganizations;
  for (const { key, finding } of review.findings) {
    if (finding.severity !== "blocker" && !finding.verify) continue;
    const decision = finding.verify ? { kind: "VERIFIED", source: "Kontrollerad mot beslutet." } : { kind: "ACCEPTED_RISK", motivation: "Bedömd i granskningen." };
    if (review.decisions.some((d) => d.findingKey === key && d.holds && d.kind === decision.kind && parties.includes(d.organizationId))) continue;
    await decideFinding(actor, { caseId, findingKey: key, ...(organizationId ? { organizationId } : {}), ...decision });
  }
}

/**
 * Decides what an approval waits for, then approves, ticking "Jag godkänner ärendet ändå" as a
 * jurist does who has read the reminders (unfinished steps, open comments; lib/review/reminders.ts).
 */
export async function approveDecided(actor: Actor, input: { caseId: string; version: number; organizationId?: string; requestsShown?: string }) {
  await decideEveryOpenFinding(actor, input.caseId, input.organizationId);
  return approveCase(actor, { ...input, ...(await confirmedAsShown(actor, input.caseId)) });
}

/** "Jag godkänner ärendet ändå" ticked beside the reminders the review page shows now, as the form posts it. */
export async function confirmedAsShown(actor: Actor, caseId: string): Promise<{ confirmIncomplete: string; remindersShown: string }> {
  return { confirmIncomplete: CONFIRM_INCOMPLETE_VALUE, remindersShown: (await loadReview(actor, caseId)).reminders.key };
}
