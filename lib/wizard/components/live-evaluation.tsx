"use client";

import { createContext, useContext } from "react";
import type { Case } from "@/lib/case";
import type { Evaluation } from "@/lib/rules";

export interface LiveEvaluation {
  /** The answers as typed, parsed; the last valid state while some input is invalid. */
  doc: Case;
  evaluation: Evaluation;
}

export const LiveEvaluationContext = createContext<LiveEvaluation | null>(null);

export function useLiveEvaluation(): LiveEvaluation {
  const value = useContext(LiveEvaluationContext);
  if (!value) throw new Error("useLiveEvaluation outside StepForm");
  return value;
}
