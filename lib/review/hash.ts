import "server-only";
import crypto from "node:crypto";
import type { Case } from "@/lib/case";
import type { Finding } from "@/lib/rules";
import { canonicalJson, findingFacts } from "./findings";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/** SHA-256 of the case document in canonical JSON: equal answers, equal hash. */
export function documentHash(doc: Case): string {
  return sha256(canonicalJson(doc));
}

/** SHA-256 of the facts a finding rests on; a decision holds while this is unchanged. */
export function findingFingerprint(doc: Case, finding: Finding): string {
  return sha256(findingFacts(doc, finding));
}
