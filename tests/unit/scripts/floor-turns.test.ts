import { describe, expect, it } from "vitest";
import { cpuRatio, percentile, poolTurns, ratioText, turnOrder, type TurnResult } from "../../../scripts/lib/floor-turns";

const turn = (latencies: number[], extra: Partial<TurnResult> = {}): TurnResult => ({
  latencies,
  requests: latencies.length,
  failures: 0,
  appCpuMs: latencies.length * 5,
  dbCpuMs: latencies.length,
  ...extra,
});

describe("bench:load FLOOR=alternate", () => {
  it("gives the page and the floor the same number of turns, each round swapping who goes first", () => {
    expect(turnOrder(4)).toEqual(["floor", "page", "page", "floor", "floor", "page", "page", "floor"]);
    expect(turnOrder(1)).toEqual(["floor", "page"]);
    // Over any even number of rounds each goes first as often as second: a steady drift weighs on both alike.
    const order = turnOrder(6);
    const position = (who: string) => order.flatMap((t, i) => (t === who ? [i] : [])).reduce((a, b) => a + b, 0);
    expect(position("floor")).toBe(position("page"));
  });

  it("reads the percentiles off every turn's responses together, not one turn's", () => {
    // One slow turn among four: 40 of 400 responses at 200 ms lift the pooled p97.5 to it.
    const fast = Array.from({ length: 120 }, (_, i) => 10 + (i % 10));
    const slow = [...Array.from({ length: 40 }, () => 200), ...fast.slice(0, 80)];
    const pooled = poolTurns([turn(fast), turn(fast), turn(slow), turn(fast.slice(0, 40))], 20);
    expect(pooled.requests).toBe(400);
    expect(pooled.rps).toBe(20);
    expect(pooled.p975).toBe(200);
    // 36 responses at each of 10–19 ms: the 200th of 400 is 15 ms.
    expect(pooled.p50).toBe(15);
    // The last turn alone would say 19 ms.
    expect(percentile([...fast.slice(0, 40)].sort((a, b) => a - b), 97.5)).toBe(19);
  });

  it("divides the CPU of every turn by every request, and says nothing when a turn's CPU is unknown", () => {
    const pooled = poolTurns([turn([10, 10], { appCpuMs: 30, dbCpuMs: 2 }), turn([10, 10, 10, 10, 10, 10], { appCpuMs: 10, dbCpuMs: 6 })], 4);
    expect(pooled.appCpu).toBe(5);
    expect(pooled.dbCpu).toBe(1);
    expect(poolTurns([turn([10]), turn([10], { appCpuMs: null })], 2).appCpu).toBeNull();
    expect(poolTurns([turn([10], { failures: 2 }), turn([10], { failures: 1 })], 2).failures).toBe(3);
  });
});

describe("bench:load's CPU ratio", () => {
  it("is a view's app and database CPU per request over its floor's, and unknown when either is", () => {
    expect(cpuRatio({ appCpu: 7, dbCpu: 1 }, { appCpu: 2, dbCpu: 0 })).toBe(4);
    expect(cpuRatio({ appCpu: 6, dbCpu: 0 }, { appCpu: 2.5, dbCpu: 0.5 })).toBe(2);
    expect(cpuRatio({ appCpu: null, dbCpu: 1 }, { appCpu: 2, dbCpu: 0 })).toBeNull();
    expect(cpuRatio({ appCpu: 7, dbCpu: 1 }, { appCpu: 2, dbCpu: null })).toBeNull();
    expect(cpuRatio({ appCpu: 7, dbCpu: 1 }, { appCpu: 0, dbCpu: 0 })).toBeNull();
  });
});

describe("bench:load's ratio as shown", () => {
  it("keeps one decimal unless that would round across 3, where met and not met part", () => {
    expect(ratioText(2.84)).toBe("2.8");
    expect(ratioText(3)).toBe("3.0");
    expect(ratioText(3.04)).toBe("3.04");
    expect(ratioText(2.96)).toBe("2.96");
    expect(ratioText(3.06)).toBe("3.1");
  });
});
