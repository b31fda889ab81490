import "server-only";
import type { Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { evaluateCase, type Evaluation } from "@/lib/rules";
import { reviewDocument } from "@/lib/review/document";
import { documentHash } from "@/lib/review/hash";
import { type CaseSummary, summarizeCase } from "./case-summary";
import { readDocument } from "./data";
import { caseEvaluationDate } from "./evaluation-date";

/**
 * What is derived from one stored version of a case document, remembered per server process.
 *
 * Lists ("Mina ärenden", "Att granska") show a summary or the open points of every case, and
 * reading, checking and assessing each document on every request cost more than the rest of
 * the page. Every write of a document increments its version (lib/wizard/data.ts,
 * lib/cases/data.ts) and moves updatedAt, so (id, version, updatedAt) names one document for
 * good; a cached entry is never stale, only evicted. The assessment also depends on the date,
 * so it is kept per date.
 */
export interface DerivedCase {
  doc: Case;
  /**
   * The document the legal review reads (lib/review/document.ts): `doc` itself, unless the stored
   * one was invalid and readDocument salvaged part of it, where the review reads an empty case.
   */
  reviewDoc: Case;
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

/**
 * Frozen, deeply: a cached document or assessment is shared by every request that shows that
 * version, so code that changed one in place would change what other people's pages show; frozen,
 * such code throws (modules are strict) and the tests find it.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Reads a stored document (as readDocument does, logging what it had to repair) and remembers it. */
export function rememberCase(row: CaseVersionRow & { title: string; data: unknown }): DerivedCase {
  const doc = deepFreeze(readDocument(row.id, row.data, row.title));
  const review = deepFreeze(reviewDocument(row));
  const reviewHash = documentHash(review);
  // One object when the two read the same, so the review's assessment is the cached one.
  const reviewDoc = reviewHash === documentHash(doc) ? doc : review;
  const derived: DerivedCase = { doc, reviewDoc, reviewHash, evaluations: new Map(), summaries: new Map() };
  entries.set(versionKey(row), derived);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return derived;
}

/** The rules' assessment of the document on `date`, computed once per date. */
export function evaluationOn(derived: DerivedCase, date: string): Evaluation {
  let evaluation = derived.evaluations.get(date);
  if (!evaluation) {
    evaluation = deepFreeze(evaluateCase(derived.doc, date));
    // A case is looked at on few dates; keep only the latest few.
    if (derived.evaluations.size >= 4) derived.evaluations.delete(derived.evaluations.keys().next().value!);
    derived.evaluations.set(date, evaluation);
  }
  return evaluation;
}

/**
 * The assessment the legal review shows (lib/review/data.ts, evaluateDocument): of the review
 * document, on its evaluation date; cached unless the review reads a salvaged document apart.
 */
export function reviewEvaluationOn(derived: DerivedCase, today: string): Evaluation {
  const date = caseEvaluationDate(derived.reviewDoc, today);
  return derived.reviewDoc === derived.doc ? evaluationOn(derived, date) : evaluateCase(derived.reviewDoc, date);
}

/**
 * The derived entry of the version a single-case page shows (the overview, the step pages,
 * "Kontrollera svaren", the legal review): cached, or read now and remembered. Those pages read,
 * checked, hashed and assessed the same document on every request, some twice in one request.
 * Throws as readDocument throws for a document that cannot be read at all.
 */
export function derivedCase(row: CaseVersionRow & { title: string; data: unknown }): DerivedCase {
  return cachedCase(row) ?? rememberCase(row);
}

/**
 * The derived entries of the listed case versions: from this process's cache, the others read
 * in one query limited by `scope`. Null for a document that cannot be read at all (logged),
 * so that one broken case does not take a whole list down.
 */
export async function derivedCases(rows: readonly CaseVersionRow[], scope: Prisma.CaseWhereInput): Promise<Map<string, DerivedCase | null>> {
  const derived = new Map<string, DerivedCase | null>();
  const missing: string[] = [];
  for (const row of rows) {
    const hit = cachedCase(row);
    if (hit) derived.set(row.id, hit);
    else missing.push(row.id);
  }
  if (!missing.length) return derived;
  const stored = await prisma.case.findMany({
    where: { AND: [{ id: { in: missing } }, scope] },
    select: { id: true, version: true, updatedAt: true, title: true, data: true },
  });
  for (const row of stored) {
    try {
      derived.set(row.id, rememberCase(row));
    } catch (error) {
      // readDocument has logged why.
      logger.warn({ err: error, caseId: row.id }, "case document left out of a list: it cannot be read");
      derived.set(row.id, null);
    }
  }
  return derived;
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
