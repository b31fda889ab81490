import { SEVERITY_LABELS, type Finding } from "@/lib/rules";
import { describeLegalGrounds } from "@/lib/reference/legal";
import { describeReportSection } from "@/lib/reference/report";
import { toFieldPath } from "../save-schema";
import { stepOfField } from "../steps";
import { fieldId } from "./field-ids";

const SEVERITY_STYLE = {
  blocker: "border-red-800 bg-red-50",
  warning: "border-amber-600 bg-amber-50",
  info: "border-slate-500 bg-slate-50",
} as const;

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
export function FindingList({ findings, caseId, currentSlug, headingLevel = 3 }: { findings: readonly Finding[]; caseId: string; currentSlug: string | null; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  if (findings.length === 0) return <p className="mt-2">Inga anmärkningar.</p>;
  return (
    <ul className="mt-2 space-y-3">
      {findings.map((finding, index) => {
        const link = fieldLink(finding, caseId, currentSlug);
        return (
          <li key={`${finding.code}-${index}`} className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
            <Heading className="font-semibold">
              <span className="mr-2 rounded bg-white px-1 text-sm">{SEVERITY_LABELS[finding.severity]}</span>
              {finding.title}
              {finding.verify ? <span className="ml-2 rounded bg-white px-1 text-sm">Verifiera</span> : null}
            </Heading>
            <p className="mt-1">{finding.explanation}</p>
            <p className="mt-1">
              <strong>Gör så här:</strong> {finding.nextAction}
            </p>
            <p className="mt-1 text-sm">
              Grund: {describeLegalGrounds(finding.legalBasis)}. Rapporten: {describeReportSection(finding.reportChapter)}.
            </p>
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
