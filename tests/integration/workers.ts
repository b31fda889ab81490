// How many integration test files run at once. Each worker has a database of its own
// (global-setup.ts makes them; setup-env.ts picks the worker's), so files never share one.
// Two: most files wait on PostgreSQL or on processes they start, and CI machines have two cores.
export const INTEGRATION_WORKERS = Math.max(1, Number(process.env.INTEGRATION_WORKERS ?? 2));
