import { afterEach, describe, expect, inject, it } from "vitest";
import { workerDatabaseUrl } from "./support/database";
import { GET } from "@/app/api/health/route";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";

describe("GET /api/health", () => {
  const migratedUrl = workerDatabaseUrl();
  afterEach(() => {
    process.env.DATABASE_URL = migratedUrl;
  });

  it("answers 200 when the database is reachable and fully migrated", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: "reachable", migrations: { pending: [] } });
  });

  it("answers 503 and lists the pending migrations on an unmigrated database", async () => {
    process.env.DATABASE_URL = await createFreshDatabase(inject("serverUrl"), "samverka_health_empty");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.database).toBe("reachable");
    expect(body.migrations.pending.length).toBeGreaterThan(0);
  });

  it("answers 503 when the database cannot be reached", async () => {
    process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:1/none";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, database: "unreachable", migrations: null });
  });
});
