import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArbitrary, evaluationDateArbitrary } from "@/lib/case/arbitrary";
import { caseSchema } from "@/lib/case/schema";
import { isReportSection } from "@/lib/reference/report";
import { STEP_IDS } from "@/lib/guide/step-ids";
import { RULE_CATALOGUE } from "@/lib/rules/catalogue";
import { evaluateCase, evaluationDateKey } from "@/lib/rules/evaluate";

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

  // What SKR's statistics keep per case is keyed by evaluationDateKey instead of the day: this holds
  // only if the assessment reads nothing else of its date. A rule that starts to (a deadline, an
  // age) fails here and must be put into the key.
  it("gives the same findings and verdicts on two dates with the same evaluationDateKey", () => {
    const outcome = (c: ReturnType<typeof caseSchema.parse>, date: string) => {
      const e = evaluateCase(c, date);
      return {
        findings: e.findings.map((f) => [f.code, f.severity, f.step, f.fields.join(",")].join(" ")),
        routes: e.procurement.routes.map((r) => [r.route, r.verdict, r.reliedOn].join(" ")),
      };
    };
    const dayOfYear = fc.date({ min: new Date("2021-01-01T00:00:00Z"), max: new Date("2021-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(4, 10));
    fc.assert(
      fc.property(caseArbitrary, evaluationDateArbitrary, dayOfYear, (c, first, monthDay) => {
        const second = `${first.slice(0, 4)}${monthDay}`;
        fc.pre(evaluationDateKey(first) === evaluationDateKey(second));
        const parsed = caseSchema.parse(c);
        expect(outcome(parsed, second)).toEqual(outcome(parsed, first));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("evaluationDateKey changes with the year and with the procurement limits in force", () => {
    expect(evaluationDateKey("2025-03-01")).toBe(evaluationDateKey("2025-11-30"));
    expect(evaluationDateKey("2025-12-31")).not.toBe(evaluationDateKey("2026-01-01"));
    // The limits of 2022–2023 came into force on 1 February 2022.
    expect(evaluationDateKey("2022-01-31")).not.toBe(evaluationDateKey("2022-02-01"));
  });
});
