import type { Case } from "@/lib/case";
import { CLAUSE_CATALOGUE } from "@/lib/rules";
import { formatAnswerValue } from "@/lib/wizard/format-answer";
import { guideQuestions } from "@/lib/wizard/questions";
import { fieldLabel } from "@/lib/wizard/field-labels";
import { getAt, sameAnswer } from "@/lib/wizard/paths";
import { pageOfQuestion } from "@/lib/wizard/pages";
import { ALL_ANSWER_PATHS, STEP_SPECS } from "@/lib/wizard/steps";
import { type TextPart, aroundChanges, textDifference, wordCount } from "@/lib/format/text-difference";

// Plain module: what changed between two versions of a case document, answer by answer.
// The revision table stores these per save; history and stale approvals read them back.

export interface AnswerDiff {
  path: string;
  /** JSON value before the save; null when unanswered. */
  before: unknown;
  after: unknown;
}

const normalise = (value: unknown) => (value === undefined ? null : value);

/**
 * The answers that differ, in the wizard's answer paths (a list is one answer, each clause
 * is one). Anything outside those paths that differs is reported under its top-level key,
 * so no change escapes the history.
 */
export function diffAnswers(before: Case, after: Case): AnswerDiff[] {
  const diffs: AnswerDiff[] = [];
  for (const path of ALL_ANSWER_PATHS) {
    const a = getAt(before, path);
    const b = getAt(after, path);
    if (!sameAnswer(a, b)) diffs.push({ path, before: normalise(a), after: normalise(b) });
  }
  const covered = (key: string) => [...ALL_ANSWER_PATHS].some((path) => path === key || path.startsWith(`${key}.`));
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (covered(key) || key === "formatVersion") continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (!sameAnswer(a, b)) diffs.push({ path: key, before: normalise(a), after: normalise(b) });
  }
  return diffs;
}

/** Folds a sequence of per-save diffs into one: the first "before" and the last "after" per path. */
export function foldDiffs(sequence: readonly (readonly AnswerDiff[])[]): AnswerDiff[] {
  const byPath = new Map<string, AnswerDiff>();
  for (const diffs of sequence) {
    for (const diff of diffs) {
      const earlier = byPath.get(diff.path);
      byPath.set(diff.path, { path: diff.path, before: earlier ? earlier.before : diff.before, after: diff.after });
    }
  }
  return [...byPath.values()].filter((diff) => !sameAnswer(diff.before, diff.after));
}

export interface AnswerLabel {
  /** The question as the wizard asks it. */
  label: string;
  /** Guide step id ("2A"), when the answer belongs to one. */
  step?: string;
  stepSlug?: string;
  isClause: boolean;
}

let labels: Map<string, AnswerLabel> | null = null;

/** The readable name of an answer path, e.g. "Steg 1 – Vilket problem ska lösas?". */
export function answerLabel(path: string): AnswerLabel {
  labels ??= buildLabels();
  return labels.get(path) ?? { label: path === "title" ? "Ärendets titel" : "Övriga uppgifter", isClause: false };
}

function buildLabels(): Map<string, AnswerLabel> {
  const questions = guideQuestions();
  const map = new Map<string, AnswerLabel>();
  for (const spec of STEP_SPECS) {
    for (const group of spec.groups) {
      for (const field of group.fields) {
        if (field.kind === "clauses") {
          for (const clause of CLAUSE_CATALOGUE) {
            map.set(`${field.path}.${clause.id}`, { label: `Avtalsklausul: ${clause.title}`, step: spec.id, stepSlug: spec.slug, isClause: true });
          }
        } else {
          // As every page names it (fieldLabel): step 2C's form advice read as "Vilken samverkansform väljer ni?" in the history (a walk).
          map.set(field.path, { label: fieldLabel(field, questions, group.heading), step: spec.id, stepSlug: pageOfQuestion(field)?.path ?? spec.slug, isClause: false });
        }
      }
    }
  }
  return map;
}

const MAX_SHOWN = 400;

/** Characters of what the two versions share kept before the first difference. */
const CONTEXT_SHOWN = 80;

/**
 * One answer before and after a change as short readable Swedish, for the history, the changes
 * since an approval and a reopened decision: read against the case as the check-answers page
 * reads it (a choice by its label, a cost share by its party's name, step 2C's questions by their
 * own wording), never as raw keys. A long answer is cut to MAX_SHOWN characters where the two
 * versions differ, at a word, marked with "…": cut at its start, an answer changed at its end read
 * the same twice (a walk: a clause with a line added at the end).
 */
export function describeChange(c: Case, path: string, before: unknown, after: unknown): { before: string; after: string } {
  return excerpts(formatAnswerValue(c, path, before).join("; "), formatAnswerValue(c, path, after).join("; "));
}

/** Two formatted answers, each cut where they differ (describeChange). */
function excerpts(a: string, b: string): { before: string; after: string } {
  if (a.length <= MAX_SHOWN && b.length <= MAX_SHOWN) return { before: a, after: b };
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  // From the start of the word CONTEXT_SHOWN characters before the difference (both share it).
  let start = Math.max(0, same - CONTEXT_SHOWN);
  if (start > 0) start = lastSpace(a, start) + 1 || start;
  const excerpt = (text: string) => {
    let end = Math.min(text.length, start + MAX_SHOWN);
    // Back to a word's end, unless that would cut off the difference itself.
    if (end < text.length) {
      const space = lastSpace(text, end);
      if (space > same) end = space;
    }
    return `${start > 0 ? "… " : ""}${text.slice(start, end)}${end < text.length ? " …" : ""}`;
  };
  return { before: excerpt(a), after: excerpt(b) };
}

/** Below this many words an answer reads better before and after, whole ("Ja" to "Nej", an amount). */
const FEWEST_WORDS_MARKED = 8;

/**
 * describeChange, and for a long text changed in a few words those words marked in their
 * sentences (TextDifference's ChangedText): worked out on the whole texts, since the two excerpts
 * are cut apart and would mark words as removed that are only cut off. A walk read a paragraph
 * struck through and written again whole, and could not find the one word added.
 */
export function markedChange(c: Case, path: string, before: unknown, after: unknown): { before: string; after: string; marked?: TextPart[] } {
  const a = formatAnswerValue(c, path, before).join("; ");
  const b = formatAnswerValue(c, path, after).join("; ");
  const shown = excerpts(a, b);
  const parts = a && b && Math.max(wordCount(a), wordCount(b)) >= FEWEST_WORDS_MARKED ? textDifference(a, b) : undefined;
  return parts ? { ...shown, marked: aroundChanges(parts) } : shown;
}

/** The last whitespace at or before `at`, or -1. */
function lastSpace(text: string, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) if (/\s/.test(text[i]!)) return i;
  return -1;
}
