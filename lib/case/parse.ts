import { caseSchema, type Case } from "./schema";
import { swedishErrorMap, toCaseErrors, type CaseError } from "./errors";

export type ParseCaseResult =
  | { readonly ok: true; readonly case: Case }
  | { readonly ok: false; readonly errors: readonly CaseError[] };

/** Validates unknown input (e.g. parsed JSON) as a case document. */
export function parseCase(input: unknown): ParseCaseResult {
  const result = caseSchema.safeParse(input, { error: swedishErrorMap });
  if (result.success) return { ok: true, case: result.data };
  return { ok: false, errors: toCaseErrors(result.error) };
}
