import { describe, expect, it } from "vitest";
import { decisionSchema, signatureSchema } from "@/lib/decisions/schemas";
import { decisionParties, formerParties } from "@/lib/decisions/parties";
import { caseEnd, type DecisionRow, type SignatureRow } from "@/lib/decisions/status";
import { todayInStockholm } from "@/lib/format";

// Where a case stands at its end. KL 5 kap. 1 §: fullmäktige decides matters of principled
// character or otherwise of greater importance; step 3C asks whether the agreement is one. Whoever
// signs for a party needs the right to (a decision, or the delegation rules): the page says what to
// check when a signature has no adopting decision before it, and never decides it for them.

const N = { key: "org:n", name: "Norrströms kommun" };
const F = { key: "svar:f", name: "Fjällvikens kommun" };
let serial = 0;

function decision(partyKey: string, decidedOn: string, extra: Partial<DecisionRow> = {}): DecisionRow {
  serial++;
  return { id: `d${serial}`, partyKey, body: "COMMITTEE", bodyName: "Socialnämnden", decidedOn, paragraph: null, outcome: "ADOPTED", caseVersion: 3, recordedByName: "Sara", createdAt: new Date(2026, 10, serial), ...extra };
}

function signature(partyKey: string, signedOn: string, extra: Partial<SignatureRow> = {}): SignatureRow {
  serial++;
  return { id: `s${serial}`, partyKey, signedOn, signatoryName: "Olle Ordförande", signatoryTitle: "Ordförande", caseVersion: 3, recordedByName: "Sara", createdAt: new Date(2026, 10, serial), ...extra };
}

const end = (decisions: DecisionRow[], signatures: SignatureRow[] = [], principled?: boolean, version = 3) => caseEnd({ parties: [N, F], decisions, signatures, principled, version });
const kinds = (e: ReturnType<typeof end>, party = 0) => e.parties[party]!.notices.map((n) => n.kind);

describe("caseEnd", () => {
  it("has every party decided when each party's newest decision adopts the proposal, and signed when each has a signature", () => {
    const one = end([decision(N.key, "2026-11-10")]);
    expect([one.allDecided, one.parties[0]!.decided, one.parties[1]!.decided]).toEqual([false, true, false]);
    const both = end([decision(N.key, "2026-11-10"), decision(F.key, "2026-11-12")], [signature(N.key, "2026-11-20")]);
    expect([both.allDecided, both.allSigned]).toEqual([true, false]);
    expect(end([decision(N.key, "2026-11-10"), decision(F.key, "2026-11-12")], [signature(N.key, "2026-11-20"), signature(F.key, "2026-11-21")]).allSigned).toBe(true);
  });

  it("takes the newest decision: a referral back after an adoption, or an adoption after a referral back", () => {
    expect(end([decision(N.key, "2026-10-01"), decision(N.key, "2026-11-01", { outcome: "REFERRED_BACK" })]).parties[0]!.decided).toBe(false);
    const again = end([decision(N.key, "2026-10-01", { outcome: "REFERRED_BACK" }), decision(N.key, "2026-11-01")]);
    expect(again.parties[0]!.decided).toBe(true);
    expect(again.parties[0]!.decisions.map((d) => d.decidedOn)).toEqual(["2026-11-01", "2026-10-01"]);
  });

  it("asks for fullmäktige's decision only where step 3C says the agreement is of principled character or greater importance", () => {
    expect(kinds(end([decision(N.key, "2026-11-10")], [], true))).toEqual(["councilMissing"]);
    expect(kinds(end([decision(N.key, "2026-11-10")], [], false))).toEqual([]);
    expect(kinds(end([decision(N.key, "2026-11-10")], [], undefined))).toEqual([]);
    // A council decision that does not adopt the proposal is not one.
    expect(kinds(end([decision(N.key, "2026-11-10", { body: "COUNCIL", outcome: "TABLED" })], [], true))).toEqual(["councilMissing"]);
    expect(kinds(end([decision(N.key, "2026-11-10"), decision(N.key, "2026-11-28", { body: "COUNCIL", bodyName: "Kommunfullmäktige" })], [], true))).toEqual([]);
    // A kommunalförbund has no fullmäktige: it decides as its förbundsordning says.
    const forbund = caseEnd({ parties: [{ key: "org:k", name: "Sydvästra kommunalförbundet", hasCouncil: false }], decisions: [decision("org:k", "2026-11-10")], signatures: [], principled: true, version: 3 });
    expect(forbund.parties[0]!.notices).toEqual([]);
  });

  it("says to check the signatory's right when a signature has no adopting decision, or one dated after it", () => {
    expect(kinds(end([], [signature(N.key, "2026-11-20")]))).toEqual(["signedWithoutDecision"]);
    expect(kinds(end([decision(N.key, "2026-11-10", { outcome: "REJECTED" })], [signature(N.key, "2026-11-20")]))).toEqual(["signedWithoutDecision"]);
    expect(end([decision(N.key, "2026-11-25")], [signature(N.key, "2026-11-20")]).parties[0]!.notices).toEqual([{ kind: "signedBeforeDecision", signedOn: "2026-11-20", decidedOn: "2026-11-25" }]);
    expect(kinds(end([decision(N.key, "2026-11-20")], [signature(N.key, "2026-11-20")]))).toEqual([]);
  });

  it("says when the case has changed since the version the adopting decision was taken on", () => {
    expect(end([decision(N.key, "2026-11-10", { caseVersion: 3 })], [], undefined, 5).parties[0]!.notices).toEqual([{ kind: "changedSinceDecision", decidedVersion: 3, currentVersion: 5, signed: false }]);
    expect(end([decision(N.key, "2026-11-10", { caseVersion: 3 })], [signature(N.key, "2026-11-12")], undefined, 5).parties[0]!.notices).toEqual([
      { kind: "changedSinceDecision", decidedVersion: 3, currentVersion: 5, signed: true },
    ]);
    expect(kinds(end([decision(N.key, "2026-11-10", { caseVersion: 5 })], [], undefined, 5))).toEqual([]);
  });
});

describe("the forms' schemas", () => {
  const decisionInput = { party: "org:0b7c8a2e-4a0e-4d7f-9f3e-2f1a6b5c4d3e", body: "COMMITTEE", bodyName: "Socialnämnden", decidedOn: "2026-11-20", paragraph: " § 45 ", outcome: "ADOPTED", caseVersion: "4" };
  const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (result.error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`);

  it("takes a decision as the minutes give it", () => {
    expect(decisionSchema.parse(decisionInput)).toMatchObject({ paragraph: "§ 45", caseVersion: 4, decidedOn: "2026-11-20" });
    expect(decisionSchema.parse({ ...decisionInput, paragraph: "" }).paragraph).toBeUndefined();
  });

  it("refuses a date in the future or not a date, naming the field", () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
    expect(errorsOf(decisionSchema.safeParse({ ...decisionInput, decidedOn: todayInStockholm(tomorrow) }))).toEqual(["decidedOn: Datumet får inte ligga i framtiden."]);
    expect(errorsOf(decisionSchema.safeParse({ ...decisionInput, decidedOn: "2026-02-30" }))[0]).toMatch(/^decidedOn: Skriv datumet som ÅÅÅÅ-MM-DD/);
    expect(errorsOf(signatureSchema.safeParse({ party: decisionInput.party, signedOn: "", signatoryName: "Olle", signatoryTitle: "Ordförande", caseVersion: "1" }))).toEqual([
      "signedOn: Ange datumet då avtalet undertecknades.",
    ]);
  });

  it("refuses a missing party, body name or signatory, and an unknown outcome", () => {
    expect(errorsOf(decisionSchema.safeParse({ ...decisionInput, party: "", bodyName: " ", outcome: "MAYBE" }))).toEqual([
      "party: Välj vilken part det gäller.",
      "bodyName: Skriv beslutsorganets namn, till exempel Socialnämnden.",
      "outcome: Välj vad beslutet blev.",
    ]);
    expect(errorsOf(signatureSchema.safeParse({ party: decisionInput.party, signedOn: "2026-11-20", signatoryName: "", signatoryTitle: "x".repeat(121), caseVersion: "0" }))).toEqual([
      "signatoryName: Skriv namnet på den som undertecknade.",
      "signatoryTitle: Titeln får vara högst 120 tecken.",
      "caseVersion: Ange vilken version av ärendet det gällde.",
    ]);
  });
});

describe("decisionParties", () => {
  const org = (id: string, name: string, type = "KOMMUN") => ({ id, name, type });
  const answer = (id: string, name: string | undefined, type?: "kommun" | "region" | "kommunalforbund") => ({ id, ...(name === undefined ? {} : { name }), ...(type ? { type } : {}) });

  it("lists the case's organisations, then the parties step 2B names that are none of them", () => {
    const parties = decisionParties([org("n", "Norrströms kommun")], [answer("p1", "Norrström"), answer("p2", "Fjällvikens kommun", "kommun"), answer("p3", " "), answer("p4", "Sydvästra kommunalförbundet", "kommunalforbund")]);
    expect(parties).toEqual([
      { key: "org:n", aliases: ["svar:p1"], name: "Norrströms kommun", organizationId: "n", hasCouncil: true },
      { key: "svar:p2", aliases: [], name: "Fjällvikens kommun", organizationId: null, hasCouncil: true },
      { key: "svar:p4", aliases: [], name: "Sydvästra kommunalförbundet", organizationId: null, hasCouncil: false },
    ]);
  });

  it("gives a kommunalförbund among the organisations no fullmäktige, and names a party twice only once", () => {
    expect(decisionParties([org("k", "Kommunalförbundet Sydväst", "KOMMUNALFORBUND")], [answer("a", "Lunds kommun"), answer("b", "lunds kommun")]).map((p) => [p.key, p.hasCouncil])).toEqual([
      ["org:k", false],
      ["svar:a", true],
    ]);
  });

  it("keeps a party's entries when it joins the case as an organisation, and shows those of a party no longer in the case, uncounted", () => {
    // Recorded while Fjällviken was only in step 2B (svar:p2); Fjällviken then joined the case.
    const joined = decisionParties([org("n", "Norrströms kommun"), org("f", "Fjällvikens kommun")], [answer("p2", "Fjällvikens kommun", "kommun")]);
    const entries = [decision("svar:p2", "2026-11-20"), decision("svar:gone", "2026-11-21", { partyName: "Bergsjö kommun" })];
    const parties = [...joined, ...formerParties(joined, entries.map((e) => ({ partyKey: e.partyKey, partyName: e.partyName ?? "" })))];
    const shown = caseEnd({ parties, decisions: entries, signatures: [], principled: true, version: 3 });
    expect(shown.parties.map((p) => [p.name, p.decided, p.former, p.notices.map((n) => n.kind)])).toEqual([
      ["Norrströms kommun", false, false, ["councilMissing"]],
      ["Fjällvikens kommun", true, false, ["councilMissing"]],
      ["Bergsjö kommun", true, true, []],
    ]);
    // Counted over the parties of the case now: Norrström has not decided.
    expect(shown.allDecided).toBe(false);
    expect(caseEnd({ parties: [parties[1]!, parties[2]!], decisions: entries, signatures: [], principled: false, version: 3 }).allDecided).toBe(true);
  });
});
