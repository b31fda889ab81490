import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case/empty";
import { findProcurementLimit, PROCUREMENT_LIMITS } from "@/lib/reference/procurement-limits";
import { estimateContractValue } from "@/lib/rules/valuation";
import { IN_2023, IN_2025, IN_2026, evaluate, mutate, route } from "./helpers";

describe("procurement limits as dated data", () => {
  it.each([
    ["2022-02-01", "allman", 700_000],
    ["2023-12-31", "sociala_och_andra_sarskilda_tjanster", 7_802_550],
    ["2024-01-01", "sociala_och_andra_sarskilda_tjanster", 8_109_450],
    ["2025-12-31", "allman", 700_000],
  ] as const)("%s %s → %d kr", (date, category, amount) => {
    expect(findProcurementLimit(category, date)?.amount).toBe(amount);
  });

  it.each(["2026-01-01", "2022-01-31", "2030-06-01"])("has no limit for %s (never guesses)", (date) => {
    expect(findProcurementLimit("allman", date)).toBeUndefined();
    expect(findProcurementLimit("sociala_och_andra_sarskilda_tjanster", date)).toBeUndefined();
  });

  it("gives every limit a source and a period without overlaps", () => {
    for (const limit of PROCUREMENT_LIMITS) {
      expect(limit.source.length).toBeGreaterThan(10);
      expect(limit.validFrom <= limit.validTo).toBe(true);
      const overlapping = PROCUREMENT_LIMITS.filter(
        (o) => o !== limit && o.category === limit.category && o.validFrom <= limit.validTo && limit.validFrom <= o.validTo,
      );
      expect(overlapping).toEqual([]);
    }
  });
});

describe("estimated contract value (LOU 5 kap. 13 §)", () => {
  const withEconomy = (economy: Partial<ReturnType<typeof emptyCase>["economy"]>) => {
    const c = emptyCase();
    c.economy = { ...c.economy, ...economy };
    return c;
  };

  it("counts the whole term including extensions up to 48 months", () => {
    const v = estimateContractValue(withEconomy({ monthlyValue: 100_000, term: { kind: "fast", months: 24, extensionMonths: 12 } }));
    expect(v.method).toBe("hela_avtalstiden");
    expect(v.amount).toBe(3_600_000);
    expect(v.steps.join(" ")).toContain("36 månader");
  });

  it("caps a term over 48 months at monthly value × 48", () => {
    const v = estimateContractValue(withEconomy({ monthlyValue: 100_000, term: { kind: "fast", months: 48, extensionMonths: 1 } }));
    expect(v.method).toBe("manadsvarde_x48");
    expect(v.amount).toBe(4_800_000);
  });

  it("uses monthly value × 48 for an open term, even when a total is stated", () => {
    const v = estimateContractValue(withEconomy({ monthlyValue: 10_000, contractValue: 1, term: { kind: "tillsvidare" } }));
    expect(v.method).toBe("manadsvarde_x48");
    expect(v.amount).toBe(480_000);
    expect(v.steps.join(" ")).toContain("× 48");
  });

  it("uses a stated total for a fixed term", () => {
    const v = estimateContractValue(withEconomy({ contractValue: 2_000_000, monthlyValue: 1, term: { kind: "fast", months: 60 } }));
    expect(v.method).toBe("kontraktsvarde");
    expect(v.amount).toBe(2_000_000);
  });

  it("derives the monthly value from annual compensation and says so", () => {
    const v = estimateContractValue(withEconomy({ annualCompensation: 1_200_000, term: { kind: "fast", months: 12 } }));
    expect(v.amount).toBe(1_200_000);
    expect(v.assumptions.join(" ")).toContain("årliga ersättningen");
  });

  it("reports what is missing instead of guessing", () => {
    const v = estimateContractValue(withEconomy({ monthlyValue: 10_000, term: { kind: "fast" } }));
    expect(v.amount).toBeUndefined();
    expect(v.missing.join(" ")).toContain("economy.term.months");
  });
});

describe("direct award", () => {
  it("applies for Norrström–Fjällviken in 2024–2025 with a 12-month term", () => {
    const r = route(evaluate(mutate(() => {}), IN_2025), "direktupphandling");
    expect(r.verdict).toBe("applies");
    expect(r.facts.map((f) => f.value).join(" ")).toContain("8\u00a0109\u00a0450\u00a0kr");
    expect(r.assumptions.join(" ")).toContain("per deltagande kommun");
  });

  it("uses the 2022–2023 limit in 2023", () => {
    const r = route(evaluate(mutate(() => {}), IN_2023), "direktupphandling");
    expect(r.verdict).toBe("applies");
    expect(r.facts.map((f) => f.value).join(" ")).toContain("7\u00a0802\u00a0550\u00a0kr");
  });

  it("asks for verification in 2026", () => {
    const r = route(evaluate(mutate(() => {}), IN_2026), "direktupphandling");
    expect(r.verdict).toBe("needs_legal_assessment");
    expect(r.verify).toBe(true);
    expect(r.conclusion).toContain("Verifiera");
  });

  it("needs legal assessment when only per-party counting keeps it under the limit", () => {
    const c = mutate((x) => { x.economy.term = { kind: "fast", months: 24, extensionMonths: 0 }; });
    expect(route(evaluate(c), "direktupphandling").verdict).toBe("needs_legal_assessment");
  });

  it("does not apply when the value reaches the limit, also per party", () => {
    const c = mutate((x) => { x.economy.term = { kind: "tillsvidare" }; });
    const e = evaluate(c);
    expect(route(e, "direktupphandling").verdict).toBe("does_not_apply");
    expect(route(e, "ordinarie_upphandling").verdict).toBe("applies");
  });

  it("counts other direct awards of the same kind together", () => {
    const c = mutate((x) => { x.procurement.otherDirectAwardsSameKindValue = 3_200_000; x.economy.costShares = []; });
    expect(route(evaluate(c), "direktupphandling").verdict).toBe("does_not_apply");
  });

  it("applies under the general limit even when the category is unknown", () => {
    const c = mutate((x) => { delete x.procurement.serviceCategory; x.economy.monthlyValue = 50_000; });
    expect(route(evaluate(c), "direktupphandling").verdict).toBe("applies");
  });

  it("is not needed when every task is exercise of public authority", () => {
    const e = evaluate(mutate((x) => { x.tasks[0]!.kind = "myndighetsutovning"; }));
    expect(route(e, "direktupphandling").verdict).toBe("does_not_apply");
    expect(route(e, "myndighetsutovning").verdict).toBe("applies");
    expect(route(e, "ordinarie_upphandling").verdict).toBe("does_not_apply");
  });
});

describe("Hamburg", () => {
  const hamburg = (share: number | undefined) =>
    mutate((x) => {
      x.procurement.reliedOnRoutes = ["hamburg"];
      x.procurement.hamburg = { establishesCooperation: true, publicServicesCommonGoals: true, publicInterestOnly: true };
      if (share !== undefined) x.procurement.hamburg.openMarketSharePercent = share;
    });

  it("applies (with verify) when all four criteria hold", () => {
    const r = route(evaluate(hamburg(19.99)), "hamburg");
    expect(r.verdict).toBe("applies");
    expect(r.verify).toBe(true);
  });

  it("does not apply at exactly 20 %", () => {
    expect(route(evaluate(hamburg(20)), "hamburg").verdict).toBe("does_not_apply");
  });

  it("needs legal assessment when the share is unknown", () => {
    expect(route(evaluate(hamburg(undefined)), "hamburg").verdict).toBe("needs_legal_assessment");
  });

  it("does not apply with a private actor as party", () => {
    const c = hamburg(0);
    c.parties.push({ id: "ab", type: "privat_aktor" });
    expect(route(evaluate(c), "hamburg").verdict).toBe("does_not_apply");
  });

  it("lists each criterion as a fact with its field", () => {
    const fields = route(evaluate(hamburg(5)), "hamburg").facts.map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "procurement.hamburg.establishesCooperation",
        "procurement.hamburg.publicServicesCommonGoals",
        "procurement.hamburg.publicInterestOnly",
        "procurement.hamburg.openMarketSharePercent",
      ]),
    );
  });
});

describe("Teckal and non-economic services", () => {
  it("Teckal never applies between municipalities", () => {
    expect(route(evaluate(mutate(() => {})), "teckal").verdict).toBe("does_not_apply");
  });
  it("non-economic services always need legal assessment for service tasks", () => {
    const r = route(evaluate(mutate(() => {})), "icke_ekonomiska_tjanster");
    expect(r.verdict).toBe("needs_legal_assessment");
    expect(r.verify).toBe(true);
  });
});
