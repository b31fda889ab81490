import { SEVERITY_LABELS, type Finding } from "@/lib/rules/types";
import { describeLegalGrounds } from "@/lib/reference/legal";
import { describeReportSection } from "@/lib/reference/report";
import { joinSentences } from "@/lib/format/sentence";

/** The frame colour of a finding by severity; the same on step pages and the review page. */
export const SEVERITY_STYLE = {
  blocker: "border-red-800 bg-red-50",
  warning: "border-amber-600 bg-amber-50",
  info: "border-slate-500 bg-slate-50",
} as const;

/**
 * What a finding says, wherever it is shown: severity and title as a heading, the explanation,
 * what to do, and its legal grounds and report section. Callers add links, decisions and forms.
 */
export function FindingBody({ finding, headingLevel }: { finding: Finding; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="font-semibold">
        {/* The separators are for screen readers: a heading's name joins its parts without a
            space ("VarningProblemet …") where only a margin parts them on screen. */}
        <span className="mr-2 rounded bg-white px-1 text-sm">{SEVERITY_LABELS[finding.severity]}</span>
        <span className="sr-only">: </span>
        {finding.title}
        {finding.verify ? (
          <>
            <span className="sr-only">, </span>
            <span className="ml-2 rounded bg-white px-1 text-sm">Verifiera</span>
          </>
        ) : null}
      </Heading>
      <p className="mt-1">{finding.explanation}</p>
      <p className="mt-1">
        <strong>Gör så här:</strong> {finding.nextAction}
      </p>
      <p className="mt-1 text-sm">
        {joinSentences([`Grund: ${describeLegalGrounds(finding.legalBasis)}`, `Rapporten: ${describeReportSection(finding.reportChapter)}`])}
      </p>
    </>
  );
}
