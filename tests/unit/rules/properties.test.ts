import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbitrary, evaluationDateArbitrary } from "@/lib/case/arbitrary";
import { caseSchema } from "@/lib/case/schema";
import { isReportSection } from "@/lib/reference/report";
import { STEP_IDS } from "@/lib/guide/step-ids";
import { RULE_CATALOGUE } from "@/lib/rules/catalogue";
import { evaluateCase } from "@/lib/rules/evaluate";

const RUNS = 300;
const KNOWN_CODES = new Set(RULE_CATALOGUE.map((r) => r.code));

describe("engine properties", () => {
  it("the generator only produces schema-valid cases", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(caseSchema.safeParse(c).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("never throws on a schema-valid case", () => {
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, (c, date) => {
        const parsed = caseSchema.parse(c);
        expect(() => evaluateCase(parsed, date)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("every finding has a known code, legal basis, report chapter and Swedish texts", () => {
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, (c, date) => {
        for (const f of evaluateCase(caseSchema.parse(c), date).findings) {
          expect(KNOWN_CODES.has(f.code)).toBe(true);
          // Advice that rests on the report alone (e.g. below-cost compensation) cites no statute; it always cites the report.
          expect(f.legalBasis.length > 0 || f.reportChapter.length > 0).toBe(true);
          for (const b of f.legalBasis) {
            expect(b.statute.length).toBeGreaterThan(0);
            expect(b.provision.length).toBeGreaterThan(0);
          }
          expect(isReportSection(f.reportChapter)).toBe(true);
          expect((STEP_IDS as readonly string[]).includes(f.step)).toBe(true);
          expect(f.fields.length).toBeGreaterThan(0);
          expect(f.title && f.explanation && f.nextAction).toBeTruthy();
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("every route verdict carries facts, a conclusion and a legal basis", () => {
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, (c, date) => {
        const routes = evaluateCase(caseSchema.parse(c), date).procurement.routes;
        expect(routes.map((r) => r.route)).toEqual([
          "myndighetsutovning",
          "direktupphandling",
          "hamburg",
          "teckal",
          "icke_ekonomiska_tjanster",
          "ordinarie_upphandling",
        ]);
        for (const r of routes) {
          expect(r.conclusion.length).toBeGreaterThan(0);
          expect(r.legalBasis.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("is deterministic: same input, same output, input untouched", () => {
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, (c, date) => {
        const parsed = caseSchema.parse(c);
        const before = JSON.stringify(parsed);
        const first = JSON.stringify(evaluateCase(parsed, date));
        const second = JSON.stringify(evaluateCase(structuredClone(parsed), date));
        expect(second).toBe(first);
        expect(JSON.stringify(parsed)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("summary counts match the findings", () => {
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, (c, date) => {
        const e = evaluateCase(caseSchema.parse(c), date);
        expect(e.summary.blockers + e.summary.warnings + e.summary.infos).toBe(e.findings.length);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
