import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case/empty";
import { describeLegalGrounds, type LegalBasis } from "@/lib/reference/legal";
import { evaluateCase } from "@/lib/rules";
import { citeOnce } from "@/lib/rules/grounds";

describe("citeOnce", () => {
  const LOU = "Lagen (2016:1145) om offentlig upphandling (LOU)";
  const confirmed: LegalBasis = { statute: LOU, provision: "19 a kap.", note: "Direktupphandling." };
  const unconfirmed: LegalBasis = { statute: LOU, provision: "19 a kap.", note: "Paragrafnumren är inte kontrollerade mot lagtexten.", verify: true };
  const other: LegalBasis = { statute: LOU, provision: "5 kap. 13 §" };

  it("keeps a reference cited once as it is, and the order of first citation", () => {
    const bases = [confirmed, other];
    expect(citeOnce(bases)).toEqual(bases);
    expect(citeOnce(bases)[0]).toBe(confirmed);
  });

  it("drops an identical repetition", () => {
    expect(citeOnce([confirmed, other, confirmed])).toEqual([confirmed, other]);
  });

  it("never promotes a reference that one source leaves unconfirmed: it stays marked verifiera, with both notes", () => {
    for (const bases of [
      [confirmed, unconfirmed, other],
      [unconfirmed, confirmed, other],
    ]) {
      const merged = citeOnce(bases);
      expect(merged).toHaveLength(2);
      expect(merged[0]).toMatchObject({ statute: LOU, provision: "19 a kap.", verify: true });
      expect(merged[0]!.note).toContain("Direktupphandling.");
      expect(merged[0]!.note).toContain("Paragrafnumren är inte kontrollerade mot lagtexten.");
      expect(merged[1]).toBe(other);
      expect(describeLegalGrounds(merged)).toBe(`${LOU} 19 a kap. (verifiera) och 5 kap. 13 §`);
    }
  });

  it("keeps references that differ in provision, even within one chapter", () => {
    const chapter: LegalBasis = { statute: LOU, provision: "5 kap.", verify: true };
    expect(citeOnce([chapter, other])).toEqual([chapter, other]);
  });
});

describe("the direct-award verdict's ground", () => {
  it("cites LOU 19 a kap. once, as certain as the chapter is, and the valuation's main rule to verify", () => {
    const direct = evaluateCase(emptyCase(), "2025-03-01").procurement.routes.find((r) => r.route === "direktupphandling")!;
    const LOU = "Lagen (2016:1145) om offentlig upphandling (LOU)";
    // The statute named once; the valuation's main rule as its paragraph (the directive's article
    // 5.1, LOU 5 kap. 3 § by prop. 2015/16:195's table, still to verify against the statute), so
    // no bare "5 kap." stands beside "5 kap. 13 §" as if it were the same reference twice.
    // The chapter is LOU's own table of contents' (1 kap. 1 §); only the documentation duty's
    // paragraphs are unchecked, and they are not cited, so the chapter is not marked.
    expect(describeLegalGrounds(direct.legalBasis)).toBe(`${LOU} 19 a kap., 5 kap. 3 § (verifiera) och 5 kap. 13 §`);
    expect(direct.legalBasis[0]!.note).toContain("paragraferna för dokumentationen och riktlinjerna är inte kontrollerade mot lagtexten");
  });
});
