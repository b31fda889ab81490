import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { caseInputSchema, type Case } from "@/lib/case/schema";
import { swedishErrorMap } from "@/lib/case/errors";
import { evaluateCase } from "@/lib/rules/evaluate";
import { caseEvaluationDate } from "../evaluation-date";
import { validAnswers } from "../live-answers";
import type { LiveEvaluation } from "./live-evaluation";
import { normalizeAnswers } from "./use-autosave";

// The case schema and the rules engine, which the step page loads after its first paint
// (step-form.tsx): together they are about as large as the rest of the page's own JavaScript.

const caseResolver = zodResolver(caseInputSchema, { error: swedishErrorMap });

/** The same schema the server validates new answers with; blank inputs count as unanswered. */
export const resolveCase: Resolver<Case> = (values, context, options) =>
  (caseResolver as unknown as Resolver<Case>)(normalizeAnswers(values), context, options);

/**
 * The findings for the answers as typed, minus those that are invalid right now, so the live
 * findings follow the typing without waiting for every field to be valid.
 */
export function liveAssessment(values: unknown, saved: Case, today: string): LiveEvaluation {
  const doc = validAnswers(normalizeAnswers(values), saved);
  return { doc, evaluation: evaluateCase(doc, caseEvaluationDate(doc, today)) };
}
