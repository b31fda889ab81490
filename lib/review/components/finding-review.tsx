import { CLAUSE_CATALOGUE, type Finding } from "@/lib/rules";
import { FindingBody, SEVERITY_STYLE } from "@/lib/wizard/components/finding-body";
import { decideFindingAction } from "../actions";
import type { ReviewData } from "../queries";
import { guideQuestions } from "@/lib/wizard/questions";
import { fieldApplies } from "@/lib/wizard/pages";
import Link from "@/components/Link";
import { answerFieldOf, answerRowPath, answeredAbout } from "./answer-anchors";
import { reviewPartPath } from "./review-parts";
import { clauseAnchor } from "./review-clauses";
import { decisionFormId } from "./form-anchors";
import { DecisionNotes, decisionNotes } from "./decision-notes";
import { DecisionToggle } from "./form-toggle";
import { AnchorThreads } from "./threads";
import { SavedNoticeHere } from "./saved-notice";

/** Who decided what on a finding, per party; a decision whose facts changed is shown as reopened. */
export function DecisionList({ review, findingKey }: { review: ReviewData; findingKey: string }) {
  return <DecisionNotes notes={decisionNotes(review).filter((n) => n.findingKey === findingKey)} emptyText="Inget juridiskt beslut än." />;
}

/** Links to the answers a finding rests on, in the review page's part with every answer; a clause to its place among the clauses. */
function FieldLinks({ caseId, finding, doc }: { caseId: string; finding: Finding; doc: ReviewData["doc"] }) {
  const questions = guideQuestions();
  const links = new Map<string, { href: string; label: string }>();
  for (const path of finding.fields) {
    const field = answerFieldOf(path);
    // A question the answers hide (a counter-performance's value under payment in money) is on no page to follow (a walk).
    if (!field || !fieldApplies(field, doc, questions)) continue;
    if (field.kind !== "clauses") {
      links.set(field.path, { href: answerRowPath(caseId, field.path), label: questions[field.question]?.label ?? field.path });
      continue;
    }
    // Clauses are listed in their own part, not among the answers.
    const clause = CLAUSE_CATALOGUE.find((c) => path === `${field.path}.${c.id}`);
    links.set(clause ? path : field.path, clause ? { href: reviewPartPath(caseId, "avtal", clauseAnchor(clause.id)), label: `Klausulen ${clause.title}` } : { href: reviewPartPath(caseId, "avtal", "klausuler"), label: "Avtalets klausuler" });
  }
  if (links.size === 0) return null;
  return (
    <p className="mt-1 text-sm">
      Svaren det gäller:{" "}
      {[...links].map(([key, link], i) => (
        <span key={key}>
          {i > 0 ? ", " : ""}
          <Link href={link.href} className="text-brand-700 underline">
            {link.label}
          </Link>
        </span>
      ))}
    </p>
  );
}

export function FindingReview({ review, findingKey, finding, commentOn, decideOn }: { review: ReviewData; findingKey: string; finding: Finding; commentOn?: string; decideOn?: string }) {
  // A rule that fires more than once (a required clause missing, one finding per clause) gives
  // findings of the same title: the first answer each is about tells their links apart.
  const which = findingKey.includes("@") && finding.fields[0] ? answeredAbout(finding.fields[0]) : undefined;
  const about = `iakttagelsen ${finding.title}${which ? ` (${which})` : ""}`;
  const formId = decisionFormId(findingKey);
  return (
    <li className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
      <FindingBody finding={finding} headingLevel={4} />
      <FieldLinks caseId={review.caseId} finding={finding} doc={review.doc} />
      {/* The decisions and "Besluta" together: a decision saved without JavaScript comes back here (saved-at.ts), beside the ones standing. */}
      <div id={formId} className="scroll-mt-40">
        <SavedNoticeHere id={formId} kinds={["beslut"]} />
        <DecisionList review={review} findingKey={findingKey} />
        {review.can.decide ? (
          <DecisionToggle
            action={decideFindingAction}
            caseId={review.caseId}
            findingKey={findingKey}
            verify={Boolean(finding.verify)}
            parties={review.myOrganizations.length > 1 ? review.parties.filter((p) => review.myOrganizations.includes(p.id)).map((p) => ({ value: p.id, label: p.name })) : undefined}
            about={`om ${about}`}
            current={review.decisions.find((d) => d.findingKey === findingKey && d.holds && review.myOrganizations.includes(d.organizationId))}
            {...(decideOn === findingKey ? { open: true } : {})}
          />
        ) : null}
      </div>
      <AnchorThreads review={review} anchorKind="FINDING" anchor={findingKey} about={about} commentOn={commentOn} />
    </li>
  );
}
