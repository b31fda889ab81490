import { toFieldPath } from "@/lib/wizard/paths";
import { fieldId } from "@/lib/wizard/components/field-ids";
import { STEP_SPECS, type FieldSpec } from "@/lib/wizard/steps";

// Anchors of the review page's "Alla svar" rows, so a finding or the economy section can link to
// the answers it rests on without the reviewer leaving the page.

const FIELDS: readonly FieldSpec[] = STEP_SPECS.flatMap((s) => s.groups.flatMap((g) => g.fields));

/** The answer row (a step's field) that holds a case path such as "economy.costShares[1].percent". */
export function answerFieldOf(casePath: string): FieldSpec | undefined {
  const path = toFieldPath(casePath);
  return FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`));
}

export function answerRowId(fieldPath: string): string {
  return `svar-${fieldId(fieldPath)}`;
}
