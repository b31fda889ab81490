import type { Finding } from "@/lib/rules";
import { toFieldPath } from "../save-schema";
import { stepOfField } from "../steps";
import { fieldId } from "./field-ids";
import { DecisionNotes, type DecisionNote } from "@/lib/review/components/decision-notes";
import { FindingBody, SEVERITY_STYLE } from "./finding-body";

/** Where a finding's first field is answered: this page's anchor, or the step page that holds it. */
function fieldLink(finding: Finding, caseId: string, currentSlug: string | null): { href: string; label: string } | null {
  const first = finding.fields[0];
  if (!first) return null;
  const path = toFieldPath(first);
  const spec = stepOfField(path);
  if (!spec) return null;
  const anchor = `#${fieldId(path)}`;
  if (spec.slug === currentSlug) return { href: anchor, label: "Gå till frågan" };
  return { href: `/arenden/${caseId}/steg/${spec.slug}${anchor}`, label: `Gå till frågan i steg ${spec.id}` };
}

/** Findings with their legal grounds; works on server pages and inside the live panel. */
export function FindingList({
  findings,
  caseId,
  currentSlug,
  headingLevel = 3,
  decisions,
}: {
  findings: readonly Finding[];
  caseId: string;
  currentSlug: string | null;
  headingLevel?: 3 | 4;
  /** The jurists' decisions per finding (lib/review), shown under it. */
  decisions?: ReadonlyMap<Finding, readonly DecisionNote[]>;
}) {
  if (findings.length === 0) return <p className="mt-2">Inga anmärkningar.</p>;
  return (
    <ul className="mt-2 space-y-3">
      {findings.map((finding, index) => {
        const link = fieldLink(finding, caseId, currentSlug);
        return (
          <li key={`${finding.code}-${index}`} className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
            <FindingBody finding={finding} headingLevel={headingLevel} />
            <DecisionNotes notes={decisions?.get(finding) ?? []} />
            {link ? (
              <a href={link.href} className="mt-1 inline-block text-brand-700 underline">
                {link.label}<span className="sr-only">: {finding.title}</span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
