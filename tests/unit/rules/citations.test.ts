import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case/empty";
import { CLAUSE_CATALOGUE, RULE_CATALOGUE, evaluateCase } from "@/lib/rules";
import { describeLegalGrounds, LEGAL, type LegalBasis } from "@/lib/reference/legal";
import { GUIDE_STEPS } from "@/lib/guide";

// Statute names written out here (not imported) so the expectations come from the sources, not the engine.
const KL = "Kommunallagen (2017:725)";
const LOU = "Lagen (2016:1145) om offentlig upphandling (LOU)";
const GDPR = "Dataskyddsförordningen (EU) 2016/679 (GDPR)";
const OSL = "Offentlighets- och sekretesslagen (2009:400) (OSL)";
const ARKIVLAGEN = "Arkivlagen (1990:782)";

function cited(basis: readonly LegalBasis[]): string[] {
  return basis.map((b) => `${b.statute} ${b.provision}`);
}

function rule(code: string) {
  const found = RULE_CATALOGUE.find((r) => r.code === code);
  if (!found) throw new Error(`unknown rule ${code}`);
  return found;
}

/**
 * KL 9 kap. 37 § says that a municipality or region may agree that another municipality or region performs
 * its tasks (avtalssamverkan), and that its committees may then delegate decisions to employees of the other
 * (extern delegering). It prescribes no agreement contents (DOMAIN.md, "Other facts checked"; issue 9 §4).
 * Only rules about what avtalssamverkan itself is or permits, who may be a party, and external delegation
 * may cite it. Add a code here only with such a reason.
 */
const KL_9_37_RULES = new Set([
  // Parties: municipalities and regions, one performing a task for another.
  "PARTIES_TOO_FEW",
  "PARTY_NOT_ELIGIBLE",
  "PARTY_KOMMUNALFORBUND_VERIFY",
  "PARTY_TYPE_MISSING",
  "PARTY_ROLE_MISSING",
  "PARTIES_NO_CLIENT",
  "PARTIES_NO_CONTRACTOR",
  // The agreement is about the client's own tasks, performed by the other party.
  "TASKS_MISSING",
  "TASK_OUTSIDE_COMPETENCE",
  "TASK_COMPETENCE_UNCONFIRMED",
  // The contractor performs the client's task: the client keeps huvudmannaskap.
  "ORG_HUVUDMANNASKAP_TRANSFERRED",
  "ORG_TAKE_BACK_NOT_POSSIBLE",
  // External delegation.
  "DELEGATION_TO_NON_EMPLOYEES",
  "DELEGATION_SUBDELEGATION_NOT_ADDRESSED",
  "DELEGATION_SCOPE_MISSING",
  "DELEGATION_UNANSWERED_FOR_AUTHORITY",
  // The engine's own scope: avtalssamverkan under KL 9 kap. 37 §, not other forms.
  "FORM_NOT_AVTALSSAMVERKAN",
]);
const KL_9_37_CLAUSES = new Set(["extern_delegering"]);
// Exercise of public authority can only be handed to another municipality's employees by external delegation.
const KL_9_37_ROUTES = new Set(["myndighetsutovning"]);

const citesKl937 = (basis: readonly LegalBasis[]) => basis.some((b) => b.statute === KL && b.provision === "9 kap. 37 §");

describe("KL 9 kap. 37 § is cited only where it is the true basis", () => {
  it("no rule outside the avtalssamverkan/delegation/parties allow-list cites it", () => {
    const offenders = RULE_CATALOGUE.filter((r) => citesKl937(r.legalBasis) && !KL_9_37_RULES.has(r.code)).map((r) => r.code);
    expect(offenders).toEqual([]);
  });

  it("no clause outside the allow-list cites it", () => {
    const offenders = CLAUSE_CATALOGUE.filter((c) => citesKl937(c.legalBasis) && !KL_9_37_CLAUSES.has(c.id)).map((c) => c.id);
    expect(offenders).toEqual([]);
  });

  it("no procurement route outside the allow-list cites it", () => {
    const routes = evaluateCase(emptyCase(), "2026-06-01").procurement.routes;
    const offenders = routes.filter((r) => citesKl937(r.legalBasis) && !KL_9_37_ROUTES.has(r.route)).map((r) => r.route);
    expect(offenders).toEqual([]);
  });

  it("every allow-listed code exists, so the list cannot go stale silently", () => {
    const codes = new Set(RULE_CATALOGUE.map((r) => r.code));
    expect([...KL_9_37_RULES].filter((c) => !codes.has(c))).toEqual([]);
  });
});

describe("guidance from SKR's report cites no statute and says 'bör'", () => {
  // Report ch. 5.1–5.3 (the method guide: needs, scope, goals, benefits, anchoring, allocation of tasks),
  // ch. 2.2 (choosing the form), ch. 2.1.2 (follow-up, annual report, the parts an agreement should contain,
  // cost split). None of these is a statutory requirement.
  it.each([
    "NEEDS_PROBLEM_MISSING",
    "NEEDS_SCOPE_MISSING",
    "NEEDS_GOALS_NOT_MEASURABLE",
    "NEEDS_BENEFITS_MISSING",
    "FORM_NOT_CHOSEN",
    "FORM_ALTERNATIVES_NOT_COMPARED",
    "CONTROL_NO_FOLLOW_UP",
    "ORG_HUVUDMANNASKAP_UNCONFIRMED",
    "ORG_TAKE_BACK_UNADDRESSED",
    "ORG_TASK_ALLOCATION_MISSING",
    "ECON_COMPENSATION_BELOW_COST",
    "ECON_SPLIT_METHOD_MISSING",
    "ECON_SHARE_MISSING",
    "ECON_SHARES_NOT_100",
    "ANCHOR_INTERNAL_COMMUNICATION_MISSING",
    "AGREEMENT_REQUIRED_CLAUSE_MISSING",
    "AGREEMENT_CONDITIONAL_CLAUSE_MISSING",
    "AGREEMENT_OPEN_TERM_NO_NOTICE",
    "AGREEMENT_CLAUSE_HAS_GAPS",
    // Report 2.1.2: term and termination are among the parts an agreement should contain; LOU 5 kap. 13 §
    // values a contract, it does not require a term, so the valuation trace is where the term matters.
    "AGREEMENT_NO_TERM_NOR_NOTICE",
  ])("%s rests on the report alone", (code) => {
    const r = rule(code);
    expect(r.legalBasis).toEqual([]);
    expect(r.reportChapter.length).toBeGreaterThan(0);
    // Normative wording must not claim a legal duty: no "ska framgå", "ska parterna", "ska vara klart" etc.
    expect(`${r.title} ${r.explanation}`).not.toMatch(/\bska (framgå|parterna|vara klart|komma överens|omfatta)\b/);
  });

  // A blocker says the collaboration cannot be entered as described. SKR's advice ("bör") cannot say
  // that: the parties may depart from it. The one exception is not a legal claim at all: shares that do
  // not add up to 100 % leave a part of the cost unpaid or paid twice, so the economy as described cannot
  // be carried out (arithmetic, not law).
  it("never makes the report's advice a blocker", () => {
    const reportOnlyBlockers = RULE_CATALOGUE.filter((r) => r.severity === "blocker" && r.legalBasis.length === 0).map((r) => r.code);
    expect(reportOnlyBlockers).toEqual(["ECON_SHARES_NOT_100"]);
  });

  it.each([
    ["NEEDS_SCOPE_MISSING", /bör framgå/],
    ["FORM_NOT_CHOSEN", /bör parterna besluta/],
    ["CONTROL_NO_FOLLOW_UP", /bör kunna följa upp/],
    ["ORG_TASK_ALLOCATION_MISSING", /bör framgå/],
    ["ECON_SPLIT_METHOD_MISSING", /bör framgå/],
    ["ANCHOR_INTERNAL_COMMUNICATION_MISSING", /bör förankra/],
    ["AGREEMENT_NO_TERM_NOR_NOTICE", /bör avtalet ange avtalstid/],
    // No statute sends the agreement to the committee; KL 5 kap. 1 § sends matters of principle to fullmäktige.
    ["ANCHOR_NO_DECISION_PATH", /bör avtalet och de ekonomiska villkoren beslutas av ansvarig nämnd/],
  ])("%s says 'bör'", (code, wording) => {
    expect(rule(code).explanation).toMatch(wording);
  });
});

describe("other rules cite the narrowest true provision", () => {
  it.each([
    // KL 2 kap. 6 §: the self-cost principle caps charges; it is cited only where charging above cost is checked.
    ["ECON_COMPENSATION_ABOVE_COST", [`${KL} 2 kap. 6 §`]],
    // KL 6 kap. 6 §: each committee's internal control.
    ["CONTROL_NO_INTERNAL_CONTROL", [`${KL} 6 kap. 6 §`]],
    // KL 6 kap. 1 §: the executive board's oversight.
    ["CONTROL_OVERSIGHT_UNADDRESSED", [`${KL} 6 kap. 1 §`]],
    // KL 5 kap. 1 §: the council decides matters of principle or greater importance.
    ["ANCHOR_COUNCIL_DECISION_MISSING", [`${KL} 5 kap. 1 §`]],
    // Fullmäktige sets the nämnder's tasks in their reglementen; the paragraph is to verify.
    ["ANCHOR_CONTRACTOR_MANDATE_UNCONFIRMED", [`${KL} 6 kap. 44 §`]],
    // OSL 8 kap. 1 §: secrecy applies towards other authorities too (settled); which provision lets the
    // data pass in avtalssamverkan is not confirmed, and is cited as such.
    ["INFO_SECRET_DATA_NO_LEGAL_BASIS", [`${OSL} 8 kap. 1 §`, `${OSL} bestämmelse ej fastställd`]],
    // KL 9 kap. 37 § limits avtalssamverkan to the client's own tasks; KL 2 kap. 1 § is the general competence.
    ["TASK_OUTSIDE_COMPETENCE", [`${KL} 9 kap. 37 §`, `${KL} 2 kap. 1 §`]],
    // KL 9 kap. 37 § andra stycket: external delegation "med de begränsningar som följer av 6 kap. 38 §.
    // I så fall tillämpas 7 kap. 4–8 §§" (SFS 2018:569). Sub-delegation and reporting back are 7 kap. 4–8 §§;
    // what may not be delegated is 6 kap. 38 §, not 37 § (a nämnd's own delegation).
    ["DELEGATION_SUBDELEGATION_NOT_ADDRESSED", [`${KL} 9 kap. 37 §`, `${KL} 7 kap. 4–8 §§`]],
    ["DELEGATION_SCOPE_MISSING", [`${KL} 9 kap. 37 §`, `${KL} 6 kap. 38 §`]],
    // KL 9 kap. 38 § (SFS 2018:569): "Styrelsen ska årligen till fullmäktige rapportera om kommunens …
    // avtalssamverkan enligt 37 §"; SKR's report (2.1.2) says it "krävs".
    ["CONTROL_NO_ANNUAL_REPORT", [`${KL} 9 kap. 38 §`]],
    // Officials decide only on delegation (KL 6 kap. 37 §) and matters of principle may not be delegated
    // (6 kap. 38 §); the council decides matters of principle (5 kap. 1 §).
    ["ECON_NOT_PREPARED_FOR_DECISION", [`${KL} 5 kap. 1 §`, `${KL} 6 kap. 37–38 §§`]],
    // Registration of public documents (OSL 5 kap. 1 §) and each authority's archive (Arkivlagen).
    ["INFO_AUTHORITY_RECORDS_ROUTINES_MISSING", [`${OSL} 5 kap. 1 §`, `${ARKIVLAGEN} hela lagen`]],
    ["INFO_ARCHIVING_ROUTINE_NO", [`${ARKIVLAGEN} hela lagen`]],
    // Security of processing is GDPR art. 32, not the controller/processor articles.
    ["INFO_SECURITY_ROUTINES_MISSING", [`${GDPR} artikel 32`]],
    // Payment in kind is part of the total amount payable (LOU 5 kap., main rule; paragraph unconfirmed) and of
    // what is charged against the self-cost cap (KL 2 kap. 6 §).
    ["ECON_COUNTER_PERFORMANCE_UNVALUED", [`${KL} 2 kap. 6 §`, `${LOU} 5 kap. 3 §`]],
    // The social-services task itself is governed by SoL 2025:400.
    ["TASK_GOVERNING_LAW_MISSING", ["Socialtjänstlagen (2025:400) hela lagen"]],
    // A samordningsförbund is governed by its own act (Finsam), not by KL 9 kap. 37 §.
    ["FORM_SAMORDNINGSFORBUND_SCOPE", ["Lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser hela lagen"]],
    // "Must procure" rests on the act's scope (LOU 1 kap. 2 §, procurement by a contracting authority),
    // not on the direct-award chapter or the Hamburg exception, whose failure has its own findings.
    ["PROC_ORDINARY_PROCUREMENT_REQUIRED", [`${LOU} 1 kap. 2 §`]],
    ["PROC_PROCUREMENT_REQUIRED_UNLESS_OPEN_ROUTE", [`${LOU} 1 kap. 2 §`]],
  ] as const)("%s", (code, expected) => {
    expect(cited(rule(code).legalBasis)).toEqual(expected);
  });

  it("marks paragraphs that are not confirmed as 'verifiera'", () => {
    // The delegation paragraphs' application to external delegation, the Archives Act paragraph and the
    // Finsam paragraph are not confirmed against the statute text.
    const unconfirmed = (code: string, provision: string) =>
      rule(code).legalBasis.find((b) => b.provision === provision)?.verify;
    // The paragraphs 9 kap. 37 § names are cited as it names them, not as unconfirmed.
    expect(unconfirmed("DELEGATION_SUBDELEGATION_NOT_ADDRESSED", "7 kap. 4–8 §§")).toBeUndefined();
    expect(unconfirmed("DELEGATION_SCOPE_MISSING", "6 kap. 38 §")).toBeUndefined();
    // Read off SFS 2018:569, which put the paragraph in.
    expect(unconfirmed("CONTROL_NO_ANNUAL_REPORT", "9 kap. 38 §")).toBeUndefined();
    // Reglementen (KL 6 kap. 44 §) and the duty to negotiate (MBL 11 §) are cited as settled.
    expect(unconfirmed("ANCHOR_CONTRACTOR_MANDATE_UNCONFIRMED", "6 kap. 44 §")).toBeUndefined();
    expect(unconfirmed("ANCHOR_NO_UNION_CONSULTATION", "11 §")).toBeUndefined();
    expect(unconfirmed("PROC_ORDINARY_PROCUREMENT_REQUIRED", "1 kap. 2 §")).toBe(true);
    // KL 9 kap. 37 § makes the task the client's own; that it must be possible to take it back is the report's
    // reading (ch. 1), not the statute's words.
    expect(unconfirmed("ORG_TAKE_BACK_NOT_POSSIBLE", "9 kap. 37 §")).toBe(true);
    expect(rule("INFO_ARCHIVING_ROUTINE_NO").legalBasis.every((b) => b.verify === true)).toBe(true);
    expect(rule("FORM_SAMORDNINGSFORBUND_SCOPE").legalBasis.every((b) => b.verify === true)).toBe(true);
  });

  it("cites clause bases from the statute, the report where none applies", () => {
    const clause = (id: string) => {
      const found = CLAUSE_CATALOGUE.find((c) => c.id === id);
      if (!found) throw new Error(`unknown clause ${id}`);
      return cited(found.legalBasis);
    };
    // The list of parts is SKR's guidance (report ch. 2.1.2); only a part about a statutory matter cites it.
    expect(clause("parter")).toEqual([]);
    expect(clause("avtalstid")).toEqual([]);
    expect(clause("forsakring")).toEqual([]);
    // Follow-up and reporting to the council are the report's recommendation (issue 9 §4), not a statutory duty.
    expect(clause("uppfoljning")).toEqual([]);
    expect(clause("extern_delegering")).toEqual([`${KL} 9 kap. 37 §`]);
    expect(clause("ekonomi")).toEqual([`${KL} 2 kap. 6 §`]);
    expect(clause("arbetsresultat")).toEqual(["Lagen (1960:729) om upphovsrätt till litterära och konstnärliga verk hela lagen"]);
  });
});

describe("how the grounds are shown", () => {
  it("says a point without a statute is the report's recommendation, and marks unconfirmed provisions", () => {
    expect(describeLegalGrounds([])).toBe("SKR:s rapport (rekommendation, inget krav i lag)");
    expect(describeLegalGrounds([LEGAL.KL_6_6, LEGAL.ARKIVLAGEN])).toBe(`${KL} 6 kap. 6 §; ${ARKIVLAGEN}, hela lagen (verifiera)`);
  });
});

// Procurement texts against LOU and the authorities' guidance (a legal review's findings).
describe("procurement texts say what LOU says", () => {
  const finding = (code: string) => rule(code);

  // LOU 3 kap. 17 § 1 (directive 2014/24/EU art. 12.4 a: "establishes or implements a co-operation").
  it("gives the Hamburg exception's first condition in the statute's words", () => {
    expect(finding("PROC_HAMBURG_COOPERATION_NOT_MET").explanation).toMatch(/upprättar eller genomför ett samarbete/);
  });

  // That exceptions are read narrowly is the Court of Justice's case law, not a "ska" in LOU.
  it("never says that an exception 'ska tillämpas restriktivt'", () => {
    expect(RULE_CATALOGUE.filter((r) => /ska tillämpas restriktivt/.test(`${r.title} ${r.explanation}`)).map((r) => r.code)).toEqual([]);
    expect(finding("PROC_HAMBURG_LEGAL_REVIEW").title).toBe("Hamburgundantaget bör granskas av jurist");
  });

  // LOU 19 a kap. allows direct award for a low value, and also for synnerlig brådska and where a
  // negotiated procedure without notice may be used (Upphandlingsmyndigheten, "Direktupphandling"):
  // the limit bounds the first ground only. Shortening the term to get under it may split the contract.
  it("bounds only the low-value ground of direct award by the limit, and does not advise shortening the term to get under it", () => {
    const over = finding("PROC_DIRECT_AWARD_OVER_LIMIT");
    expect(over.explanation).toMatch(/^Direktupphandling får användas när kontraktets uppskattade värde understiger direktupphandlingsgränsen/);
    expect(over.explanation).toMatch(/Lagen tillåter direktupphandling också i vissa andra fall, till exempel vid synnerlig brådska; dem bedömer Samverka inte\./);
    expect(over.nextAction).not.toMatch(/^Korta avtalstiden/);
    expect(over.nextAction).toMatch(/kringgås/);
  });

  // LOU 19 a kap. (since 2022-02-01): a direct award is documented when its value "uppgår till minst
  // 100 000 kronor" (19 a kap. 11 §, as Upphandlingsmyndigheten's question portal states it on
  // 2022-03-31; the law before 2022 said "överstiger"), and the authority decides on guidelines
  // for direct award "vid behov".
  it("states the documentation duty with its value floor, and the guidelines as needed", () => {
    const explanation = finding("PROC_DIRECT_AWARD_DOCUMENTATION").explanation;
    expect(explanation).toMatch(/uppgår till minst 100\u00a0000 kronor/);
    expect(explanation).not.toMatch(/överstiger 100 000 kronor/);
    expect(explanation).toMatch(/vid behov besluta om riktlinjer/);
  });


  // Whether a municipality may bid in another's procurement is not settled (the lokaliseringsprincip,
  // KL 2 kap. 1 §); the product says so instead of implying it can.
  it("says that another municipality's bid in a procurement is an open question", () => {
    expect(finding("PROC_ORDINARY_PROCUREMENT_REQUIRED").explanation).toMatch(/annan kommun kan lämna anbud .* är oklart/);
  });

  it("says what the myndighetsutövning ground covers, not that only it falls outside LOU", () => {
    expect(finding("PROC_AUTHORITY_ROUTE_MISSES_SERVICES").explanation).toMatch(/^Grunden myndighetsutövning täcker bara/);
  });
});

const questionHelp = (id: string): string => GUIDE_STEPS.flatMap((step) => step.questions).find((q) => q.id === id)?.help ?? "";

describe("the annual report to the council", () => {
  // KL 9 kap. 38 § (SFS 2018:569): "Styrelsen ska årligen till fullmäktige rapportera om kommunens …
  // avtalssamverkan enligt 37 §". A duty in law, of the executive board: "ska", with the paragraph,
  // not a recommendation and not "verifiera".
  it("says the executive board shall report every year, with the paragraph, as a duty in law", () => {
    const annual = rule("CONTROL_NO_ANNUAL_REPORT");
    expect(annual.explanation).not.toMatch(/inte ett krav i lag|rekommendation|verifiera|kontrollera om/);
    expect(annual.explanation).toMatch(/Den årliga rapporten krävs enligt kommunallagen \(9 kap\. 38 §\)/);
    // The question's help says whose duty it is: the statute's "Styrelsen", kommunstyrelsen or regionstyrelsen.
    expect(questionHelp("3A.fullmaktige")).toMatch(/^Kommunstyrelsen, eller regionstyrelsen i en region, ska varje år rapportera till fullmäktige om avtalssamverkan \(kommunallagen 9 kap\. 38 §\)/);
    expect(annual.legalBasis.some((basis) => basis.verify)).toBe(false);
  });
});
