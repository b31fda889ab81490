import { getAt, sameAnswer, setAt, type AnswerPath } from "./paths";

export interface AnswerChange {
  path: AnswerPath;
  /** The new answer; absent means the answer was erased. */
  value?: unknown;
  /** The answer as it was in the version the editor started from; absent means unanswered. */
  base?: unknown;
}

export interface AnswerConflict {
  path: AnswerPath;
  /** What this editor wants to save. */
  mine: unknown;
  /** What someone else saved in the meantime. */
  theirs: unknown;
  /** Who saved `theirs`, and when (ISO time), from the case's revisions; absent when unknown. */
  changedBy?: ConflictAuthor;
}

export interface ConflictAuthor {
  name: string;
  at: string;
  /** The party the saver represents in the case, where they represent one. */
  organization?: string;
  /** Saved by the same person, from another page or window (a walk: "Någon annan" read as someone else). */
  self?: boolean;
}

export interface MergeResult<T> {
  doc: T;
  applied: AnswerPath[];
  conflicts: AnswerConflict[];
}

/**
 * Applies an editor's changes to the current document. A change whose answer someone else
 * has changed since the editor's base version is not applied but returned as a conflict,
 * so nobody's text is overwritten without them seeing it. Changes to answers nobody else
 * touched are applied even when the document as a whole has moved on.
 */
export function mergeAnswers<T>(current: T, changes: readonly AnswerChange[]): MergeResult<T> {
  let doc = current;
  const applied: AnswerPath[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const change of changes) {
    const theirs = getAt(current, change.path);
    if (sameAnswer(theirs, change.value)) continue;
    if (sameAnswer(theirs, change.base)) {
      doc = setAt(doc, change.path, change.value);
      applied.push(change.path);
    } else {
      conflicts.push({ path: change.path, mine: change.value, theirs });
    }
  }
  return { doc, applied, conflicts };
}
