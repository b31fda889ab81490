import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query } from "./helpers/raw-sql";

// Before replacedByInvitationId, a newer invitation to the same address and role moved the old
// one's expiresAt to the moment it was made, and the old link said "Har gått ut". The migration
// finds those by the newer invitation made at that moment, so they read as replaced; invitations
// that expired by themselves, ended when another link was taken, or were withdrawn stay as they were.
describe("the migration that says which organisation invitations were replaced", () => {
  const serverUrl = inject("serverUrl");

  it("marks an invitation replaced by the one made when it ended, and no others", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_invitation_replaced");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_organization_invitation_replaced"));
    expect(at).toBeGreaterThan(0);
    expect(all.findIndex((m) => m.name.endsWith("_case_invitation_revoked"))).toBeLessThan(at);
    await migrate(url, { dir: migrationsUpTo(at) });

    const org = "00000000-0000-4000-8000-000000000001";
    const other = "00000000-0000-4000-8000-000000000002";
    const admin = "00000000-0000-4000-8000-000000000003";
    const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, "0")}`;
    const row = (n: number, o: string, email: string, role: string, created: string, expires: string, used = "NULL", revoked = "NULL") =>
      `('${id(n)}', '${o}', '${email}', '${role}', 'h${n}', '${created}+00', '${expires}+00', ${used === "NULL" ? used : `'${used}+00'`}, ${revoked === "NULL" ? revoked : `'${revoked}+00'`}, '${admin}')`;
    await query(
      url,
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('${org}', 'Norrström', 'KOMMUN', now()), ('${other}', 'Lund', 'KOMMUN', now());
       INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('${admin}', 'Olle', 'o@x.test', now());
       INSERT INTO "OrganizationInvitation" (id, "organizationId", email, role, "tokenHash", "createdAt", "expiresAt", "usedAt", "revokedAt", "invitedByUserId") VALUES
         ${[
           // a@: replaced twice (1 by 2 in the same transaction, 2 by 3 an hour later); 3 pending.
           row(1, org, "a@x.test", "LEGAL_REVIEWER", "2026-12-01 10:00:00", "2026-12-01 11:00:00.004"),
           row(2, org, "a@x.test", "LEGAL_REVIEWER", "2026-12-01 11:00:00", "2026-12-01 12:00:00.010"),
           row(3, org, "a@x.test", "LEGAL_REVIEWER", "2026-12-01 12:00:00", "2026-12-08 12:00:00"),
           // b@: expired by itself; invited again the day after.
           row(4, org, "b@x.test", "CASE_EDITOR", "2026-11-20 10:00:00", "2026-11-27 10:00:00"),
           row(5, org, "b@x.test", "CASE_EDITOR", "2026-11-28 10:00:00", "2026-12-05 10:00:00"),
           // c@: two links; 7 was taken, which ended 6 at that moment (7 was made long before).
           row(6, org, "c@x.test", "CASE_EDITOR", "2026-12-01 09:00:00", "2026-12-01 15:00:00.002"),
           row(7, org, "c@x.test", "CASE_EDITOR", "2026-12-01 09:30:00", "2026-12-08 09:30:00", "2026-12-01 15:00:00"),
           // d@: another role, and another organisation, made at the moment d@'s invitation ended: not its replacement.
           row(8, org, "d@x.test", "CASE_EDITOR", "2026-12-01 10:00:00", "2026-12-01 13:00:00.003"),
           row(9, org, "d@x.test", "ORG_ADMIN", "2026-12-01 13:00:00", "2026-12-08 13:00:00"),
           row(10, other, "d@x.test", "CASE_EDITOR", "2026-12-01 13:00:00", "2026-12-08 13:00:00"),
           // e@: withdrawn, then invited again at once.
           row(11, org, "e@x.test", "CASE_EDITOR", "2026-12-01 10:00:00", "2026-12-08 10:00:00", "NULL", "2026-12-01 14:00:00"),
           row(12, org, "e@x.test", "CASE_EDITOR", "2026-12-01 14:00:00", "2026-12-08 14:00:00"),
         ].join(",\n")};`,
    );

    expect(await migrate(url, { dir: migrationsUpTo(at + 1) })).toEqual([all[at]!.name]);
    const rows = await query<{ id: string; replacedByInvitationId: string | null }>(url, `SELECT id, "replacedByInvitationId" FROM "OrganizationInvitation" ORDER BY id`);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.replacedByInvitationId]))).toEqual({
      [id(1)]: id(2),
      [id(2)]: id(3),
      [id(3)]: null,
      [id(4)]: null,
      [id(5)]: null,
      [id(6)]: null,
      [id(7)]: null,
      [id(8)]: null,
      [id(9)]: null,
      [id(10)]: null,
      [id(11)]: null,
      [id(12)]: null,
    });
  });
});
