import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { AppError, type FieldError } from "@/lib/errors/app-error";
import { VALIDATION_SUMMARY } from "./validation-summary";

export { VALIDATION_SUMMARY };

/** Validates input against a feature's schema; bad input becomes a VALIDATION AppError naming each field. */
export function parseInput<S extends $ZodType>(schema: S, input: unknown): output<S> {
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  const fieldErrors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    if (!fieldErrors.some((e) => e.path === path)) fieldErrors.push({ path, message: issue.message });
  }
  throw new AppError("VALIDATION", VALIDATION_SUMMARY, { fieldErrors });
}
