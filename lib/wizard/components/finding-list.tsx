import type { Finding } from "@/lib/rules";
import { toFieldPath } from "../paths";
import { pageHref, pageName, pageOfField } from "../pages";
import { fieldId } from "./field-ids";
import { DecisionNotes, type DecisionNote } from "@/lib/review/components/decision-notes";
import { FindingBody, SEVERITY_STYLE } from "./finding-body";

/** Where a finding's first field is answered: this page's anchor, or the step page (or topic) that holds it. */
function fieldLink(finding: Finding, caseId: string, currentPage: string | null): { href: string; label: string } | null {
  const first = finding.fields[0];
  if (!first) return null;
  const path = toFieldPath(first);
  const page = pageOfField(path);
  if (!page) return null;
  if (page.path === currentPage) return { href: `#${fieldId(path)}`, label: "Gå till frågan" };
  return { href: pageHref(caseId, page, fieldId(path)), label: `Gå till frågan i ${pageName(page).replace(/^Steg/, "steg")}` };
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
  /** The current page's path ("2a/ekonomi"), or null off the step pages. */
  currentSlug: string | null;
  headingLevel?: 3 | 4;
  /** The jurists' decisions per finding (lib/review), shown under it. */
  decisions?: ReadonlyMap<Finding, readonly DecisionNote[]>;
}) {
  if (findings.length === 0) return <p className="mt-2">Inga iakttagelser.</p>;
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
