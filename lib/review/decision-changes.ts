import "server-only";
import type { Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { TextPart } from "@/lib/format/text-difference";
import { type AnswerDiff, answerLabel, foldDiffs, markedChange } from "./diff";
import type { KeyedFinding } from "./findings";

/** One answer a decision's finding rests on that changed after the decision, in readable Swedish. */
export interface DecisionChange {
  /** "Steg 2A: Hur lång är avtalstiden?" */
  question: string;
  before: string;
  after: string;
  /** A long text changed in a few words: those words, marked in their sentences (markedChange). */
  marked?: TextPart[];
}

/** Whether an answer path (a list is one answer) is, holds or lies within a finding's field. */
function concerns(answerPath: string, field: string): boolean {
  return field === answerPath || field.startsWith(`${answerPath}.`) || field.startsWith(`${answerPath}[`) || answerPath.startsWith(`${field}.`);
}

/**
 * A decision that no longer holds says what changed: the answers its finding rests on, changed
 * since the version the jurist decided on (the revision table, as the changes since an approval
 * are read). Empty when none of them changed: then the finding's own text did, as it also rests on
 * other answers or on the date the case is assessed on. One query, and only when a decision has
 * reopened; `caseId` is a case the caller has read with the permission in the query.
 */
export async function withDecisionChanges<D extends { findingKey: string; holds: boolean; caseVersion: number }>(
  caseId: string,
  decisions: readonly D[],
  findings: readonly KeyedFinding[],
  doc: Case,
): Promise<(D & { changes?: DecisionChange[] })[]> {
  const reopened = decisions.filter((d) => !d.holds);
  if (reopened.length === 0) return [...decisions];
  const since = Math.min(...reopened.map((d) => d.caseVersion));
  const revisions = await prisma.caseRevision.findMany({ where: { caseId, version: { gt: since } }, orderBy: { version: "asc" }, select: { version: true, changes: true } });
  const fieldsOf = new Map(findings.map((k) => [k.key, k.finding.fields]));
  return decisions.map((decision) => {
    // A finding that has gone is not shown, nor its decision; what it rested on is not known.
    const fields = fieldsOf.get(decision.findingKey);
    if (decision.holds || !fields) return decision;
    const answers = foldDiffs(revisions.filter((r) => r.version > decision.caseVersion).map((r) => r.changes as unknown as AnswerDiff[]));
    const changes = answers
      .filter((diff) => fields.some((field) => concerns(diff.path, field)))
      .map((diff): DecisionChange => {
        const label = answerLabel(diff.path);
        return { question: label.step ? `Steg ${label.step}: ${label.label}` : label.label, ...markedChange(doc, diff.path, diff.before, diff.after) };
      });
    return { ...decision, changes };
  });
}
