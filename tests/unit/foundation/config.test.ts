import { describe, expect, it } from "vitest";
import { ConfigError, embeddedDbConfig, embeddedUrl, readPort, withDatabase } from "../../../scripts/lib/config.mjs";

describe("readPort", () => {
  it("uses the fallback when unset or empty", () => {
    expect(readPort(undefined, 5433, "X")).toBe(5433);
    expect(readPort("", 5433, "X")).toBe(5433);
  });
  it("accepts a port in the unprivileged range", () => {
    expect(readPort("6543", 5433, "X")).toBe(6543);
  });
  it.each(["80", "70000", "54.3", "fem", "-1"])("rejects %s naming the variable", (value) => {
    expect(() => readPort(value, 5433, "SAMVERKA_DB_PORT")).toThrow(ConfigError);
    expect(() => readPort(value, 5433, "SAMVERKA_DB_PORT")).toThrow(`SAMVERKA_DB_PORT must be a whole number`);
  });
});

describe("embedded database settings", () => {
  it("keeps data in the git-ignored .data folder by default and listens on 5433", () => {
    const cfg = embeddedDbConfig({});
    expect(cfg.dataDir).toMatch(/\/\.data\/postgres$/);
    expect(cfg.port).toBe(5433);
    expect(embeddedUrl(cfg)).toBe("postgresql://samverka:samverka-local@127.0.0.1:5433/samverka");
  });
  it("follows SAMVERKA_DB_DIR and SAMVERKA_DB_PORT", () => {
    const cfg = embeddedDbConfig({ SAMVERKA_DB_DIR: "/tmp/x", SAMVERKA_DB_PORT: "6000" });
    expect(cfg).toMatchObject({ dataDir: "/tmp/x", port: 6000 });
  });
});

describe("withDatabase", () => {
  it("swaps only the database name", () => {
    expect(withDatabase("postgresql://u:p%40ss@db.example:6432/prod?sslmode=require", "samverka_e2e")).toBe(
      "postgresql://u:p%40ss@db.example:6432/samverka_e2e?sslmode=require",
    );
  });
});
