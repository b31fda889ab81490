import { createContext, useContext } from "react";
import type { Finding } from "@/lib/rules";
import { DecisionNotes, type DecisionNote } from "@/lib/review/components/decision-notes";
import { focusFieldFromLink } from "@/components/forms/focus-field";
import { FindingBody, SEVERITY_STYLE } from "./finding-body";
import { fieldId, findingsId } from "./field-ids";

/** The findings about one question, right below it, so they are read where the answer is given. */
export function FieldFindings({
  path,
  findings,
  decisions,
  fieldLabel,
}: {
  path: string;
  findings: readonly Finding[] | undefined;
  /** The jurists' decisions per finding (lib/review), shown under it. */
  decisions?: ReadonlyMap<Finding, readonly DecisionNote[]>;
  /** The question's label, for the link back to its answer. */
  fieldLabel: string;
}) {
  if (!findings || findings.length === 0) return null;
  return (
    // scroll-mt: the links in "Iakttagelser på sidan" land here below the sticky save line, which hid the finding's first lines (a walk).
    // tabIndex -1: the link also moves the focus here, so a screen reader reads the finding, not the link's page.
    <div id={findingsId(path)} tabIndex={-1} role="group" aria-label="Iakttagelser om frågan" className="mt-2 mb-4 max-w-3xl scroll-mt-24" data-anmarkning-for={path}>
      <ul className="space-y-2">
        {findings.map((finding, index) => (
          <li key={`${finding.code}-${index}`} className={`rounded border-l-4 p-3 ${SEVERITY_STYLE[finding.severity]}`}>
            <FindingBody finding={finding} headingLevel={3} />
            <DecisionNotes notes={decisions?.get(finding) ?? []} />
          </li>
        ))}
      </ul>
      {/* The answer stands above the findings, so the next Tab from a finding led into the next
          question (on step 4, the next clause's text; a walk): this link leads back to it. The
          question is in its text for screen readers (a page's links listed alone read "Gå till
          svaret" once per finding), not in an aria-label, which would make the link a second
          control labelled by the question. */}
      <p className="mt-1 text-sm">
        <a href={`#${fieldId(path)}`} className="text-brand-700 underline" onClick={(event) => focusFieldFromLink(event, fieldId(path))}>
          Gå till svaret<span className="sr-only"> på ”{fieldLabel}”</span>
        </a>
      </p>
    </div>
  );
}

/**
 * The page's findings by the path they are shown beside, for a field that shows parts of its own
 * findings inside it: step 4's clause list puts each clause's findings under that clause, not
 * after the last of thirteen (a walk found a clause's figures finding 5 000 px below it).
 */
export const FindingsBesideContext = createContext<{
  beside: ReadonlyMap<string, readonly Finding[]>;
  decisions?: ReadonlyMap<Finding, readonly DecisionNote[]>;
} | null>(null);

/** The findings placed at `path` (inside a field that places them itself). */
export function useFindingsBeside(path: string): readonly Finding[] {
  return useContext(FindingsBesideContext)?.beside.get(path) ?? [];
}

/** The findings placed at `path`, rendered as FieldFindings renders them below a question. */
export function FindingsBeside({ path, fieldLabel }: { path: string; fieldLabel: string }) {
  const placed = useContext(FindingsBesideContext);
  return <FieldFindings path={path} findings={placed?.beside.get(path)} decisions={placed?.decisions} fieldLabel={fieldLabel} />;
}
