import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_FORMAT_VERSION, caseSchema, parseCase, salvageCase, upgradeWithReport } from "@/lib/case";
import { caseV1Arbitrary } from "@/lib/case/v1/arbitrary-v1";

// Issue 9 §1: version 2 with a migration that converts every stored version-1 document. No answer is
// lost; an answer that cannot be converted is kept (needsAttention), shown and logged.

/** Every leaf value of a JSON document, as "path=value". */
function leaves(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [`${path}=${JSON.stringify(value)}`];
}

// Where each version-1 answer lives in version 2 when it is converted rather than kept aside.
const RENAMED: Record<string, string> = {
  "economy.annualCost": "economy.selfCostBudget",
  "economy.contractValue": "economy.fixedTotalPrice",
  "procurement.plannedAwardDate": "procurement.procurementStartDate",
};

/**
 * Issue 9 §1: the old annual compensation and monthly value may be dropped only when they merely repeat
 * the self-cost budget: the same amount a year (to the krona), or a twelfth of it rounded to whole kronor.
 */
function repeatsSelfCost(path: string, value: number, budget: number | undefined): boolean {
  if (budget === undefined) return false;
  if (path === "economy.annualCompensation") return Math.abs(value - budget) <= 1;
  if (path === "economy.monthlyValue") return Math.abs(value * 12 - budget) <= 12;
  return false;
}

describe("upgrade from format version 1", () => {
  it("turns every generated version-1 case into a valid version-2 case and loses no answer", () => {
    fc.assert(
      fc.property(caseV1Arbitrary, (v1) => {
        const report = upgradeWithReport(v1);
        const parsed = caseSchema.safeParse(report.value);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        expect(parsed.data.formatVersion).toBe(CASE_FORMAT_VERSION);
        const after = new Set(leaves(parsed.data));
        const kept = new Set(parsed.data.needsAttention.map((i) => `${i.path}=${JSON.stringify(i.value)}`));
        for (const leaf of leaves(v1)) {
          const [path, value] = [leaf.slice(0, leaf.indexOf("=")), leaf.slice(leaf.indexOf("=") + 1)];
          if (path === "formatVersion") continue;
          const target = RENAMED[path] ?? path;
          const found =
            after.has(`${target}=${value}`) ||
            kept.has(leaf) ||
            // A compensation or monthly value that only repeated the self-cost (within rounding) is redundant,
            // not lost. One that disagrees with it must have been kept aside above.
            repeatsSelfCost(path, Number(value), parsed.data.economy.selfCostBudget) ||
            // One other-direct-awards figure becomes the single paying party's own figure.
            (path === "procurement.otherDirectAwardsSameKindValue" && parsed.data.procurement.otherDirectAwards.some((o) => JSON.stringify(o.valueKr) === value));
          expect(found, `answer ${leaf} was lost`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("keeps an ambiguous annual compensation for the editors instead of guessing what it meant", () => {
    // The example: cost 5 000 000 kr, "ersättning" 2 000 000 kr — the whole compensation or the partner's payment?
    const report = upgradeWithReport({ formatVersion: 1, economy: { annualCost: 5_000_000, annualCompensation: 2_000_000 } });
    const parsed = parseCase(report.value);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.case.economy.selfCostBudget).toBe(5_000_000);
    expect(parsed.case.needsAttention).toEqual([
      expect.objectContaining({ path: "economy.annualCompensation", value: 2_000_000, fromVersion: 1 }),
    ]);
    expect(report.unconverted).toHaveLength(1);
  });

  it("flags Norrström–Fjällviken's old monthly value, which disagreed with its annual cost", () => {
    // v1 example: annual cost 2 500 000 kr but monthly value 416 667 kr (= 5 000 000 kr a year).
    const report = upgradeWithReport({ formatVersion: 1, economy: { annualCost: 2_500_000, annualCompensation: 2_500_000, monthlyValue: 416_667 } });
    expect(report.unconverted.map((i) => i.path)).toEqual(["economy.monthlyValue"]);
  });

  it("drops a monthly value that only repeats the self-cost (rounded to whole kronor)", () => {
    const report = upgradeWithReport({ formatVersion: 1, economy: { annualCost: 2_500_000, monthlyValue: 208_333 } });
    expect(report.unconverted).toEqual([]);
  });

  it("gives one other-direct-awards figure to the only paying party, and keeps it aside when several pay", () => {
    // LOU 19 a kap.: same-kind awards are counted per contracting authority, never one figure for everyone.
    const one = upgradeWithReport({
      formatVersion: 1,
      parties: [{ id: "a", role: "uppdragstagare" }, { id: "b", role: "uppdragsgivare" }],
      procurement: { otherDirectAwardsSameKindValue: 100_000 },
    });
    expect((one.value as { procurement: { otherDirectAwards: unknown } }).procurement.otherDirectAwards).toEqual([{ partyId: "b", valueKr: 100_000 }]);
    const two = upgradeWithReport({
      formatVersion: 1,
      parties: [{ id: "a", role: "uppdragsgivare" }, { id: "b", role: "uppdragsgivare" }],
      procurement: { otherDirectAwardsSameKindValue: 100_000 },
    });
    expect(two.unconverted.map((i) => i.path)).toEqual(["procurement.otherDirectAwardsSameKindValue"]);
  });

  it("leaves a version-2 document untouched and reports an invalid version-1 document by its own paths", () => {
    const v2 = { formatVersion: 2 };
    expect(upgradeWithReport(v2).value).toBe(v2);
    const bad = parseCase({ formatVersion: 1, economy: { annualCost: -1 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(["economy.annualCost"]);
  });
});

// Issue 9 §1: "No answer is lost; an answer that cannot be converted is kept, shown to the editors as
// needing attention, and logged." A stored document that is not valid is read as far as it can be.
describe("reading a stored document that is not valid", () => {
  const invalidV1 = {
    formatVersion: 1,
    title: "Familjebehandling",
    parties: [{ id: "a", name: "Norrström", role: "uppdragstagare" }, { id: "b", name: "Fjällviken", role: "uppdragsgivare" }],
    economy: { annualCost: -5, costSplitMethod: "fast", term: { kind: "fast", months: 12 } },
    procurement: { plannedAwardDate: "2025-10-01", otherDirectAwardsSameKindValue: 100_000 },
  };

  it("converts what can be read of an invalid version-1 document and keeps the rest aside", () => {
    const report = upgradeWithReport(invalidV1, { salvage: true });
    const parsed = caseSchema.safeParse(report.value);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.title).toBe("Familjebehandling");
    expect(parsed.data.economy.costSplitMethod).toBe("fast");
    expect(parsed.data.economy.term).toEqual({ kind: "fast", months: 12 });
    expect(parsed.data.procurement.procurementStartDate).toBe("2025-10-01");
    expect(parsed.data.procurement.otherDirectAwards).toEqual([{ partyId: "b", valueKr: 100_000 }]);
    expect(parsed.data.economy.selfCostBudget).toBeUndefined();
    expect(parsed.data.needsAttention).toEqual([expect.objectContaining({ path: "economy.annualCost", value: -5, fromVersion: 1 })]);
    expect(report.unconverted.map((i) => i.path)).toEqual(["economy.annualCost"]);
  });

  it("still rejects the same document as input, naming the field", () => {
    const bad = parseCase(invalidV1);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(["economy.annualCost"]);
  });

  it("keeps a broken answer of a version-2 document aside and reads the rest", () => {
    const doc = { formatVersion: 2, title: "T", tasks: [{ id: "t1", description: "Familjebehandling", kind: "okänd" }, { id: "t2", description: "Rådgivning" }] };
    const salvaged = salvageCase(doc, 2);
    expect(salvaged?.case.tasks.map((t) => t.description)).toEqual(["Familjebehandling", "Rådgivning"]);
    expect(salvaged?.case.tasks[0]?.kind).toBeUndefined();
    expect(salvaged?.case.needsAttention).toEqual([expect.objectContaining({ path: "tasks[0].kind", value: "okänd", fromVersion: 2 })]);
  });

  it("gives up rather than guess when the document has no readable shape", () => {
    expect(salvageCase("inte ett ärende", 2)).toBeUndefined();
    expect(salvageCase({ formatVersion: 7 }, 7)).toBeUndefined();
  });
});
