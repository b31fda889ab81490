import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case/empty";
import { checkClauses, CLAUSE_CATALOGUE } from "@/lib/rules/clauses";
import { CLAUSE_IDS } from "@/lib/case/enums";
import { mutate } from "./helpers";

const ALWAYS = ["parter", "uppdrag", "extern_delegering", "ekonomi", "informationshantering", "uppfoljning", "avtalstid", "uppsagning"];

describe("clause check", () => {
  it("requires exactly the eight always-required clauses for an empty case", () => {
    const check = checkClauses(emptyCase());
    expect(check.required.map((r) => r.clauseId)).toEqual(ALWAYS);
    expect(check.missing).toEqual(ALWAYS);
  });

  it.each([
    ["dataskydd", (c: ReturnType<typeof emptyCase>) => { c.information.personalData = true; }],
    ["sekretess", (c: ReturnType<typeof emptyCase>) => { c.information.secretData = true; }],
    ["arbetsresultat", (c: ReturnType<typeof emptyCase>) => { c.agreement.createsWorkResults = true; }],
    ["forsakring", (c: ReturnType<typeof emptyCase>) => { c.tasks = [{ id: "t", kind: "insats" }]; }],
    ["personal_arbetsmiljo", (c: ReturnType<typeof emptyCase>) => { c.staff.changesEmployer = true; }],
  ])("requires %s only when its condition holds", (id, enable) => {
    const c = emptyCase();
    expect(checkClauses(c).required.map((r) => r.clauseId)).not.toContain(id);
    enable(c);
    const check = checkClauses(c);
    expect(check.required.map((r) => r.clauseId)).toContain(id);
    expect(check.missing).toContain(id);
  });

  it("treats whitespace-only text as missing", () => {
    const c = mutate((x) => { x.agreement.clauses.uppsagning = "   "; });
    expect(checkClauses(c).missing).toEqual(["uppsagning"]);
  });

  it("lists clauses written but not required as additional", () => {
    const c = mutate((x) => { x.agreement.clauses.arbetsresultat = "Materialet ägs gemensamt."; });
    expect(checkClauses(c).additional).toEqual(["arbetsresultat"]);
  });

  it("has one catalogue entry per clause id with legal basis and report chapter", () => {
    expect(CLAUSE_CATALOGUE.map((c) => c.id).sort()).toEqual([...CLAUSE_IDS].sort());
    for (const clause of CLAUSE_CATALOGUE) {
      // KL 9 kap. 37 § prescribes no agreement contents: an always-required part may rest on the report alone.
      // Insurance is the report's advice (ch. 2.1.2: a municipality's insurance may not cover work done for
      // others); no statute requires it, so it too cites the report only.
      if (!clause.always && clause.id !== "forsakring") expect(clause.legalBasis.length).toBeGreaterThan(0);
      expect(clause.reportChapter).toBeTruthy();
    }
  });

  // "Ska"/"krävs" only where a law says so; SKR's guidance is "bör" and cited as the report. A
  // tester read "Krävs: Bör alltid finnas …" on every clause, and "Krävs när …" stood on clauses
  // no law requires (insurance, work results, staff, secrecy).
  it("says a clause is required only where a law requires it, and otherwise what the report advises", () => {
    // GDPR asks for an arrangement under joint controllers (art. 26) and for a processor (art. 28),
    // not where each party's nämnd is the controller of its own processing (art. 4.7): the clause
    // is the report's advice, with what the law says under those two models.
    const lawInPart = new Set(["dataskydd"]);
    for (const clause of CLAUSE_CATALOGUE) {
      if (lawInPart.has(clause.id)) {
        expect(clause.condition, clause.id).toMatch(/^Bör finnas när .* enligt SKR:s rapport\./);
        expect(clause.condition, clause.id).toMatch(/Vid gemensamt personuppgiftsansvar ska .*artikel 26.* ska .*artikel 28/);
        expect(clause.condition, clause.id).not.toMatch(/^Krävs/);
        expect(clause.legalBasis.length, clause.id).toBeGreaterThan(0);
      } else {
        expect(clause.condition, clause.id).toMatch(/^Bör /);
        expect(clause.condition, clause.id).toContain("SKR:s rapport");
        expect(clause.condition, clause.id).not.toMatch(/\bkrävs\b/i);
      }
    }
  });
});
