import type { Finding } from "@/lib/rules";
import { toFieldPath } from "./paths";

export interface PlacedFindings {
  /** Findings by the answer path of the question they are shown beside. */
  beside: ReadonlyMap<string, readonly Finding[]>;
  /** Findings about no question on the page (or only about questions that do not apply now). */
  elsewhere: readonly Finding[];
}

/**
 * Puts each finding beside the first question on the page it concerns, so it is read where it
 * is answered, on a phone as on a wide screen. A finding concerning no question shown here is
 * listed on its own.
 */
export function placeFindings(findings: readonly Finding[], shownPaths: readonly string[]): PlacedFindings {
  const beside = new Map<string, Finding[]>();
  const elsewhere: Finding[] = [];
  for (const finding of findings) {
    const owner = finding.fields
      .map(toFieldPath)
      .map((field) => shownPaths.find((path) => field === path || field.startsWith(`${path}.`)))
      .find((path) => path !== undefined);
    if (owner === undefined) elsewhere.push(finding);
    else beside.set(owner, [...(beside.get(owner) ?? []), finding]);
  }
  return { beside, elsewhere };
}
