// Where the database is and how the app reaches it. Shared by the start script, the
// embedded database process, the migrator and the test runner, so all agree.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const EMBEDDED_USER = "samverka";
// Only reachable on loopback; the password guards against other local users, not the internet.
const EMBEDDED_PASSWORD = "samverka-local";

export function readPort(value, fallback, name) {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new ConfigError(`${name} must be a whole number between 1024 and 65535 (got "${value}").`);
  }
  return port;
}

export class ConfigError extends Error {}

export function embeddedDbConfig(env = process.env) {
  const dataDir = path.resolve(projectRoot, env.SAMVERKA_DB_DIR || ".data/postgres");
  const port = readPort(env.SAMVERKA_DB_PORT, 5433, "SAMVERKA_DB_PORT");
  return {
    dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "samverka",
  };
}

export function embeddedUrl(cfg, database = cfg.database) {
  return `postgresql://${cfg.user}:${encodeURIComponent(cfg.password)}@127.0.0.1:${cfg.port}/${database}`;
}

/** Replaces the database name in a PostgreSQL URL, keeping everything else. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
