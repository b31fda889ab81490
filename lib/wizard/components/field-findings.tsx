import type { Finding } from "@/lib/rules";
import { DecisionNotes, type DecisionNote } from "@/lib/review/components/decision-notes";
import { FindingBody, SEVERITY_STYLE } from "./finding-body";
import { fieldId } from "./field-ids";

/** DOM id of the findings shown beside an answer. */
export function findingsId(path: string): string {
  return `${fieldId(path)}-anmarkningar`;
}

/** The findings about one question, right below it, so they are read where the answer is given. */
export function FieldFindings({
  path,
  findings,
  decisions,
}: {
  path: string;
  findings: readonly Finding[] | undefined;
  /** The jurists' decisions per finding (lib/review), shown under it. */
  decisions?: ReadonlyMap<Finding, readonly DecisionNote[]>;
}) {
  if (!findings || findings.length === 0) return null;
  return (
    <ul id={findingsId(path)} aria-label="Anmärkningar om frågan" className="mt-2 mb-4 max-w-3xl space-y-2" data-anmarkning-for={path}>
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`} className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
          <FindingBody finding={finding} headingLevel={3} />
          <DecisionNotes notes={decisions?.get(finding) ?? []} />
        </li>
      ))}
    </ul>
  );
}
