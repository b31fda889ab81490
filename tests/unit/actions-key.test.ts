import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serverActionsKey } from "../../scripts/lib/actions-key.mjs";

const made: string[] = [];
const tmpFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actions-key-"));
  made.push(dir);
  return path.join(dir, ".data", "server-actions-key");
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the server actions key", () => {
  it("comes from the environment when set, and must be 32 bytes in base64", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(serverActionsKey({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }, tmpFile())).toEqual({ key, source: "environment" });
    expect(() => serverActionsKey({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "kort" }, tmpFile())).toThrow(/32 random bytes in base64/);
    expect(() => serverActionsKey({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") }, tmpFile())).toThrow(/32 random bytes/);
  });

  it("otherwise is made once and kept, readable by its owner only", () => {
    const file = tmpFile();
    const first = serverActionsKey({}, file);
    expect(Buffer.from(first.key, "base64")).toHaveLength(32);
    expect(first.source).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(serverActionsKey({}, file).key).toBe(first.key);
    expect(serverActionsKey({}, tmpFile()).key).not.toBe(first.key);
  });
});
