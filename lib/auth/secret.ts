import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// better-auth signs session cookies with this secret. A deployment sets
// BETTER_AUTH_SECRET; a local `npm start` gets a random one kept in .data/ (git-ignored),
// so cookies survive restarts and every process on the machine shares it.
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long.");
    return fromEnv;
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(48).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first; use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
