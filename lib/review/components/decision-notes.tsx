import { DateTime } from "@/components/DateTime";
import { ChangedText } from "@/components/TextDifference";
import type { Finding } from "@/lib/rules";
import { keyFindings } from "../findings";
import { DECISION_LABELS } from "../labels";
import type { DecisionChange } from "../decision-changes";
import type { ReviewData } from "../queries";

// A jurist's decisions on a finding, shown wherever the finding is shown: the review page, the
// step pages' live findings and the check-answers page. Plain data, so a server page can hand the
// notes to the step form (a client component).

export interface DecisionNote {
  findingKey: string;
  kind: keyof typeof DECISION_LABELS;
  /** False when the finding's facts changed since the decision: it is open again. */
  holds: boolean;
  partyName: string;
  decidedByName: string;
  /** ISO instant. */
  decidedAt: string;
  motivation: string | null;
  source: string | null;
  /**
   * For a decision that no longer holds: the answers its finding rests on that changed since, in
   * readable Swedish (lib/review/decision-changes.ts); empty when only the finding's text changed.
   */
  changes?: readonly DecisionChange[];
}

export function decisionNotes(review: Pick<ReviewData, "decisions" | "parties">): DecisionNote[] {
  return review.decisions.map((d) => ({
    findingKey: d.findingKey,
    kind: d.kind,
    holds: d.holds,
    partyName: review.parties.find((p) => p.id === d.organizationId)?.name ?? "",
    decidedByName: d.decidedByName,
    decidedAt: d.createdAt.toISOString(),
    motivation: d.motivation,
    source: d.source,
    ...(d.changes ? { changes: d.changes } : {}),
  }));
}

/** The notes for each finding of an evaluation, by the finding's stable key. */
export function notesByFinding(findings: readonly Finding[], notes: readonly DecisionNote[]): Map<Finding, DecisionNote[]> {
  return new Map(keyFindings(findings).map((k) => [k.finding, notes.filter((n) => n.findingKey === k.key)]));
}

/** Who decided what, for which party, when and why; a decision whose facts changed reads as reopened. */
export function DecisionNotes({ notes, emptyText }: { notes: readonly DecisionNote[]; emptyText?: string }) {
  if (notes.length === 0) return emptyText ? <p className="mt-2 text-sm">{emptyText}</p> : null;
  // Two parties' decisions reopened by one change list the same change: said once (a walk read it twice).
  const changesShown = notes.map((d, index) => (d.changes?.length ? notes.slice(0, index).findIndex((e) => !e.holds && e.changes && sameChanges(e.changes, d.changes!)) : -1));
  return (
    <ul className="mt-2 space-y-1" aria-label="Juristens beslut">
      {notes.map((d, index) => (
        <li key={`${d.partyName}-${d.decidedAt}`} className="rounded bg-white p-2 text-sm">
          {/* A decision that no longer holds was opened again by the change of its facts, not by the
              jurist: "Öppnad igen … av Julia Rätt" read as if she had opened it. */}
          {d.holds ? null : <strong>Gäller inte längre: </strong>}
          {d.holds ? <strong>{DECISION_LABELS[d.kind]}</strong> : DECISION_LABELS[d.kind]}
          {d.partyName ? ` för ${d.partyName}` : ""}, av {d.decidedByName}, <DateTime value={new Date(d.decidedAt)} />
          {d.motivation ? <span className="block whitespace-pre-line">Motivering: {d.motivation}</span> : null}
          {d.source && d.kind === "VERIFIED" ? <span className="block whitespace-pre-line">Källa: {d.source}</span> : null}
          {!d.holds ? <span className="block">Underlaget har ändrats sedan beslutet, så det gäller inte längre. Juristen behöver besluta igen.</span> : null}
          {!d.holds && d.changes ? changesShown[index]! >= 0 ? <span className="block">Samma ändringar som för beslutet ovan.</span> : <ChangedSinceDecision changes={d.changes} /> : null}
        </li>
      ))}
    </ul>
  );
}

const sameChanges = (a: readonly DecisionChange[], b: readonly DecisionChange[]) =>
  a.length === b.length && a.every((change, i) => change.question === b[i]!.question && change.before === b[i]!.before && change.after === b[i]!.after);

/** What changed since a decision that no longer holds: the answers its finding rests on, or that only the finding's text did. */
function ChangedSinceDecision({ changes }: { changes: readonly DecisionChange[] }) {
  if (changes.length === 0) {
    return <p>Svaren som iakttagelsen gäller är desamma. Det som har ändrats är själva iakttagelsen, som också bygger på andra svar i ärendet eller på dagen ärendet bedöms.</p>;
  }
  return (
    <div className="mt-1">
      <p>Ändrat sedan beslutet:</p>
      <dl>
        {changes.map((change, index) => (
          <div key={`${index}-${change.question}`} className="mt-1">
            <dt className="font-semibold">{change.question}</dt>
            <dd>
              <ChangedText before={change.before} after={change.after} marked={change.marked} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
