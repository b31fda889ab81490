import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { evaluateCase } from "@/lib/rules";
import { isAnswered, stepProgress } from "@/lib/wizard/progress";

const DATE = "2025-03-01";

function statusOf(c: ReturnType<typeof emptyCase>, completed: string[] = []) {
  return Object.fromEntries(stepProgress(c, evaluateCase(c, DATE), completed).map((p) => [p.step, p]));
}

describe("isAnswered", () => {
  it("counts content, not containers", () => {
    expect(isAnswered("  ")).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered({ a: undefined, b: "" })).toBe(false);
    expect(isAnswered({ a: "x" })).toBe(true);
  });
});

describe("stepProgress", () => {
  it("starts with step 1 open and the later steps waiting", () => {
    const p = statusOf(emptyCase());
    expect(p["1"]?.status).toBe("not_started");
    expect(p["2A"]?.status).toBe("cannot_start");
    expect(p["2A"]?.waitingFor).toEqual(["1"]);
    expect(p["3A"]?.status).toBe("cannot_start");
    expect(p["4"]?.waitingFor).toEqual(["2A", "2B"]);
  });

  it("moves a step to in progress once something is answered, and opens the steps after it", () => {
    const c = emptyCase();
    c.title = "Familjebehandling";
    c.needs.problem = "Svårt att rekrytera";
    const p = statusOf(c);
    expect(p["1"]).toMatchObject({ answered: 2 });
    expect(["in_progress", "has_problems"]).toContain(p["1"]?.status);
    expect(p["2B"]?.status).toBe("not_started");
  });

  it("shows problems for a started step with blockers, even when marked complete", () => {
    const c = emptyCase();
    c.parties = [{ id: "a", name: "Norrströms kommun", type: "kommunalt_bolag" }];
    const p = statusOf(c, ["2B"]);
    expect(p["2B"]?.blockers).toBeGreaterThan(0);
    expect(p["2B"]?.status).toBe("has_problems");
  });

  it("is completed when marked so and free of blockers", () => {
    const c = emptyCase();
    c.control.followUpRoutine = "Kvartalsvis uppföljning i ledningsgruppen";
    c.control.annualReportToCouncil = true;
    c.control.internalControl = "Ingår i nämndens internkontrollplan";
    c.control.executiveBoardOversight = true;
    const p = statusOf(c, ["3A"]);
    expect(p["3A"]?.blockers).toBe(0);
    expect(p["3A"]?.status).toBe("completed");
  });
});
