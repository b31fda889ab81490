// Answers are addressed by dotted paths into the case document ("needs.problem",
// "economy.term.months"). A list is one answer as a whole ("needs.goals"), which keeps
// merging and conflict display simple and never splits a list item between two people.

export type AnswerPath = string;
type Json = unknown;

export function getAt(doc: Json, path: AnswerPath): Json {
  let node: Json = doc;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/** `economy.costShares[1].percent` (rules, case errors) → `economy.costShares.1.percent` (form fields). */
export function toFieldPath(casePath: string): string {
  return casePath.replace(/\[(\d+)\]/g, ".$1");
}

/** A copy of `doc` with `value` at `path`; `undefined` removes the answer. */
export function setAt<T>(doc: T, path: AnswerPath, value: Json): T {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return doc;
  const base = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, Json>) : {};
  const next: Record<string, Json> = { ...base };
  if (rest.length === 0) {
    if (value === undefined) delete next[head];
    else next[head] = value;
  } else {
    next[head] = setAt(base[head], rest.join("."), value);
  }
  return next as T;
}

/** Structural equality for JSON values; key order does not matter, and a missing key equals undefined. */
export function sameAnswer(a: Json, b: Json): boolean {
  // Object.is: an amount typed as words is NaN in the form, and the same NaN is the same answer.
  if (a === b || Object.is(a, b)) return true;
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameAnswer(item, b[i]));
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameAnswer(ra[key], rb[key])) return false;
  return true;
}

// An untouched field, an erased text and an empty list all mean the same: no answer.
function isEmpty(value: Json): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}
