import type { Case } from "../case/schema";
import { formatPath } from "../case/errors";
import { findIdentityNumbers, type IdentityNumberKind } from "./personnummer";

export interface FreeTextHit {
  readonly path: string;
  readonly kinds: readonly IdentityNumberKind[];
}

/**
 * Scans every string in the case, including ids and codes: a personnummer is
 * personal data wherever it is typed (an enskild firma's organisation number
 * is the owner's personnummer, for instance).
 */
export function scanForIdentityNumbers(c: Case): FreeTextHit[] {
  const hits: FreeTextHit[] = [];
  const path: (string | number)[] = [];
  visit(c, path, hits);
  return hits;
}

function visit(value: unknown, path: (string | number)[], hits: FreeTextHit[]): void {
  if (typeof value === "string") {
    const kinds = findIdentityNumbers(value);
    if (kinds.length > 0) hits.push({ path: formatPath(path), kinds });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visit(value[i], path, hits);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    path.push(key);
    visit((value as Record<string, unknown>)[key], path, hits);
    path.pop();
  }
}
