import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query } from "./helpers/raw-sql";

// Case invitations could not be withdrawn before revokedAt, so the migration only adds the
// columns: every invitation keeps its state (pending, taken, expired), and none reads as withdrawn.
describe("the migration that gives case invitations revokedAt", () => {
  const serverUrl = inject("serverUrl");

  it("adds the columns empty and leaves every invitation as it was", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_case_invitation_revoked");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_case_invitation_revoked"));
    expect(at).toBeGreaterThan(0);
    // It comes after the organisation's (the helper names a migration by the clock).
    expect(all.findIndex((m) => m.name.endsWith("_organization_invitation_revoked"))).toBeLessThan(at);
    await migrate(url, { dir: migrationsUpTo(at) });

    const org = "00000000-0000-4000-8000-000000000001";
    const editor = "00000000-0000-4000-8000-000000000002";
    const theCase = "00000000-0000-4000-8000-000000000003";
    await query(
      url,
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('${org}', 'Norrström', 'KOMMUN', now());
       INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('${editor}', 'Nora', 'n@x.test', now());
       INSERT INTO "Case" (id, title, "ownerOrganizationId", data, "updatedAt") VALUES ('${theCase}', 'Ärende', '${org}', '{}', now());
       INSERT INTO "CaseInvitation" (id, "caseId", email, role, "tokenHash", "expiresAt", "usedAt", "invitedByUserId") VALUES
         ('00000000-0000-4000-8000-00000000000a', '${theCase}', 'a@x.test', 'EDITOR', 'h1', now() + interval '1 day', NULL, '${editor}'),
         ('00000000-0000-4000-8000-00000000000b', '${theCase}', 'b@x.test', 'REVIEWER', 'h2', '2026-12-01 10:00:00+00', '2026-11-30 10:00:00+00', '${editor}'),
         ('00000000-0000-4000-8000-00000000000c', '${theCase}', 'c@x.test', 'EDITOR', 'h3', '2026-12-01 10:00:00+00', NULL, '${editor}');`,
    );
    const before = await query(url, `SELECT * FROM "CaseInvitation" ORDER BY id`);

    expect(await migrate(url, { dir: migrationsUpTo(at + 1) })).toEqual([all[at]!.name]);
    const after = await query<Record<string, unknown>>(url, `SELECT * FROM "CaseInvitation" ORDER BY id`);
    expect(after.map(({ revokedAt, revokedByUserId, ...rest }) => ({ rest, revokedAt, revokedByUserId }))).toEqual(
      before.map((rest) => ({ rest, revokedAt: null, revokedByUserId: null })),
    );
    const pending = await query<{ email: string }>(url, `SELECT email FROM "CaseInvitation" WHERE "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()`);
    expect(pending).toEqual([{ email: "a@x.test" }]);
  });
});
