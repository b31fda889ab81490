import { describe, expect, it } from "vitest";
import { RULE_CATALOGUE, type RouteAssessment } from "@/lib/rules";
import { type StandingDecision, keyFindings } from "@/lib/review/findings";
import { routeVerifyStates } from "@/lib/review/route-verify";
import { routeVerifyMark } from "@/lib/wizard/components/procurement-verdicts";
import { baseline, evaluate, loadExample, route } from "../rules/helpers";

// A route's "verifiera" (its verdict rests on something unconfirmed: a limit, the per-municipality
// counting SKR's report assumes, report 3.2; Hamburg's conditions, report 3.4; the non-economic
// exception without case law, SOU 2016:78) is the same point as the "verifiera" finding on the route
// that a jurist decides. "Kontrollera svaren" said "– verifiera" after both jurists had verified it,
// and "– verifiera" on a route nobody relies on beside "0 punkter att verifiera" (walks).
describe("a procurement route's 'verifiera' follows the jurists' decisions on its findings", () => {
  // The report's example relies on direct award (report 5.3): its verdict rests on per-municipality counting.
  const reliesOnDirectAward = evaluate(baseline());
  const keyed = keyFindings(reliesOnDirectAward.findings);
  const directAward = route(reliesOnDirectAward, "direktupphandling");
  const onDirectAward = keyed.filter((k) => k.finding.verify && RULE_CATALOGUE.find((r) => r.code === k.finding.code)?.route === "direktupphandling");
  const verified = (keys: readonly string[], holds = true): StandingDecision[] => keys.map((findingKey) => ({ findingKey, kind: "VERIFIED", holds }));

  it("the example relies on direct award, whose verdict is to be verified, with a 'verifiera' finding on it", () => {
    expect(directAward.reliedOn).toBe(true);
    expect(directAward.verify).toBe(true);
    expect(onDirectAward.length).toBeGreaterThan(0);
  });

  it("says '– verifiera' until a jurist has verified every such finding on the facts as they are", () => {
    expect(routeVerifyMark(directAward, routeVerifyStates(keyed, []))).toBe(" – verifiera");
    const allKeys = onDirectAward.map((k) => k.key);
    expect(routeVerifyMark(directAward, routeVerifyStates(keyed, verified(allKeys)))).toBe(" – verifierad av jurist");
    // A decision on facts that have changed since does not hold; "Ska åtgärdas" is no verification.
    expect(routeVerifyMark(directAward, routeVerifyStates(keyed, verified(allKeys, false)))).toBe(" – verifiera");
    expect(routeVerifyMark(directAward, routeVerifyStates(keyed, allKeys.map((findingKey) => ({ findingKey, kind: "MUST_FIX", holds: true }))))).toBe(" – verifiera");
  });

  it("stays '– verifiera' while another party's jurist holds otherwise on a point one party's jurist verified", () => {
    // Fjällviken pays and procures (the direct award is its); its jurist's "Ska åtgärdas" is not overruled by Norrström's "Verifierad" (a walk).
    const keys = onDirectAward.map((k) => k.key);
    const oneEachWay: StandingDecision[] = [...verified(keys), ...keys.map((findingKey) => ({ findingKey, kind: "MUST_FIX" as const, holds: true }))];
    expect(routeVerifyMark(directAward, routeVerifyStates(keyed, oneEachWay))).toBe(" – verifiera");
  });

  it("stays '– verifiera' while one of the route's findings is unverified", () => {
    const twoOnRoute = [...keyed, { key: "PROC_DIRECT_AWARD_DOCUMENTATION#extra", finding: { ...onDirectAward[0]!.finding, code: "PROC_DIRECT_AWARD_DOCUMENTATION" } }];
    expect(routeVerifyMark(directAward, routeVerifyStates(twoOnRoute, verified(onDirectAward.map((k) => k.key))))).toBe(" – verifiera");
  });

  it("says nothing of 'verifiera' on a route only compared, with no finding open on it", () => {
    // The non-economic exception (SOU 2016:78: no case law) is to be verified, but the example does not rely on it.
    const compared = route(reliesOnDirectAward, "icke_ekonomiska_tjanster");
    expect(compared.reliedOn).toBe(false);
    expect(compared.verify).toBe(true);
    expect(routeVerifyMark(compared, routeVerifyStates(keyed, []))).toBe("");
  });

  it("says '– verifiera' on a route relied on even with no finding on it, and never on a route whose verdict needs no verification", () => {
    const relied = { ...directAward, verify: true, reliedOn: true } as RouteAssessment;
    expect(routeVerifyMark(relied, new Map())).toBe(" – verifiera");
    expect(routeVerifyMark({ ...relied, verify: false }, new Map([["direktupphandling", "open"]]))).toBe("");
  });

  it("the Hamburg example's jurist verifying the Hamburg finding settles the Hamburg route", () => {
    const hamburgCase = evaluate(loadExample("kopt-familjeradgivning-hamburg"));
    const hamburgKeyed = keyFindings(hamburgCase.findings);
    const onHamburg = hamburgKeyed.filter((k) => k.finding.code === "PROC_HAMBURG_LEGAL_REVIEW");
    expect(route(hamburgCase, "hamburg").reliedOn).toBe(true);
    expect(onHamburg).toHaveLength(1);
    // The route's own verdict is "verifiera" when its four conditions are met (report 3.4); as such here:
    const hamburg = { ...route(hamburgCase, "hamburg"), verify: true };
    expect(routeVerifyMark(hamburg, routeVerifyStates(hamburgKeyed, []))).toBe(" – verifiera");
    expect(routeVerifyMark(hamburg, routeVerifyStates(hamburgKeyed, verified([onHamburg[0]!.key])))).toBe(" – verifierad av jurist");
  });
});

describe("the rules that carry a route", () => {
  it("are 'verifiera' rules on procurement, and every route whose verdict can rest on a fact to verify has one", () => {
    const withRoute = RULE_CATALOGUE.filter((r) => r.route);
    for (const rule of withRoute) {
      expect(rule.verify, rule.code).toBe(true);
      expect(rule.area, rule.code).toBe("procurement");
    }
    // lib/rules/procurement.ts sets verify on these routes' verdicts (the direct-award limit and
    // counting, Hamburg's conditions, the non-economic exception's unclear law).
    expect(new Set(withRoute.map((r) => r.route))).toEqual(new Set(["direktupphandling", "hamburg", "icke_ekonomiska_tjanster"]));
  });
});
