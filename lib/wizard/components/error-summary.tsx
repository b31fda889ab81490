import type { FieldErrors } from "react-hook-form";
import { endSentence } from "@/lib/format/sentence";

interface FlatError {
  path: string;
  message: string;
}

/** RHF keeps errors as a tree shaped like the values; the summary needs a flat list. */
export function flattenErrors(errors: FieldErrors | object, prefix = ""): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    // The schema's messages are phrases ("Värdet får vara högst 1200"); shown, each is a sentence.
    if (typeof message === "string" && message) out.push({ path, message: endSentence(message) });
    else out.push(...flattenErrors(value as object, path));
  }
  return out;
}
