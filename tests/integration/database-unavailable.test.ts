import { afterAll, describe, expect, it, vi } from "vitest";

// This file replaces modules that other files use as they are. The files share one module graph
// per worker (vitest.config.ts), so it starts one of its own, in which its replacements are
// imported, and leaves none of them to the next file.
vi.hoisted(() => vi.resetModules());
afterAll(() => {
  vi.doUnmock("@/lib/db/client");
  vi.doUnmock("@/lib/auth/actor");
  vi.resetModules();
});

// The app's pool points at a port where no server listens, as during a database restart:
// every query fails with the driver's real "cannot reach" error.
vi.mock("@/lib/db/client", async () => {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/db/generated/client");
  const { freePort } = await import("../../scripts/lib/ports.mjs");
  const url = `postgresql://samverka:x@127.0.0.1:${await freePort()}/samverka`;
  return { prisma: new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 2000 }) }), databaseUrl: () => url };
});
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<typeof import("@/lib/auth/actor")>()),
  getActor: async () => ({
    kind: "user",
    userId: "6f0c2f43-5d55-4b0f-9b43-2b6f6c1d9a10",
    email: "nora@example.se",
    name: "Nora",
    sessionId: "s",
    globalRoles: [],
    memberships: [],
  }),
}));

import pg from "pg";
import { workerDatabaseUrl } from "./support/database";
import { saveAnswersAction } from "@/lib/wizard/actions";
import { runAction } from "@/lib/forms/run-action";
import { prisma } from "@/lib/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/errors/unavailable";

describe("a save while the database is down", () => {
  it("is refused as UNAVAILABLE with a Swedish try-again message, not as an unexpected error", async () => {
    const outcome = await saveAnswersAction({
      caseId: "0b7e9c4e-2f7a-4c59-9f57-6a1a3f0e8d21",
      baseVersion: 1,
      changes: [{ path: "needs.problem", value: "Skrivet under avbrottet" }],
    });
    expect(outcome).toEqual({ ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: [] });
    expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/Försök igen/);
  });

  it("gives form actions the same message instead of the generic one", async () => {
    const state = await runAction("probe", { title: "x" }, async () => {
      await prisma.case.count();
    });
    expect(state).toMatchObject({ status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, values: { title: "x" } });
  });
});

describe("recognising an outage", () => {
  it("knows a connection the server cut off (as a restart does) and nothing else", async () => {
    const client = new pg.Client({ connectionString: workerDatabaseUrl() });
    await client.connect();
    const cut = new Promise<unknown>((resolve) => client.on("error", resolve));
    const admin = new pg.Client({ connectionString: workerDatabaseUrl() });
    await admin.connect();
    const { rows } = await client.query("SELECT pg_backend_pid() AS pid");
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
    await admin.end();
    expect(isDatabaseUnavailable(await cut)).toBe(true);

    const syntax = await new pg.Client({ connectionString: workerDatabaseUrl() });
    await syntax.connect();
    const wrong = await syntax.query("SELEC 1").catch((error: unknown) => error);
    await syntax.end();
    expect(isDatabaseUnavailable(wrong)).toBe(false);
    expect(isDatabaseUnavailable(new Error("x.map is not a function"))).toBe(false);
  });
});
