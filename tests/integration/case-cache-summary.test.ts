import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { evaluateCase } from "@/lib/rules";
import { derivedCase, evaluationOn, rememberCase, summaryOn } from "@/lib/wizard/case-cache";
import { summarizeCase } from "@/lib/wizard/case-summary";

const DATE = "2026-12-04";

function storedRow(version: number) {
  const doc = { ...emptyCase(), title: "Familjerätt", needs: { ...emptyCase().needs, problem: "Svårt att rekrytera familjerättssekreterare." } };
  return { id: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", version, updatedAt: new Date("2026-12-01T10:00:00Z"), title: doc.title, data: doc };
}

describe("summaryOn", () => {
  it("gives the summary summarizeCase gives, for the steps marked complete", () => {
    const entry = rememberCase(storedRow(1));
    for (const completed of [[], ["1"], ["1", "2A"]]) {
      expect(summaryOn(entry, DATE, completed)).toEqual(summarizeCase(entry.doc, completed, evaluateCase(entry.doc, DATE)));
    }
  });

  it("computes a summary once per date and completed steps, and anew when either changes", () => {
    const entry = rememberCase(storedRow(2));
    const first = summaryOn(entry, DATE, ["1"]);
    expect(summaryOn(entry, DATE, ["1"])).toBe(first);
    expect(summaryOn(entry, DATE, ["1", "2A"])).not.toBe(first);
    expect(summaryOn(entry, "2027-01-10", ["1"])).not.toBe(first);
  });
});

describe("derivedCase", () => {
  it("reads a version once, and a new version anew", () => {
    const first = derivedCase(storedRow(10));
    expect(derivedCase(storedRow(10))).toBe(first);
    expect(derivedCase(storedRow(11))).not.toBe(first);
    expect(derivedCase({ ...storedRow(10), updatedAt: new Date("2026-12-02T10:00:00Z") })).not.toBe(first);
  });

  it("shares nothing another request could change: the document and its assessment are frozen", () => {
    const entry = derivedCase(storedRow(12));
    const evaluation = evaluationOn(entry, DATE);
    expect(() => {
      (entry.doc.needs as { problem?: string }).problem = "ändrat";
    }).toThrow(TypeError);
    expect(() => (evaluation.findings as unknown[]).push({})).toThrow(TypeError);
    expect(entry.doc.needs.problem).toBe("Svårt att rekrytera familjerättssekreterare.");
    // The rules read a frozen document as they read any other.
    expect(evaluateCase(entry.doc, DATE)).toEqual(evaluateCase(structuredClone(entry.doc), DATE));
  });
});
