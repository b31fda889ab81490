// How many integration test files run at once. Each worker has a database of its own
// (global-setup.ts makes them; setup-env.ts picks the worker's), so files never share one.
// Two: most files wait on PostgreSQL or on processes they start, and CI machines have two cores.
const requested = Number(process.env.INTEGRATION_WORKERS);
export const INTEGRATION_WORKERS = Number.isInteger(requested) && requested >= 1 ? requested : 2;
