// `npm run bench:statistics`: seeds the bench:load world (the demo data and 10 000 cases) into a
// throwaway PostgreSQL database and prints how long SKR's statistics take to compute: once from
// nothing, then after one case changed (what an SKR view costs while editors are at work), and
// with nothing changed (the query that says so). CASES and RUNS override the defaults.
import { benchAfterChanges } from "./lib/bench-world";

await benchAfterChanges("bench:statistics", async (world) => {
  const { loadActor } = await import("../lib/auth/actor");
  const { computeStatistics } = await import("../lib/catalogue/statistics");
  const skr = await loadActor(world.skr.id, "bench");
  return { what: "the statistics", work: () => computeStatistics(skr) };
});
