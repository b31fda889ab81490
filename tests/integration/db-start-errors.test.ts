import { spawnSync } from "node:child_process";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports.mjs";

function runDbServer(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["scripts/db-server.mjs"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const noStackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("starting the embedded database fails with advice, not a stack trace", () => {
  it("when the port is taken by another program", async () => {
    const port = await freePort();
    const squatter = net.createServer().listen(port, "127.0.0.1");
    await new Promise((r) => squatter.once("listening", r));
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-port-"));
      fs.chmodSync(dir, 0o755); // reachable for the postgres user, so the port is what fails
      const { status, output } = runDbServer({ SAMVERKA_DB_PORT: String(port), SAMVERKA_DB_DIR: path.join(dir, "pg") });
      expect(status).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(output).toContain(`SAMVERKA_DB_PORT=${port + 1} npm start`);
      expect(output).not.toMatch(noStackTrace);
    } finally {
      squatter.close();
    }
  });

  it("when the data folder cannot be written", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samverka-ro-")), "a-file");
    fs.writeFileSync(file, "");
    const { status, output } = runDbServer({ SAMVERKA_DB_PORT: String(await freePort()), SAMVERKA_DB_DIR: path.join(file, "pg") });
    expect(status).toBe(1);
    expect(output).toContain("cannot be written");
    expect(output).toContain("SAMVERKA_DB_DIR=");
    expect(output).not.toMatch(noStackTrace);
  });

  it("when the port setting is not a port", () => {
    const { status, output } = runDbServer({ SAMVERKA_DB_PORT: "fem" });
    expect(status).toBe(1);
    expect(output).toContain('SAMVERKA_DB_PORT must be a whole number between 1024 and 65535 (got "fem")');
    expect(output).not.toMatch(noStackTrace);
  });
});
