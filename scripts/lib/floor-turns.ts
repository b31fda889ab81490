/**
 * `bench:load` against its floor: with FLOOR=alternate a page and the floor measured in turns,
 * each one's figures read off all its turns together; in every mode a view's CPU over the
 * floor's and its ratio as the table prints it. Plain functions, so that they are tested without
 * a server (tests/unit/scripts/floor-turns.test.ts).
 */

export type Turn = "floor" | "page";

/**
 * The turns of `rounds` rounds: floor, page, then page, floor, then floor, page, … Each round
 * swaps who goes first, so that a machine slowing down (or speeding up) over the measurement
 * weighs on the page's turns and the floor's alike instead of always on whoever goes second.
 */
export function turnOrder(rounds: number): Turn[] {
  return Array.from({ length: rounds }, (_, round): Turn[] => (round % 2 === 0 ? ["floor", "page"] : ["page", "floor"])).flat();
}

/** What one turn gave: every response's latency (ms), and what it cost. */
export interface TurnResult {
  latencies: number[];
  requests: number;
  failures: number;
  /** CPU used during the turn by the app and by PostgreSQL (ms); null when /proc could not tell. */
  appCpuMs: number | null;
  dbCpuMs: number | null;
}

export interface PooledFigures {
  rps: number;
  p50: number;
  p975: number;
  failures: number;
  requests: number;
  /** CPU per request, over all turns. */
  appCpu: number | null;
  dbCpu: number | null;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One page's (or its floor's) figures from all its turns: its percentiles over every response of every turn. */
export function poolTurns(turns: readonly TurnResult[], seconds: number): PooledFigures {
  const sorted = turns.flatMap((t) => t.latencies).sort((a, b) => a - b);
  const requests = turns.reduce((sum, t) => sum + t.requests, 0);
  const cpu = (pick: (t: TurnResult) => number | null) => {
    if (!requests || turns.some((t) => pick(t) === null)) return null;
    return turns.reduce((sum, t) => sum + pick(t)!, 0) / requests;
  };
  return {
    rps: requests / seconds,
    p50: percentile(sorted, 50),
    p975: percentile(sorted, 97.5),
    failures: turns.reduce((sum, t) => sum + t.failures, 0),
    requests,
    appCpu: cpu((t) => t.appCpuMs),
    dbCpu: cpu((t) => t.dbCpuMs),
  };
}

/**
 * A view's CPU per request (app and database together) over its floor's: what it costs against
 * the floor without the queue's tail, which the p97.5 ratio follows loosely (both queue on the
 * same cores). Null when either one's CPU is unknown.
 */
export function cpuRatio(view: { appCpu: number | null; dbCpu: number | null }, floor: { appCpu: number | null; dbCpu: number | null }): number | null {
  if (view.appCpu === null || view.dbCpu === null || floor.appCpu === null || floor.dbCpu === null) return null;
  const floorCpu = floor.appCpu + floor.dbCpu;
  return floorCpu > 0 ? (view.appCpu + view.dbCpu) / floorCpu : null;
}

/**
 * A ratio to the floor as the table shows it: one decimal, or two where one would round across
 * the goal's 3 (3.04 is not met and 2.96 is; both would read "3.0").
 */
export function ratioText(ratio: number, limit = 3): string {
  const shown = ratio.toFixed(1);
  return Number(shown) === limit && ratio !== limit ? ratio.toFixed(2) : shown;
}
