"use client";

import { createContext, useContext } from "react";
import type { Case } from "@/lib/case";
import type { PageEvaluation } from "../page-evaluation";

export interface LiveEvaluation {
  /** The answers as typed, parsed; the last valid state while some input is invalid. */
  doc: Case;
  /** The server's assessment of the saved answers until the browser's rules engine has loaded. */
  evaluation: PageEvaluation;
}

export const LiveEvaluationContext = createContext<LiveEvaluation | null>(null);

export function useLiveEvaluation(): LiveEvaluation {
  const value = useContext(LiveEvaluationContext);
  if (!value) throw new Error("useLiveEvaluation outside StepForm");
  return value;
}
