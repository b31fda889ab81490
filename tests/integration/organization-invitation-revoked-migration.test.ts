import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query } from "./helpers/raw-sql";



// Before revokedAt, a withdrawal moved the invitation's expiresAt to its moment and only the audit
// log said it was a withdrawal. The migration reads those entries, so invitations withdrawn before
// it read as withdrawn (when, by whom) and expired ones stay expired.
describe("the migration that gives organisation invitations revokedAt", () => {
  const serverUrl = inject("serverUrl");

  it("marks the invitations the audit log says were withdrawn, and no others", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_invitation_revoked");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_organization_invitation_revoked"));
    expect(at).toBeGreaterThan(0);
    await migrate(url, { dir: migrationsUpTo(at) });

    const org = "00000000-0000-4000-8000-000000000001";
    const admin = "00000000-0000-4000-8000-000000000002";
    const withdrawn = "00000000-0000-4000-8000-000000000003";
    const expired = "00000000-0000-4000-8000-000000000004";
    const taken = "00000000-0000-4000-8000-000000000005";
    const refusedTry = "00000000-0000-4000-8000-000000000006";
    await query(
      url,
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('${org}', 'Norrström', 'KOMMUN', now());
       INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('${admin}', 'Olle', 'o@x.test', now());
       INSERT INTO "OrganizationInvitation" (id, "organizationId", email, role, "tokenHash", "expiresAt", "usedAt", "invitedByUserId") VALUES
         ('${withdrawn}', '${org}', 'a@x.test', 'LEGAL_REVIEWER', 'h1', '2026-12-01 10:00:00+00', NULL, '${admin}'),
         ('${expired}', '${org}', 'b@x.test', 'LEGAL_REVIEWER', 'h2', '2026-12-01 10:00:00+00', NULL, '${admin}'),
         ('${taken}', '${org}', 'c@x.test', 'CASE_EDITOR', 'h3', '2026-12-08 10:00:00+00', '2026-12-01 09:00:00+00', '${admin}'),
         ('${refusedTry}', '${org}', 'd@x.test', 'CASE_EDITOR', 'h4', '2026-12-01 11:00:00+00', NULL, '${admin}');
       INSERT INTO "AuditLog" (id, at, "actorUserId", action, outcome, details) VALUES
         (gen_random_uuid(), '2026-12-01 10:00:00+00', '${admin}', 'organization.invitation.revoke', 'SUCCESS', '{"invitationId":"${withdrawn}","organizationId":"${org}"}'),
         (gen_random_uuid(), '2026-12-01 10:30:00+00', '${admin}', 'organization.invitation.revoke', 'FAILURE', '{"invitationId":"${refusedTry}"}'),
         (gen_random_uuid(), '2026-12-01 10:40:00+00', '${admin}', 'organization.invitation.revoke', 'SUCCESS', '{"invitationId":"${taken}"}');`,
    );

    expect(await migrate(url, { dir: migrationsUpTo(at + 1) })).toEqual([all[at]!.name]);
    const rows = await query<{ id: string; revokedAt: Date | null; revokedByUserId: string | null }>(
      url,
      `SELECT id, "revokedAt", "revokedByUserId" FROM "OrganizationInvitation" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: withdrawn, revokedAt: new Date("2026-12-01T10:00:00Z"), revokedByUserId: admin },
      { id: expired, revokedAt: null, revokedByUserId: null },
      { id: taken, revokedAt: null, revokedByUserId: null },
      { id: refusedTry, revokedAt: null, revokedByUserId: null },
    ]);
  });
});
