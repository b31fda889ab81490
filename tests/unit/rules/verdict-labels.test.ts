import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { compareAssessments, snapshotAssessment } from "@/lib/rules/assessment-diff";
import { renderPretty } from "@/lib/rules/pretty";
import { verdictLabel } from "@/lib/rules/types";
import { ProcurementVerdicts } from "@/lib/wizard/components/procurement-verdicts";
import { evaluate, loadExample, mutate, route } from "./helpers";

// Swedish adjectives agree with the noun they are said of. A route's verdict is said of the route's
// name: "direktupphandling" and "upphandling" are common gender (tillämplig), "undantaget" is neuter
// (tillämpligt), "tjänster" is plural (tillämpliga). "Kräver juridisk bedömning" has no adjective to bend.
describe("a procurement route's verdict agrees with the route's name", () => {
  it.each([
    ["direktupphandling", "Tillämplig", "Inte tillämplig"],
    ["myndighetsutovning", "Tillämplig", "Inte tillämplig"],
    ["hamburg", "Tillämpligt", "Inte tillämpligt"],
    ["teckal", "Tillämpligt", "Inte tillämpligt"],
    ["icke_ekonomiska_tjanster", "Tillämpliga", "Inte tillämpliga"],
  ] as const)("%s: %s / %s", (id, applies, doesNotApply) => {
    expect(verdictLabel(id, "applies")).toBe(applies);
    expect(verdictLabel(id, "does_not_apply")).toBe(doesNotApply);
    expect(verdictLabel(id, "needs_legal_assessment")).toBe("Kräver juridisk bedömning");
  });

  // The advertised procurement is what is required when no route is open, not a route one may
  // take: "Inte tillämplig" read as "LOU does not apply" beside a direct award, which is a
  // procedure under LOU.
  it("the advertised procurement is required or not", () => {
    expect(verdictLabel("ordinarie_upphandling", "applies")).toBe("Krävs");
    expect(verdictLabel("ordinarie_upphandling", "does_not_apply")).toBe("Krävs inte");
    expect(verdictLabel("ordinarie_upphandling", "needs_legal_assessment")).toBe("Kräver juridisk bedömning");
  });

  // Danderyd: only exercise of public authority, so neither exception applies.
  const danderyd = evaluate(loadExample("danderyd-familjeratt"));

  it("in the wizard's and check-answers' verdict list", () => {
    const shown = renderToStaticMarkup(createElement(ProcurementVerdicts, { routes: danderyd.procurement.routes, verifyStates: new Map() })).replace(/<[^>]+>/g, "");
    expect(shown).toContain("Teckalundantaget: Inte tillämpligt");
    expect(shown).toContain("Hamburgundantaget: Inte tillämpligt");
    expect(shown).toContain("Icke-ekonomiska tjänster av allmänt intresse: Inte tillämpliga");
    expect(shown).toContain("Direktupphandling: Inte tillämplig");
    expect(shown).not.toMatch(/undantaget: (Inte t|T)illämplig\b/);
  });

  it("in the plain-text report", () => {
    const text = renderPretty(loadExample("danderyd-familjeratt"), danderyd);
    expect(text).toMatch(/2\.\d Teckalundantaget\n\s+Bedömning: Inte tillämpligt\n/);
    expect(text).toMatch(/2\.\d Direktupphandling\n\s+Bedömning: Inte tillämplig\n/);
  });

  it("in the facts of the ordinary-procurement route, which names the Hamburg exception", () => {
    const c = mutate((x) => {
      x.procurement.reliedOnRoutes = ["hamburg"];
      x.procurement.hamburg = {
        establishesCooperation: true,
        publicServicesCommonGoals: true,
        publicInterestOnly: true,
        openMarketSharePercent: 0,
        contributions: [
          { partyId: "norrstrom", kinds: ["personal", "lokaler"] },
          { partyId: "fjallviken", kinds: ["kompetens"] },
        ],
      };
    });
    const facts = route(evaluate(c), "ordinarie_upphandling").facts;
    expect(facts).toContainEqual(expect.objectContaining({ label: "Bedömning av Hamburgundantaget", value: "Tillämpligt" }));
  });

  it("in what changed since the assessment was last shown", () => {
    const before = snapshotAssessment(danderyd);
    const changes = compareAssessments({ ...before, verdicts: { ...before.verdicts, teckal: "needs_legal_assessment" } }, before);
    expect(changes.map((x) => x.text)).toContain("Teckalundantaget: kräver juridisk bedömning → inte tillämpligt");
  });
});

// A route that cannot be assessed for want of answers does not need a jurist yet: "Kräver juridisk
// bedömning" sent a walk's head of social services to one when the parties' roles were missing.
// Where the law itself leaves the question open (the reading of a long fixed term), it still does.
describe("a route awaiting answers is said to be not assessable yet, not to need a jurist", () => {
  it("the direct award without a value to compare, and Hamburg with its conditions unanswered", async () => {
    const { routeVerdictLabel } = await import("@/lib/rules/types");
    const noBudget = evaluate(mutate((x) => { x.economy.selfCostBudget = undefined; }));
    const direct = route(noBudget, "direktupphandling");
    expect(direct.verdict).toBe("needs_legal_assessment");
    expect(routeVerdictLabel(direct)).toBe("Kan inte bedömas än");
    const unanswered = evaluate(mutate((x) => { x.procurement.hamburg.establishesCooperation = undefined; }));
    expect(routeVerdictLabel(route(unanswered, "hamburg"))).toBe("Kan inte bedömas än");
    const shown = renderToStaticMarkup(createElement(ProcurementVerdicts, { routes: noBudget.procurement.routes, verifyStates: new Map() })).replace(/<[^>]+>/g, "");
    expect(shown).toContain("Direktupphandling: Kan inte bedömas än");
  });

  it("the reading of a fixed term over 48 months still needs a jurist", async () => {
    const { routeVerdictLabel } = await import("@/lib/rules/types");
    const long = evaluate(mutate((x) => { x.economy.selfCostBudget = 960_000; x.economy.term = { kind: "fast", months: 210, extensionMonths: 0 }; }));
    expect(routeVerdictLabel(route(long, "direktupphandling"))).toBe("Kräver juridisk bedömning");
  });
});
