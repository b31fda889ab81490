import { caseSchema, type Case } from "./schema";
import { swedishErrorMap, toCaseErrors, type CaseError } from "./errors";
import { upgradeWithReport } from "./upgrade";
import { caseSchemaV1 } from "./v1/schema-v1";

export type ParseCaseResult =
  | { readonly ok: true; readonly case: Case }
  | { readonly ok: false; readonly errors: readonly CaseError[] };

/** Validates unknown input (e.g. parsed JSON) as a case document, upgrading older format versions first. */
export function parseCase(input: unknown): ParseCaseResult {
  const upgraded = upgradeWithReport(input);
  if (upgraded.fromVersion === 1 && upgraded.value === input) {
    // Not upgradable because it is not valid version 1: report its errors by its own (version-1) paths.
    const v1 = caseSchemaV1.safeParse(input, { error: swedishErrorMap });
    if (!v1.success) return { ok: false, errors: toCaseErrors(v1.error) };
  }
  const result = caseSchema.safeParse(upgraded.value, { error: swedishErrorMap });
  if (result.success) return { ok: true, case: result.data };
  return { ok: false, errors: toCaseErrors(result.error) };
}
