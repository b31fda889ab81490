import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ReviewData } from "@/lib/review/queries";
import { ReviewProcurement } from "@/lib/review/components/review-procurement";
import { IN_2025, evaluate, loadExample, mutate, route } from "./helpers";

const EXAMPLES = ["bengtsfors-mellerud", "danderyd-familjeratt", "kopt-familjeradgivning-hamburg", "lund-social-jour", "lund-unga-vuxna", "norrstrom-fjallviken", "ostergotland-hvb"];

// The direct-award verdict shows what it read: each paying authority's value calculation. A label names
// what follows it once: the calculation's steps are one fact per authority, not a fact per step under
// the same label (the review's economy and procurement part read "Beräkning av värde per upphandlande
// myndighet" three times in a row).
describe("the direct-award route's facts", () => {
  it("name each label once, in every example case", () => {
    for (const name of EXAMPLES) {
      const labels = route(evaluate(loadExample(name), IN_2025), "direktupphandling").facts.map((f) => f.label);
      expect(labels.filter((label, i) => labels.indexOf(label) !== i), name).toEqual([]);
    }
  });

  it("give each paying authority's whole calculation under one label naming the authority", () => {
    // Two clients pay: each has its own calculation.
    const c = mutate((x) => {
      x.parties.push({ ...structuredClone(x.parties[1]!), id: "sjobo", name: "Sjöbo kommun" });
      x.economy.costShares = [
        { partyId: "norrstrom", percent: 50 },
        { partyId: "fjallviken", percent: 25 },
        { partyId: "sjobo", percent: 25 },
      ];
    });
    const e = evaluate(c, IN_2025);
    const { perAuthority } = e.procurement.estimatedValue;
    expect(perAuthority).toHaveLength(2);
    const facts = route(e, "direktupphandling").facts.filter((f) => f.label.startsWith("Beräkning av värdet"));
    expect(facts.map((f) => f.label)).toEqual(perAuthority.map((a) => `Beräkning av värdet, ${a.label}`));
    perAuthority.forEach((a, i) => {
      expect(a.steps.length).toBeGreaterThan(1);
      for (const step of a.steps) expect(facts[i]!.value).toContain(step);
    });
  });

  // The flat list of steps (the review's procurement part) names the payer before each step only
  // where there are several: with one, "Fjällvikens kommun (part 2): Parten betalar …" three times
  // over said nothing (a walk).
  it("name the payer before each step of the flat list only when several pay", () => {
    const one = evaluate(loadExample("norrstrom-fjallviken"), IN_2025).procurement.estimatedValue;
    expect(one.perAuthority).toHaveLength(1);
    expect(one.steps).toEqual(one.perAuthority[0]!.steps);
    const two = evaluate(
      mutate((x) => {
        x.parties.push({ ...structuredClone(x.parties[1]!), id: "sjobo", name: "Sjöbo kommun" });
        x.economy.costShares = [
          { partyId: "norrstrom", percent: 50 },
          { partyId: "fjallviken", percent: 25 },
          { partyId: "sjobo", percent: 25 },
        ];
      }),
      IN_2025,
    ).procurement.estimatedValue;
    expect(two.steps.every((step) => two.perAuthority.some((a) => step.startsWith(`${a.label}: `)))).toBe(true);
  });

  it("on the review's procurement part, the calculation's label is shown once", () => {
    const evaluation = evaluate(loadExample("norrstrom-fjallviken"), IN_2025);
    const shown = renderToStaticMarkup(createElement(ReviewProcurement, { review: { evaluation } as unknown as ReviewData }));
    expect(shown.split("<dt").filter((dt) => dt.includes("Beräkning av värde"))).toHaveLength(1);
  });
});
