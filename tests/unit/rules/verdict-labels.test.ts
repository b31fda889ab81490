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
    // Every condition answered yes and the market share low, but one condition unanswered.
    const answered = (x: Parameters<Parameters<typeof mutate>[0]>[0]) => {
      x.procurement.hamburg.establishesCooperation = true;
      x.procurement.hamburg.publicServicesCommonGoals = true;
      x.procurement.hamburg.publicInterestOnly = true;
      x.procurement.hamburg.openMarketSharePercent = 5;
    };
    const oneOpen = evaluate(mutate((x) => { answered(x); x.procurement.hamburg.publicInterestOnly = undefined; }));
    const hamburg = route(oneOpen, "hamburg");
    expect(hamburg.conclusion).toMatch(/^Villkoren kan inte prövas förrän följande är besvarat: .*allmänintresset/);
    expect(routeVerdictLabel(hamburg)).toBe("Kan inte bedömas än");
    const shown = renderToStaticMarkup(createElement(ProcurementVerdicts, { routes: noBudget.procurement.routes, verifyStates: new Map() })).replace(/<[^>]+>/g, "");
    expect(shown).toContain("Direktupphandling: Kan inte bedömas än");
  });

  it("the advertised procurement, while every route that could spare it is only waiting for answers", async () => {
    const { routeVerdictLabel } = await import("@/lib/rules/types");
    const noBudget = evaluate(mutate((x) => { x.economy.selfCostBudget = undefined; }));
    expect(route(noBudget, "hamburg").verdict === "needs_legal_assessment" ? route(noBudget, "hamburg").awaitingAnswers : true).toBe(true);
    const ordinary = route(noBudget, "ordinarie_upphandling");
    expect(ordinary.verdict).toBe("needs_legal_assessment");
    expect(routeVerdictLabel(ordinary)).toBe("Kan inte bedömas än");
    expect(ordinary.conclusion).toMatch(/Det kan avgöras först när fler frågor är besvarade\.$/);
    // With a kommunalförbund among the parties Teckal is a question of law: a jurist, as before.
    const withFederation = evaluate(mutate((x) => { x.economy.selfCostBudget = undefined; x.parties[0]!.type = "kommunalforbund"; }));
    expect(routeVerdictLabel(route(withFederation, "ordinarie_upphandling"))).toBe("Kräver juridisk bedömning");
  });

  it("the reading of a fixed term over 48 months still needs a jurist", async () => {
    const { routeVerdictLabel } = await import("@/lib/rules/types");
    const long = evaluate(mutate((x) => { x.economy.selfCostBudget = 960_000; x.economy.term = { kind: "fast", months: 210, extensionMonths: 0 }; }));
    expect(routeVerdictLabel(route(long, "direktupphandling"))).toBe("Kräver juridisk bedömning");
  });
});
