import type * as z from "zod/mini";
import { NOUNS, formatCharacterLimit, formatCount } from "../format/count";

/** One validation problem, with a readable path such as `economy.costShares[1].percent`. */
export interface CaseError {
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "(hela ärendet)" : out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "tal",
  boolean: "ja eller nej",
  object: "objekt",
  array: "lista",
  int: "heltal",
};

function describeReceived(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "lista";
  return TYPE_NAMES[typeof input] ?? typeof input;
}

type RawIssue = z.core.$ZodRawIssue;

/**
 * Swedish messages for the generic issues. Schema-level messages written in
 * the sections take precedence over this map.
 */
export function swedishErrorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "Värdet saknas men krävs";
      // A form's number field gives NaN for "45 dagar"; "expected a number, got a number" helps nobody.
      if (issue.expected === "number" || issue.expected === "int") return "Ange ett tal med siffror, till exempel 45";
      const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
      return `Fel typ: förväntade ${expected}, fick ${describeReceived(issue.input)}`;
    }
    case "invalid_value":
      // The allowed values are internal keys ("befolkning", "true"); the form shows their labels.
      return "Välj ett av alternativen";
    case "too_small":
      if (issue.origin === "string") return `Texten måste ha minst ${formatCount(Number(issue.minimum), NOUNS.character)}`;
      if (issue.origin === "array") return `Listan måste ha minst ${String(issue.minimum)} poster`;
      return `Värdet måste vara minst ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "string") return `Texten får ha ${formatCharacterLimit(Number(issue.maximum))}`;
      if (issue.origin === "array") return `Listan får ha högst ${String(issue.maximum)} poster`;
      return `Värdet får vara högst ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return `Okänt fält: ${issue.keys.join(", ")}`;
    case "invalid_format":
      return "Felaktigt format";
    case "invalid_key":
      return "Ogiltig nyckel";
    case "invalid_union":
      return "Värdet passar inte något av de tillåtna formaten";
    case "not_multiple_of":
      return `Värdet ska vara en multipel av ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

/** One error per bad field; unknown keys are reported at their own path. */
export function toCaseErrors(error: z.core.$ZodError): CaseError[] {
  const errors: CaseError[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), message: "Okänt fält" });
      }
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return errors;
}
