// The key Next.js encrypts server actions' closed-over values with. Every instance behind
// one load balancer must use the same one: a deployment sets NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
// (the same on every instance); a local `npm start` gets a random one kept in .data/
// (git-ignored), as the auth secret is (lib/auth/secret.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, projectRoot } from "./config.mjs";

export const ACTIONS_KEY_ENV = "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY";

/** Next.js imports the key as raw AES-GCM key bytes; 32 bytes make AES-256. */
function checkKey(key, where) {
  const bytes = Buffer.from(key, "base64");
  if (bytes.length !== 32 || bytes.toString("base64") !== key) {
    throw new ConfigError(`${where} must be 32 random bytes in base64 (make one with: openssl rand -base64 32).`);
  }
  return key;
}

/** { key, source }: the environment's key, else the one in .data (made on first use). */
export function serverActionsKey(env = process.env, file = path.join(projectRoot, ".data", "server-actions-key")) {
  if (env[ACTIONS_KEY_ENV]) return { key: checkKey(env[ACTIONS_KEY_ENV], ACTIONS_KEY_ENV), source: "environment" };
  try {
    return { key: checkKey(fs.readFileSync(file, "utf8").trim(), file), source: file };
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error; // another process wrote it first; use theirs
  }
  return { key: checkKey(fs.readFileSync(file, "utf8").trim(), file), source: file };
}
