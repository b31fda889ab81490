import "server-only";
import { AppError, type FieldError } from "@/lib/errors/app-error";
import { UNSAFE_TEXT_MESSAGE, unsafeCharacterIn } from "@/lib/format/safe-text";
import { VALIDATION_SUMMARY } from "./validation";

// What every server action checks before its schema sees the input. A server action is a
// public HTTP endpoint: whatever React's encoding can express can arrive, not just what
// the app's forms send. So the raw arguments are checked for shape, size, nesting and
// characters here, and refused with a VALIDATION error naming the field; nothing reaches
// a schema's .map() or the database that could make it fail unexpectedly.

export const BOUNDARY_LIMITS = {
  /** Form fields per submission; the largest form in the app has about 10. */
  formFields: 100,
  /** Characters per form field (the longest free text is 20 000). */
  fieldLength: 100_000,
  /** Nesting of a structured argument (an autosave is about 6 deep). */
  depth: 24,
  /** Values (objects, arrays, scalars) in a structured argument. */
  nodes: 20_000,
  /** An id or token passed as a bound argument. */
  idLength: 200,
} as const;

export const BOUNDARY_MESSAGES = {
  malformed: "Anropet har fel form och kunde inte tas emot. Ladda om sidan och försök igen.",
  tooManyFields: `Formuläret har för många fält (högst ${BOUNDARY_LIMITS.formFields}).`,
  tooLong: `Texten är för lång (högst ${BOUNDARY_LIMITS.fieldLength.toLocaleString("sv-SE")} tecken).`,
  tooDeep: "Svaret är för djupt nästlat för att kunna sparas.",
  tooLarge: "Svaret är för stort för att kunna sparas.",
  badId: "Ogiltigt id.",
} as const;

function refuse(fieldErrors: FieldError[], message: string = BOUNDARY_MESSAGES.malformed): never {
  throw new AppError("VALIDATION", message, { fieldErrors });
}

/** A field name fit to show and store, even when a caller made it up. */
function fieldName(key: string): string {
  const safe = unsafeCharacterIn(key) ? "(okänt fält)" : key;
  return safe.length > 100 ? `${safe.slice(0, 100)}…` : safe;
}

/** Refuses text with characters that cannot be stored, naming the field. */
export function checkText(value: string, field: string): void {
  if (value.length > BOUNDARY_LIMITS.fieldLength) refuse([{ path: fieldName(field), message: BOUNDARY_MESSAGES.tooLong }], VALIDATION_SUMMARY);
  if (unsafeCharacterIn(value)) refuse([{ path: fieldName(field), message: UNSAFE_TEXT_MESSAGE }], VALIDATION_SUMMARY);
}

/** The string fields of a submitted form. Anything that is not a FormData is refused. */
export function readForm(formData: unknown): Record<string, string> {
  if (!(formData instanceof FormData)) refuse([{ path: "formulär", message: BOUNDARY_MESSAGES.malformed }]);
  const fields: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (++count > BOUNDARY_LIMITS.formFields) refuse([{ path: "formulär", message: BOUNDARY_MESSAGES.tooManyFields }], BOUNDARY_MESSAGES.tooManyFields);
    if (unsafeCharacterIn(key) || key.length > 200) refuse([{ path: fieldName(key), message: BOUNDARY_MESSAGES.malformed }]);
    // Files are never expected; a string field wins over one sent twice.
    if (typeof value !== "string" || key in fields) continue;
    checkText(value, key);
    fields[key] = value;
  }
  return fields;
}

/** An id or token bound to an action (`action.bind(null, caseId)`), which a caller can replace with anything. */
export function readId(value: unknown, field: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > BOUNDARY_LIMITS.idLength || unsafeCharacterIn(value)) {
    refuse([{ path: field, message: BOUNDARY_MESSAGES.badId }], BOUNDARY_MESSAGES.badId);
  }
  return value;
}

/**
 * Checks a structured argument (an autosave) before its schema parses it: plain data
 * only, bounded depth and size, and no unsafe characters in keys or text. Iterative, so a
 * 100 000-deep value cannot overflow the stack.
 */
export function checkStructured(value: unknown, field: string): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: field, depth: 0 }];
  let nodes = 0;
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (++nodes > BOUNDARY_LIMITS.nodes) refuse([{ path: field, message: BOUNDARY_MESSAGES.tooLarge }], BOUNDARY_MESSAGES.tooLarge);
    if (depth > BOUNDARY_LIMITS.depth) refuse([{ path: fieldName(path), message: BOUNDARY_MESSAGES.tooDeep }], BOUNDARY_MESSAGES.tooDeep);
    if (current === null || current === undefined || typeof current === "boolean") continue;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) refuse([{ path: fieldName(path), message: "Talet är inte ett ändligt tal." }]);
      continue;
    }
    if (typeof current === "string") {
      checkText(current, path);
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) stack.push({ value: current[i], path: `${path}.${i}`, depth: depth + 1 });
      continue;
    }
    const proto = typeof current === "object" ? Object.getPrototypeOf(current) : undefined;
    if (proto !== Object.prototype && proto !== null) refuse([{ path: fieldName(path), message: BOUNDARY_MESSAGES.malformed }]);
    for (const key of Object.keys(current as object)) {
      if (unsafeCharacterIn(key) || key.length > 200) refuse([{ path: fieldName(path), message: BOUNDARY_MESSAGES.malformed }]);
      stack.push({ value: (current as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
}

/**
 * Tells `npm start`'s request gate (scripts/lib/request-gate.mjs) that app code took over
 * this request, so a later HTTP 500 is reported as the app's fault and not mapped to 400.
 */
export function markActionEntered(): void {
  const context = (globalThis as Record<symbol, unknown>)[Symbol.for("samverka.requestContext")] as
    | { getStore(): { actionEntered: boolean } | undefined }
    | undefined;
  const store = context?.getStore();
  if (store) store.actionEntered = true;
}

/**
 * An autosave's input: each change's value is checked under its own answer path (so the
 * page can show the message beside the field), then the whole input for shape and size.
 */
export function checkAutosave(input: unknown): void {
  const changes = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { changes?: unknown }).changes : undefined;
  if (Array.isArray(changes) && changes.length <= 1_000) {
    for (const change of changes) {
      if (typeof change !== "object" || change === null) continue;
      const { path, value } = change as { path?: unknown; value?: unknown };
      if (typeof path === "string" && path.length <= 200 && !unsafeCharacterIn(path)) checkStructured(value, path);
    }
  }
  checkStructured(input, "input");
}
