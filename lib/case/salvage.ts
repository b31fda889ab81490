/**
 * Reads what can be read of a STORED document that does not validate: each invalid answer is taken
 * out and kept verbatim as an attention item, and the rest is parsed. Stored documents are
 * validated on every write, so this meets defects, manual edits and old version-1 documents that
 * were never valid. Input from users (the CLI, imports, the wizard) is rejected with its errors
 * instead; it is never salvaged.
 */
import type * as z from "zod/mini";
import { formatPath, swedishErrorMap } from "./errors";
import { caseSchema, type AttentionItem, type Case } from "./schema";

// Each round removes one answer; a document with more broken answers than this is not salvaged.
const MAX_REMOVALS = 200;
const MAX_KEPT_TEXT = 4_000;

export interface Salvaged<T> {
  readonly data: T;
  readonly removed: readonly AttentionItem[];
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === "object";
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

/** Removes the value at `path`; an array element is spliced out so the list stays dense. */
function remove(root: Container, path: readonly PropertyKey[]): void {
  const parent = at(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else if (isContainer(parent) && key !== undefined) delete (parent as Record<PropertyKey, unknown>)[key as string];
}

function keptValue(value: unknown): AttentionItem["value"] {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_KEPT_TEXT ? `${text.slice(0, MAX_KEPT_TEXT)}…` : text;
}

/** The path to take out for one issue: the answer itself, or its enclosing entry when a required part is missing. */
function pathToRemove(root: unknown, issue: z.core.$ZodIssue): readonly PropertyKey[] | undefined {
  if (issue.code === "unrecognized_keys") return issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : undefined;
  let path: readonly PropertyKey[] = issue.path;
  while (path.length > 0 && at(root, path) === undefined) path = path.slice(0, -1);
  return path.length > 0 ? path : undefined;
}

/**
 * Parses `value` with `schema`, taking out invalid answers one at a time until it parses. Returns
 * undefined when it cannot (an issue at the document's root, or too many broken answers).
 * `prefix` is prepended to the kept paths, e.g. "economy" for a section.
 */
export function salvage<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  fromVersion: number,
  prefix: readonly PropertyKey[] = [],
): Salvaged<T> | undefined {
  if (!isContainer(value)) return undefined;
  const doc = structuredClone(value);
  const removed: AttentionItem[] = [];
  for (let round = 0; round <= MAX_REMOVALS; round += 1) {
    const parsed = schema.safeParse(doc, { error: swedishErrorMap });
    if (parsed.success) return { data: parsed.data, removed };
    const issue = parsed.error.issues[0];
    const path = issue && pathToRemove(doc, issue);
    if (!issue || !path) return undefined;
    removed.push({
      path: formatPath([...prefix, ...path]),
      value: keptValue(at(doc, path)),
      reason: `Svaret kunde inte läsas (${issue.message}) och har tagits ur ärendet. Kontrollera svaret och ange det på nytt.`,
      fromVersion,
    });
    remove(doc, path);
  }
  return undefined;
}

// needsAttention holds at most this many items (lib/case/schema.ts); the log keeps the full list.
const MAX_ATTENTION = 100;

/** A stored case that does not validate, with its unreadable answers moved to `needsAttention`. */
export function salvageCase(value: unknown, fromVersion: number): { case: Case; removed: readonly AttentionItem[] } | undefined {
  const result = salvage(caseSchema, value, fromVersion);
  if (!result) return undefined;
  const needsAttention = [...result.data.needsAttention, ...result.removed].slice(0, MAX_ATTENTION);
  return { case: { ...result.data, needsAttention }, removed: result.removed };
}
