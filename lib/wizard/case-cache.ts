import "server-only";
import type { Case } from "@/lib/case";
import { evaluateCase, type Evaluation } from "@/lib/rules";
import { reviewDocument } from "@/lib/review/document";
import { documentHash } from "@/lib/review/hash";
import { type CaseSummary, summarizeCase } from "./case-summary";
import { readDocument } from "./data";

/**
 * What is derived from one stored version of a case document, remembered per server process.
 *
 * Lists ("Mina ärenden") show a summary of every case, and reading, checking and assessing
 * each document on every request cost more than the rest of the page. Every write of a
 * document increments its version (lib/wizard/data.ts, lib/cases/data.ts) and moves
 * updatedAt, so (id, version, updatedAt) names one document for good; a cached entry is never
 * stale, only evicted. The assessment also depends on the date, so it is kept per date.
 */
export interface DerivedCase {
  doc: Case;
  /** The hash legal approvals are compared with (lib/review/queries.ts). */
  reviewHash: string;
  evaluations: Map<string, Evaluation>;
  /** Summaries for the list, per date and completed steps (the step progress costs more than rendering the row). */
  summaries: Map<string, CaseSummary>;
}

export interface CaseVersionRow {
  id: string;
  version: number;
  updatedAt: Date;
}

const MAX_ENTRIES = 5000;
const entries = new Map<string, DerivedCase>();

export function versionKey(row: CaseVersionRow): string {
  return `${row.id}:${row.version}:${row.updatedAt.getTime()}`;
}

/** The cached entry, or undefined; a hit becomes the most recently used. */
export function cachedCase(row: CaseVersionRow): DerivedCase | undefined {
  const key = versionKey(row);
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
  }
  return hit;
}

/** Reads a stored document (as readDocument does, logging what it had to repair) and remembers it. */
export function rememberCase(row: CaseVersionRow & { title: string; data: unknown }): DerivedCase {
  const derived: DerivedCase = {
    doc: readDocument(row.id, row.data, row.title),
    reviewHash: documentHash(reviewDocument(row)),
    evaluations: new Map(),
    summaries: new Map(),
  };
  entries.set(versionKey(row), derived);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return derived;
}

/** The rules' assessment of the document on `date`, computed once per date. */
export function evaluationOn(derived: DerivedCase, date: string): Evaluation {
  let evaluation = derived.evaluations.get(date);
  if (!evaluation) {
    evaluation = evaluateCase(derived.doc, date);
    // A case is looked at on few dates; keep only the latest few.
    if (derived.evaluations.size >= 4) derived.evaluations.delete(derived.evaluations.keys().next().value!);
    derived.evaluations.set(date, evaluation);
  }
  return evaluation;
}

/** The list's summary of the document on `date` with these steps marked complete, computed once. */
export function summaryOn(derived: DerivedCase, date: string, completedSteps: readonly string[]): CaseSummary {
  const key = `${date}|${completedSteps.join(",")}`;
  let summary = derived.summaries.get(key);
  if (!summary) {
    summary = summarizeCase(derived.doc, completedSteps, evaluationOn(derived, date));
    if (derived.summaries.size >= 4) derived.summaries.delete(derived.summaries.keys().next().value!);
    derived.summaries.set(key, summary);
  }
  return summary;
}

/** Forgets everything; for tests that rewrite stored documents behind the app's back. */
export function clearCaseCache(): void {
  entries.clear();
}
