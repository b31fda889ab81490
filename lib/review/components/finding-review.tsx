import type { Finding } from "@/lib/rules";
import { FindingBody, SEVERITY_STYLE } from "@/lib/wizard/components/finding-body";
import { decideFindingAction } from "../actions";
import { DECISION_LABELS } from "../labels";
import type { ReviewData } from "../queries";
import { MAX_MOTIVATION } from "../schemas";
import { guideQuestions } from "@/lib/wizard/questions";
import { answerFieldOf, answerRowId } from "./answer-anchors";
import { DecisionNotes, decisionNotes } from "./decision-notes";
import { ReviewForm } from "./review-form";
import { AnchorThreads } from "./threads";


/** Who decided what on a finding, per party; a decision whose facts changed is shown as reopened. */
export function DecisionList({ review, findingKey }: { review: ReviewData; findingKey: string }) {
  return <DecisionNotes notes={decisionNotes(review).filter((n) => n.findingKey === findingKey)} emptyText="Inget juridiskt beslut än." />;
}

/** Links to the answers a finding rests on, further down the same page, so the reviewer keeps their place. */
function FieldLinks({ finding }: { finding: Finding }) {
  const fields = [...new Map(finding.fields.flatMap((path) => { const f = answerFieldOf(path); return f ? [[f.path, f] as const] : []; })).values()];
  if (fields.length === 0) return null;
  const questions = guideQuestions();
  return (
    <p className="mt-1 text-sm">
      Svaren det gäller:{" "}
      {fields.map((f, i) => (
        <span key={f.path}>
          {i > 0 ? ", " : ""}
          {/* Clauses are listed in their own section, not among the answers. */}
          <a href={f.kind === "clauses" ? "#klausuler" : `#${answerRowId(f.path)}`} className="text-brand-700 underline">
            {f.kind === "clauses" ? "Avtalets klausuler" : (questions[f.question]?.label ?? f.path)}
          </a>
        </span>
      ))}
    </p>
  );
}

export function FindingReview({ review, findingKey, finding, commentOn }: { review: ReviewData; findingKey: string; finding: Finding; commentOn?: string }) {
  const about = `iakttagelsen ${finding.title}`;
  const kinds = (["MUST_FIX", "ACCEPTED_RISK", "NOT_APPLICABLE", ...(finding.verify ? (["VERIFIED"] as const) : [])] as const).map((k) => ({ value: k, label: DECISION_LABELS[k] }));
  return (
    <li className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
      <FindingBody finding={finding} headingLevel={4} />
      <FieldLinks finding={finding} />
      <DecisionList review={review} findingKey={findingKey} />
      {review.can.decide ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-brand-700 underline">
            Besluta<span className="sr-only"> om {about}</span>
          </summary>
          <ReviewForm
            action={decideFindingAction}
            label={`Beslut om ${about}`}
            hidden={{ caseId: review.caseId, findingKey }}
            fields={[
              { kind: "radios", name: "kind", label: "Beslut", options: kinds },
              { kind: "textarea", name: "motivation", label: "Motivering", hint: "Krävs för ”Accepterad risk” och ”Inte tillämplig”.", maxLength: MAX_MOTIVATION },
              ...(finding.verify ? [{ kind: "textarea" as const, name: "source", label: "Källa", hint: "Krävs för ”Verifierad”: var du har kontrollerat uppgiften.", rows: 2, maxLength: MAX_MOTIVATION }] : []),
              ...(review.myOrganizations.length > 1
                ? [{ kind: "select" as const, name: "organizationId", label: "För part", options: review.parties.filter((p) => review.myOrganizations.includes(p.id)).map((p) => ({ value: p.id, label: p.name })) }]
                : []),
            ]}
            submitLabel="Spara beslutet"
          />
        </details>
      ) : null}
      <AnchorThreads review={review} anchorKind="FINDING" anchor={findingKey} about={about} commentOn={commentOn} />
    </li>
  );
}
