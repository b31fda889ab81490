import type { ProcurementRoute } from "@/lib/case/enums";
import { routeOfRule } from "@/lib/rules/catalogue";
import { type KeyedFinding, type StandingDecision, verifiedFindingKeys } from "./findings";

// Plain module, apart from ./findings: it reads the rule catalogue, which the step page's browser
// code must not load (tests/unit/wizard/step-page-imports.test.ts); only server pages use it.

/** Where a route's "verifiera" findings stand: "open" while one waits for a jurist's "Verifierad", "verified" once every one has it. */
export type RouteVerifyState = "open" | "verified";

/**
 * Per procurement route with a "verifiera" finding on it in `keyed` (RuleDefinition.route):
 * "verified" when every such finding is verified (verifiedFindingKeys, as verifiedByJuristText
 * counts), else "open". A route with none is not in the map.
 */
export function routeVerifyStates(keyed: readonly KeyedFinding[], decisions: readonly StandingDecision[]): Map<ProcurementRoute, RouteVerifyState> {
  const settled = verifiedFindingKeys(decisions);
  const verified = (key: string) => settled.has(key);
  const states = new Map<ProcurementRoute, RouteVerifyState>();
  for (const { key, finding } of keyed) {
    const route = finding.verify ? routeOfRule(finding.code) : undefined;
    if (route) states.set(route, states.get(route) !== "open" && verified(key) ? "verified" : "open");
  }
  return states;
}
