import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CaseEndLine, CaseEndSummary } from "@/lib/decisions/components/CaseEndSummary";
import { decisionSchema, signatureSchema } from "@/lib/decisions/schemas";
import { decisionParties, resolveEntries } from "@/lib/decisions/parties";
import { caseEnd, caseEndBand, mayWithdrawEntry, type DecisionRow, type SignatureRow } from "@/lib/decisions/status";
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
  return { id: `d${serial}`, partyKey, body: "COMMITTEE", bodyName: "Socialnämnden", decidedOn, paragraph: null, outcome: "ADOPTED", caseVersion: 3, recordedByName: "Sara", recordedByUserId: "sara", organizationId: null, createdAt: new Date(2026, 10, serial), ...extra };
}

function signature(partyKey: string, signedOn: string, extra: Partial<SignatureRow> = {}): SignatureRow {
  serial++;
  return { id: `s${serial}`, partyKey, signedOn, signatoryName: "Olle Ordförande", signatoryTitle: "Ordförande", caseVersion: 3, recordedByName: "Sara", recordedByUserId: "sara", organizationId: null, createdAt: new Date(2026, 10, serial), ...extra };
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
    // A change saved and undone raises the version, not the document decided on.
    const undone = caseEnd({ parties: [N, F], decisions: [decision(N.key, "2026-11-10", { caseVersion: 3 })], signatures: [], principled: undefined, version: 5, sameAsNowVersions: [3] });
    expect(undone.parties[0]!.notices).toEqual([]);
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

  it("gives each entry to the party that owns it now, whatever key it was recorded under, and keeps the rest under a former party", () => {
    const entry = (partyKey: string, partyName: string, decidedOn = "2026-11-20") => ({ ...decision(partyKey, decidedOn), partyName });
    const entries = [
      // Recorded while Fjällviken was only in step 2B, before it joined the case as an organisation.
      entry("svar:p2", "Fjällvikens kommun"),
      // Recorded for Lund as an organisation, which has since left the case but stays in step 2B.
      entry("org:l", "Lunds kommun"),
      // Recorded for step 2B's row p3 as Bergsjö; the row has since been renamed Dalby.
      entry("svar:p3", "Bergsjö kommun"),
      // Norrström, renamed as an organisation since: its own key is its own.
      entry("org:n", "Norrström kommun (gammalt namn)"),
    ];
    const parties = decisionParties(
      [org("n", "Norrströms kommun"), org("f", "Fjällvikens kommun")],
      [answer("p2", "Fjällvikens kommun", "kommun"), answer("p4", "Lunds kommun", "kommun"), answer("p3", "Dalby kommun", "kommun")],
    );
    const resolved = resolveEntries(parties, entries);
    expect(entries.map((e) => resolved.ownerOf(e))).toEqual(["org:f", "svar:p4", "tidigare:svar:p3:bergsjö", "org:n"]);
    // Bergsjö's entry is not Dalby's: Bergsjö is a former party, listed under the name recorded.
    expect(resolved.parties.map((p) => [p.key, p.name, p.former === true])).toEqual([
      ["org:n", "Norrströms kommun", false],
      ["org:f", "Fjällvikens kommun", false],
      ["svar:p4", "Lunds kommun", false],
      ["svar:p3", "Dalby kommun", false],
      ["tidigare:svar:p3:bergsjö", "Bergsjö kommun", true],
    ]);
    // Dalby has nothing recorded; Bergsjö keeps its decision.
    const shown = caseEnd({ parties: resolved.parties, decisions: entries.map((e) => ({ ...e, partyKey: resolved.ownerOf(e) })), signatures: [], principled: false, version: 3 });
    expect(shown.parties.map((p) => [p.name, p.decisions.length])).toEqual([
      ["Norrströms kommun", 1],
      ["Fjällvikens kommun", 1],
      ["Lunds kommun", 1],
      ["Dalby kommun", 0],
      ["Bergsjö kommun", 1],
    ]);
  });

  it("counts only the parties of the case now, and asks nothing of a former one", () => {
    const parties = [{ key: "org:n", name: "Norrströms kommun" }, { key: "svar:gone", name: "Bergsjö kommun", former: true }];
    const shown = caseEnd({ parties, decisions: [decision("org:n", "2026-11-20"), decision("svar:gone", "2026-11-21")], signatures: [signature("svar:gone", "2026-11-01")], principled: true, version: 5 });
    expect(shown.parties.map((p) => [p.name, p.decided, p.former, p.notices.map((n) => n.kind)])).toEqual([
      ["Norrströms kommun", true, false, ["councilMissing", "changedSinceDecision"]],
      ["Bergsjö kommun", true, true, []],
    ]);
    // Norrström alone is left: one party's decision is not every party's (KL 9 kap. 37 §: one party does a task for another).
    expect([shown.allDecided, shown.allSigned, shown.tooFewParties]).toEqual([false, false, true]);
    const withThird = caseEnd({ parties: [...parties, F], decisions: [decision("org:n", "2026-11-20"), decision(F.key, "2026-11-21")], signatures: [], principled: undefined, version: 3 });
    expect([withThird.allDecided, withThird.tooFewParties]).toEqual([true, false]);
  });

  it("asks fullmäktige only of a municipality or a region among step 2B's parties", () => {
    const parties = decisionParties([], [answer("a", "Vårdbolaget AB", "privat_aktor" as "kommun"), answer("b", "Region Mitt", "region"), answer("c", "Okänd part")]);
    expect(parties.map((p) => [p.name, p.hasCouncil])).toEqual([
      ["Vårdbolaget AB", false],
      ["Region Mitt", true],
      ["Okänd part", true],
    ]);
  });
});

describe("caseEndBand (SKR's statistics)", () => {
  // Four bands, each case in one: the newest decision adopting the proposal counts as decided,
  // a party that is no longer one is not counted, and signing alone is not deciding.
  it("puts a case in the band its parties' entries say", () => {
    expect(caseEndBand(end([]))).toBe("Ingen part har beslutat enligt förslaget");
    expect(caseEndBand(end([], [signature(N.key, "2026-11-25")]))).toBe("Ingen part har beslutat enligt förslaget");
    expect(caseEndBand(end([decision(N.key, "2026-11-20")]))).toBe("Några parter har beslutat enligt förslaget");
    expect(caseEndBand(end([decision(N.key, "2026-11-20"), decision(F.key, "2026-11-21")]))).toBe("Alla parter har beslutat enligt förslaget, inte alla undertecknat");
    expect(caseEndBand(end([decision(N.key, "2026-11-20"), decision(F.key, "2026-11-21")], [signature(N.key, "2026-11-25")]))).toBe("Alla parter har beslutat enligt förslaget, inte alla undertecknat");
    expect(caseEndBand(end([decision(N.key, "2026-11-20"), decision(F.key, "2026-11-21")], [signature(N.key, "2026-11-25"), signature(F.key, "2026-11-26")]))).toBe(
      "Alla parter har beslutat enligt förslaget och undertecknat",
    );
    // A party whose newest decision sent the matter back has not decided.
    expect(caseEndBand(end([decision(N.key, "2026-11-20"), decision(F.key, "2026-11-21", { outcome: "REFERRED_BACK" })]))).toBe("Några parter har beslutat enligt förslaget");
    // Every party said no: not "undecided", and not decided as proposed either.
    expect(caseEndBand(end([decision(N.key, "2026-11-20", { outcome: "REJECTED" }), decision(F.key, "2026-11-21", { outcome: "REJECTED" })]))).toBe("Ingen part har beslutat enligt förslaget");
    // A former party's decision does not make "some" decided.
    const withFormer = caseEnd({ parties: [N, F, { key: "tidigare:x", name: "Lunds kommun", former: true }], decisions: [decision("tidigare:x", "2026-11-20")], signatures: [], principled: undefined, version: 3 });
    expect(caseEndBand(withFormer)).toBe("Ingen part har beslutat enligt förslaget");
    // A case of one party, decided and signed, has no agreement between parties yet (KL 9 kap. 37 §).
    const lone = caseEnd({ parties: [N], decisions: [decision(N.key, "2026-11-20")], signatures: [signature(N.key, "2026-11-25")], principled: undefined, version: 3 });
    expect(caseEndBand(lone)).toBe("Några parter har beslutat enligt förslaget");
  });
});

describe("mayWithdrawEntry", () => {
  const editor = { userId: "nora", organizationIds: ["n"], organizationsWithEditors: ["n", "f"] };
  it("lets the one who recorded an entry, the party's own editors, and anyone for a party only in step 2B take it off", () => {
    expect(mayWithdrawEntry({ recordedByUserId: "nora", organizationId: "f" }, editor)).toBe(true);
    expect(mayWithdrawEntry({ recordedByUserId: "fia", organizationId: "n" }, editor)).toBe(true);
    expect(mayWithdrawEntry({ recordedByUserId: "fia", organizationId: null }, editor)).toBe(true);
  });
  it("keeps another party's entry, recorded by someone else, for that party while it has an editor in the case", () => {
    expect(mayWithdrawEntry({ recordedByUserId: "fia", organizationId: "f" }, editor)).toBe(false);
    // Its editors have all left: the case's editors may take a mistake off (a review: nobody could).
    expect(mayWithdrawEntry({ recordedByUserId: "fia", organizationId: "f" }, { ...editor, organizationsWithEditors: ["n"] })).toBe(true);
  });
});

describe("the case end's summary lines", () => {
  const text = (e: ReturnType<typeof caseEnd>) => renderToStaticMarkup(createElement(CaseEndSummary, { end: e, partiesBelow: true, caseId: "c1" })).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

  it("say 'Alla parter' only where there is more than one party, '1 av 1 part' and the partner lacking for a lone one (a walk)", () => {
    const lone = caseEnd({ parties: [N], decisions: [decision(N.key, "2026-11-10")], signatures: [signature(N.key, "2026-11-20")], principled: undefined, version: 3 });
    expect(text(lone)).toContain("Beslut enligt förslaget 1 av 1 part Undertecknat 1 av 1 part Parter Ärendet har bara en part.");
    expect(text(lone)).toContain("Ärendet har bara en part. Samverkan kräver minst två parter: namnge samverkansparten i steg 2B eller bjud in den till ärendet. Till steg 2B Att kontrollera Samverkansparten saknas");
    // Never "Inget" to check while the partner is missing (a walk).
    const loneEmpty = caseEnd({ parties: [N], decisions: [], signatures: [], principled: undefined, version: 3 });
    expect(text(loneEmpty)).toContain("Att kontrollera Samverkansparten saknas");
    expect(text(loneEmpty)).not.toContain("Inget");
    const both = caseEnd({ parties: [N, F], decisions: [decision(N.key, "2026-11-10"), decision(F.key, "2026-11-11")], signatures: [], principled: undefined, version: 3 });
    expect(text(both)).toContain("Beslut enligt förslaget Alla parter Undertecknat 0 av 2 parter");
    expect(text(both)).not.toContain("bara en part");
  });

  it("in 'Mina ärenden', say a lone party's case lacks its partner in words, not only '1 av 1 part' (a walk)", () => {
    const line = (e: ReturnType<typeof caseEnd>) => renderToStaticMarkup(createElement(CaseEndLine, { end: e, caseId: "c1", title: "Familjerätt" })).replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    const lone = caseEnd({ parties: [N], decisions: [decision(N.key, "2026-11-10")], signatures: [signature(N.key, "2026-11-20")], principled: undefined, version: 3 });
    expect(line(lone)).toBe("Beslut och underskrifter för Familjerätt: 1 av 1 part har beslutat enligt förslaget, 1 av 1 part har undertecknat. Ärendet har bara en part: samverkansparten saknas.");
    const both = caseEnd({ parties: [N, F], decisions: [decision(N.key, "2026-11-10"), decision(F.key, "2026-11-11")], signatures: [], principled: undefined, version: 3 });
    expect(line(both)).toBe("Beslut och underskrifter för Familjerätt: alla parter har beslutat enligt förslaget, 0 av 2 parter har undertecknat.");
  });
});
