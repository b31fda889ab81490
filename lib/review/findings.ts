import type { Case } from "@/lib/case";
import { joinList } from "@/lib/format/count";
import type { Finding } from "@/lib/rules";

// Plain module: a stable identity for each finding, and the facts a reviewer's decision on
// it rests on. A decision carries over while the facts are the same and reopens when they change.

export interface KeyedFinding {
  key: string;
  finding: Finding;
}

/** Findings with a key that stays the same between evaluations: the rule code, plus the fields when a rule fires more than once. */
export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const seen = new Set<string>();
  return findings.map((finding) => {
    let key = (counts.get(finding.code) ?? 0) > 1 ? `${finding.code}@${finding.fields.join(",")}` : finding.code;
    // Two findings of one rule on the same fields: number them so each key is unique.
    for (let n = 2; seen.has(key); n += 1) key = `${finding.code}@${finding.fields.join(",")}#${n}`;
    seen.add(key);
    return { key, finding };
  });
}

/** The value at a finding's field path, e.g. "economy.costShares[1].percent" or "parties.0.name". */
export function valueAtField(doc: Case, field: string): unknown {
  let node: unknown = doc;
  for (const key of field.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(key)] : (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * The facts a finding rests on, as one canonical string to hash: the rule, what it says
 * (its explanation carries computed figures), and the answers in its fields.
 */
export function findingFacts(doc: Case, finding: Finding): string {
  return canonicalJson({
    code: finding.code,
    severity: finding.severity,
    explanation: finding.explanation,
    fields: finding.fields.map((field) => [field, valueAtField(doc, field) ?? null]),
  });
}

/** JSON with sorted keys, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
    .join(",")}}`;
}

/** A party's standing decision on a finding, as far as the open counts need it. */
export interface StandingDecision {
  findingKey: string;
  kind: "MUST_FIX" | "ACCEPTED_RISK" | "NOT_APPLICABLE" | "VERIFIED";
  /** False when the finding's facts changed since the decision: it is open again. */
  holds: boolean;
}

/**
 * What is still open for one party's reviewer, as "Att granska" counts it and as an approval
 * waits for (an approval says the jurist has taken a stand on every risk and checked every fact
 * marked "verifiera").
 * - A blocker is open until the reviewer decided it "Accepterad risk" or "Inte tillämplig" (or,
 *   for a blocker that is a fact to verify, "Verifierad") on the facts as they are; "Ska
 *   åtgärdas" keeps it open (the editors must act), and a decision whose facts changed has reopened.
 * - A "verifiera" point is open until the reviewer marked it "Verifierad" on the same facts.
 * Both read the party's latest decision per finding, so a later "Ska åtgärdas" reopens either.
 */
export function openPoints(findings: readonly KeyedFinding[], decisions: readonly StandingDecision[]): { blockers: number; unverified: number } {
  const open = openPointItems(findings, decisions);
  return { blockers: open.blockers.length, unverified: open.unverified.length };
}

/** openPoints' findings themselves, for a page that names them (a walk was told "1 punkt att verifiera är inte avgjord" and not which). */
export function openPointItems<K extends KeyedFinding>(findings: readonly K[], decisions: readonly StandingDecision[]): { blockers: K[]; unverified: K[] } {
  const standing = new Map(decisions.filter((d) => d.holds).map((d) => [d.findingKey, d.kind]));
  const settled = (key: string, kinds: readonly StandingDecision["kind"][]) => kinds.includes(standing.get(key) ?? "MUST_FIX");
  return {
    blockers: findings.filter((k) => k.finding.severity === "blocker" && !settled(k.key, k.finding.verify ? ["ACCEPTED_RISK", "NOT_APPLICABLE", "VERIFIED"] : ["ACCEPTED_RISK", "NOT_APPLICABLE"])),
    unverified: findings.filter((k) => k.finding.verify && !settled(k.key, ["VERIFIED"])),
  };
}

/**
 * The points a jurist has verified for the case: a party's jurist marked it "Verifierad" on the
 * facts as they are, and no party's jurist holds "Ska åtgärdas" on it: that says the fact does not
 * hold as it stands (a walk saw "alla markerats som verifierade" and "Direktupphandling … –
 * verifierad av jurist" above the paying party's "Ska åtgärdas"). Another party's "Accepterad
 * risk" or "Inte tillämplig" says nothing against the fact one party's jurist checked.
 */
export function verifiedFindingKeys(decisions: readonly StandingDecision[]): Set<string> {
  const verified = new Set<string>();
  const disputed = new Set<string>();
  for (const d of decisions) {
    if (!d.holds) continue;
    if (d.kind === "VERIFIED") verified.add(d.findingKey);
    else if (d.kind === "MUST_FIX") disputed.add(d.findingKey);
  }
  return new Set([...verified].filter((key) => !disputed.has(key)));
}

/**
 * What the case's counts say beside "N punkter att verifiera" once a jurist has verified some:
 * the engine keeps flagging a dated fact until the data says otherwise, so without this the
 * count reads as if nobody had checked. `counted` are the findings the count is over; a point
 * counts as verified as verifiedFindingKeys says. "" when none.
 */
export function verifiedByJuristText(
  keyed: readonly KeyedFinding[],
  counted: ReadonlySet<Finding>,
  decisions: readonly (StandingDecision & { organizationId?: string })[],
  parties: readonly { id: string; name: string }[] = [],
): string {
  const verifyKeys = keyed.filter((k) => k.finding.verify && counted.has(k.finding)).map((k) => k.key);
  const settled = verifiedFindingKeys(decisions);
  const verified = verifyKeys.filter((key) => settled.has(key)).length;
  if (verified === 0) return "";
  const lead = `Av punkterna att verifiera har ${verified === verifyKeys.length ? "alla" : `${verified} av ${verifyKeys.length}`} markerats som verifierade av en jurist.`;
  // One party's verification settles the count, not the other party's approval: said, since a walk
  // read "alla markerats som verifierade" above "2 punkter … är inte avgjorda för din part". With
  // two parties or more, each party's own count (a later walk still read "alla" as its own).
  if (parties.length < 2) return `${lead} Varje parts jurist tar ställning till dem för sin egen part.`;
  const perParty = parties.map((party) => {
    const own = verifiedFindingKeys(decisions.filter((d) => d.organizationId === party.id));
    return `${party.name} ${verifyKeys.filter((key) => own.has(key)).length} av ${verifyKeys.length}`;
  });
  return `${lead} Verifierade av respektive parts jurist: ${joinList(perParty)}.`;
}
