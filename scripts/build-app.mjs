// `npm test`'s build stage: the production build that the integration and end-to-end tests
// start, made beside tsc, ESLint and the unit tests (which leave a core idle) instead of at the
// start of the integration stage. Builds only when stale, under the build lock, with the server
// actions key `npm start` uses (scripts/start.mjs).
import { ACTIONS_KEY_ENV, serverActionsKey } from "./lib/actions-key.mjs";
import { buildWhenStale } from "./lib/build.mjs";
import { ConfigError } from "./lib/config.mjs";

const say = (line) => console.log(`[samverka] ${line}`);
try {
  process.env[ACTIONS_KEY_ENV] = serverActionsKey().key;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[samverka] ${error.message}`);
  process.exit(1);
}
process.exit((await buildWhenStale({ say })) ? 0 : 1);
