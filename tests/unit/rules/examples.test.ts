import { describe, expect, it } from "vitest";
import { IN_2025, IN_2026, codes, evaluate, loadExample, route, startingOn } from "./helpers";

describe("Norrström–Fjällviken (report ch. 5, fictional)", () => {
  const c = loadExample("norrstrom-fjallviken");

  it("allows direct award against 8 109 450 kr in 2024–2025 and has no blockers or warnings", () => {
    const e = evaluate(c, IN_2025);
    expect(route(e, "direktupphandling").verdict).toBe("applies");
    expect(route(e, "ordinarie_upphandling").verdict).toBe("does_not_apply");
    expect(route(e, "myndighetsutovning").verdict).toBe("does_not_apply");
    expect(e.summary.blockers).toBe(0);
    expect(e.summary.warnings).toBe(0);
    // Report ch. 5: about 5 MSEK a year for four social workers; Fjällviken pays its share, 2 500 000 kr.
    expect(e.procurement.estimatedValue.perAuthority.map((a) => [a.partyId, a.amount])).toEqual([["fjallviken", 2_500_000]]);
  });

  it("asks for verification of the limit for a procurement starting in 2026", () => {
    const e = evaluate(startingOn(c, IN_2026), IN_2026);
    expect(route(e, "direktupphandling").verdict).toBe("needs_legal_assessment");
    expect(codes(e)).toContain("PROC_LIMIT_UNKNOWN");
    expect(e.findings.find((f) => f.code === "PROC_LIMIT_UNKNOWN")?.verify).toBe(true);
  });

  it("lets the term decide: an open term makes the value too high", () => {
    const open = structuredClone(c);
    open.economy.term = { kind: "tillsvidare" };
    const e = evaluate(open, IN_2025);
    expect(e.procurement.estimatedValue.method).toBe("manadsvarde_x48");
    expect(codes(e)).toContain("PROC_DIRECT_AWARD_OVER_LIMIT");
  });

  it("has every required clause", () => {
    expect(evaluate(c).clauses.missing).toEqual([]);
  });
});

describe("A plain purchase that claims Hamburg (fictional counter-example)", () => {
  const e = evaluate(loadExample("kopt-familjeradgivning-hamburg"));

  it("is not cooperation: the client only pays (C-429/19 Remondis), one blocker with the reason", () => {
    expect(route(e, "hamburg").verdict).toBe("does_not_apply");
    expect(route(e, "hamburg").conclusion).toContain("C-429/19");
    expect(e.findings.filter((f) => f.severity === "blocker" && f.code.startsWith("PROC_"))).toHaveLength(1);
  });

  it("shows both readings of a 60-month term with a known monthly price and never applies on the lower one", () => {
    // DOMAIN.md / LOU 5 kap. 13 §: 150 000 kr × 60 = 9 000 000 kr vs × 48 = 7 200 000 kr; limit 8 109 450 kr.
    const a = e.procurement.estimatedValue.perAuthority[0]!;
    expect(a.readings).toEqual({ overTerm: 9_000_000, times48: 7_200_000 });
    expect(route(e, "direktupphandling").verdict).toBe("needs_legal_assessment");
  });
});

describe("Danderyd, Lidingö, Täby and Vaxholm family law (report ch. 4)", () => {
  const e = evaluate(loadExample("danderyd-familjeratt"));

  it("is exercise of public authority, outside LOU", () => {
    expect(route(e, "myndighetsutovning").verdict).toBe("applies");
    expect(route(e, "ordinarie_upphandling").verdict).toBe("does_not_apply");
    expect(route(e, "direktupphandling").verdict).toBe("does_not_apply");
  });

  it("splits costs by population and the shares add up", () => {
    expect(codes(e)).not.toContain("ECON_SHARES_NOT_100");
    expect(codes(e)).not.toContain("ECON_SPLIT_METHOD_MISSING");
  });

  it("delegates only to the host's employees and flags the transfer of undertaking", () => {
    expect(codes(e)).not.toContain("DELEGATION_TO_NON_EMPLOYEES");
    expect(codes(e)).toContain("STAFF_TRANSFER_OF_UNDERTAKING");
    expect(e.summary.blockers).toBe(0);
  });
});

describe("Östergötland joint HVB (report ch. 4)", () => {
  const c = loadExample("ostergotland-hvb");
  const e = evaluate(c);

  it("accepts the region as a party", () => {
    expect(c.parties.some((p) => p.type === "region")).toBe(true);
    expect(c.parties).toHaveLength(14);
    expect(codes(e)).not.toContain("PARTY_NOT_ELIGIBLE");
  });

  it("splits costs by share of staff costs; the municipalities' split is reported missing, not guessed", () => {
    expect(c.economy.costSplitMethod).toBe("personalkostnad");
    expect(e.findings.filter((f) => f.code === "ECON_SHARE_MISSING")).toHaveLength(13);
    expect(codes(e)).not.toContain("ECON_SHARES_NOT_100");
  });

  it("relies on Hamburg, which needs legal assessment until every party's contribution is known (C-429/19 Remondis)", () => {
    // The report (ch. 4) names what Norrköping and the region bring, not what the other twelve bring
    // beyond their share of the costs; real cooperation requires contributions from the parties.
    expect(route(e, "hamburg").verdict).toBe("needs_legal_assessment");
    expect(codes(e)).toContain("PROC_HAMBURG_CONTRIBUTIONS_UNANSWERED");
    expect(codes(e)).toContain("PROC_HAMBURG_LEGAL_REVIEW");
    // No "must procure" blocker while a route still needs legal assessment.
    expect(route(e, "ordinarie_upphandling").verdict).toBe("needs_legal_assessment");
    expect(codes(e)).not.toContain("PROC_ORDINARY_PROCUREMENT_REQUIRED");
  });

  it("does not block huvudmannaskap in a jointly run unit (the operator answers for the unit, each placing municipality for its individual)", () => {
    expect(codes(e)).not.toContain("ORG_HUVUDMANNASKAP_TRANSFERRED");
    expect(codes(e)).not.toContain("ORG_HUVUDMANNASKAP_UNCONFIRMED");
  });

  it("keeps the joint-unit answer unblocked even where the retention question is answered no, but blocks a real transfer", () => {
    // Report 2.1.2: a client placing an individual in another municipality's unit does not answer for
    // the whole unit, only for its individual; that is not a transfer of huvudmannaskap.
    const joint = structuredClone(c);
    joint.organisation.huvudmannaskapRetained = false;
    joint.organisation.jointUnit = true;
    expect(codes(evaluate(joint)).filter((code) => code.startsWith("ORG_HUVUDMANNASKAP"))).toEqual([]);
    const transfer = structuredClone(c);
    transfer.organisation.huvudmannaskapRetained = false;
    delete transfer.organisation.jointUnit;
    const blocker = evaluate(transfer).findings.find((f) => f.code === "ORG_HUVUDMANNASKAP_TRANSFERRED");
    expect(blocker?.severity).toBe("blocker");
  });

  it("has no agreement text yet, so every always-required clause is missing", () => {
    expect(e.findings.filter((f) => f.code === "AGREEMENT_REQUIRED_CLAUSE_MISSING")).toHaveLength(8);
  });
});

describe("Lund Social Jour (report ch. 4)", () => {
  const e = evaluate(loadExample("lund-social-jour"));

  it("covers the authority decisions but not the advice service", () => {
    expect(route(e, "myndighetsutovning").verdict).toBe("needs_legal_assessment");
    expect(route(e, "myndighetsutovning").conclusion).toContain("uppgift 2");
    expect(codes(e)).toContain("PROC_AUTHORITY_ROUTE_MISSES_SERVICES");
  });

  it("delegates decisions to the host's employees with records routines in place", () => {
    expect(codes(e)).not.toContain("DELEGATION_TO_NON_EMPLOYEES");
    expect(codes(e)).not.toContain("INFO_AUTHORITY_RECORDS_ROUTINES_MISSING");
    expect(e.summary.blockers).toBe(0);
  });
});

describe("Lund Unga vuxna with Region Skåne (report ch. 4)", () => {
  const e = evaluate(loadExample("lund-unga-vuxna"));

  it("uses the 70/30 split that adds up to 100 %", () => {
    expect(codes(e)).not.toContain("ECON_SHARES_NOT_100");
  });

  it("cannot conclude on Hamburg without the market share", () => {
    expect(route(e, "hamburg").verdict).toBe("needs_legal_assessment");
    expect(codes(e)).toContain("PROC_HAMBURG_MARKET_SHARE_UNKNOWN");
  });

  it("blocks personal data without a documented joint-controller arrangement", () => {
    expect(codes(e)).toContain("INFO_NO_CONTROLLER_ARRANGEMENT");
  });
});

describe("Bengtsfors–Mellerud statement of intent", () => {
  const e = evaluate(loadExample("bengtsfors-mellerud"));

  it("reports the dissent's point: no measurable goals or key figures", () => {
    expect(codes(e)).toContain("NEEDS_GOALS_NOT_MEASURABLE");
  });

  it("reports missing roles, procurement route and union consultation for an early-stage case", () => {
    expect(codes(e)).toEqual(expect.arrayContaining(["PARTY_ROLE_MISSING", "PROC_NO_ROUTE_CHOSEN", "ANCHOR_NO_UNION_CONSULTATION"]));
  });
});
