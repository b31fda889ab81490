import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/rules";
import { placeFindings } from "@/lib/wizard/finding-placement";

function finding(code: string, fields: string[]): Finding {
  return { code, step: "2A", severity: "warning", title: code, explanation: "", nextAction: "", legalBasis: [], reportChapter: "3.2", fields, verify: false } as unknown as Finding;
}

describe("placeFindings", () => {
  const shown = ["economy.selfCostBudget", "economy.costShares", "delegation.delegateTo"];

  it("puts a finding beside the question its field belongs to, list items included", () => {
    const placed = placeFindings([finding("A", ["economy.costShares[1].percent"]), finding("B", ["delegation.delegateTo[0]"])], shown);
    expect(placed.beside.get("economy.costShares")?.map((f) => f.code)).toEqual(["A"]);
    expect(placed.beside.get("delegation.delegateTo")?.map((f) => f.code)).toEqual(["B"]);
    expect(placed.elsewhere).toEqual([]);
  });

  it("uses the first field shown on the page, and shows each finding once", () => {
    const placed = placeFindings([finding("C", ["agreement.noticePeriodMonths", "economy.selfCostBudget", "economy.costShares"])], shown);
    expect([...placed.beside.keys()]).toEqual(["economy.selfCostBudget"]);
  });

  it("does not mistake a path for its prefix", () => {
    const placed = placeFindings([finding("D", ["economy.selfCostBudgetNote"])], shown);
    expect(placed.beside.size).toBe(0);
    expect(placed.elsewhere.map((f) => f.code)).toEqual(["D"]);
  });

  it("lists a finding about no shown question on its own", () => {
    const placed = placeFindings([finding("E", []), finding("F", ["procurement.hamburg.publicInterestOnly"])], shown);
    expect(placed.elsewhere.map((f) => f.code)).toEqual(["E", "F"]);
  });
});
