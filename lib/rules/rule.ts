import type { StepId } from "../guide/step-ids";
import type { RuleContext } from "./context";
import { citeOnce } from "./grounds";
import type { RuleDefinition } from "./types";

/** Reports one occurrence: the case paths involved and an optional case-specific sentence. */
export type Emit = (fields: readonly string[], detail?: string, step?: StepId) => void;

/** A rule as the engine runs it; its documentation (firesWhen, why) is in rule-docs.ts. */
export interface Rule extends Omit<RuleDefinition, "firesWhen" | "why"> {
  readonly check: (ctx: RuleContext, emit: Emit) => void;
}

/** Freezes a rule; its ground lists each legal reference once (see citeOnce). */
export function defineRule(rule: Rule): Rule {
  return Object.freeze({ ...rule, legalBasis: citeOnce(rule.legalBasis) });
}
