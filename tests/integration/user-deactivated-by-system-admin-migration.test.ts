import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query } from "./helpers/raw-sql";

// Before deactivatedBySystemAdmin, only the audit log said who deactivated an account. The
// backfill migration after the column's reads it, so a system admin's deactivation made before it cannot be undone by an
// organisation admin after it.
describe("the migration that records the system admins' earlier deactivations", () => {
  const serverUrl = inject("serverUrl");

  it("marks the accounts whose latest deactivation a system admin made, and no others", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_deactivated_by_sysadmin");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_user_deactivated_by_system_admin_backfill"));
    expect(at).toBeGreaterThan(0);
    await migrate(url, { dir: migrationsUpTo(at) });

    const sysadmin = "00000000-0000-4000-8000-000000000001";
    const orgAdmin = "00000000-0000-4000-8000-000000000002";
    const bySys = "00000000-0000-4000-8000-000000000003";
    const byOrg = "00000000-0000-4000-8000-000000000004";
    const sysThenOrg = "00000000-0000-4000-8000-000000000005";
    const active = "00000000-0000-4000-8000-000000000006";
    const user = (id: string, deactivated: boolean) => `('${id}', 'P ${id.slice(-1)}', '${id.slice(-1)}@x.test', now(), ${deactivated ? "'2026-12-01 10:00:00+00'" : "NULL"})`;
    const entry = (actor: string, target: string, at: string, outcome = "SUCCESS") =>
      `(gen_random_uuid(), '${at}', '${actor}', 'user.deactivate', '${outcome}', '{"userId":"${target}"}')`;
    await query(
      url,
      `INSERT INTO "User" (id, name, email, "updatedAt", "deactivatedAt") VALUES
         ${[user(sysadmin, false), user(orgAdmin, false), user(bySys, true), user(byOrg, true), user(sysThenOrg, true), user(active, false)].join(",")};
       INSERT INTO "UserGlobalRole" ("userId", role) VALUES ('${sysadmin}', 'SYSTEM_ADMIN');
       INSERT INTO "AuditLog" (id, at, "actorUserId", action, outcome, details) VALUES
         ${[
           entry(sysadmin, bySys, "2026-12-01 10:00:00+00"),
           entry(orgAdmin, byOrg, "2026-12-01 10:00:00+00"),
           entry(sysadmin, byOrg, "2026-12-01 11:00:00+00", "FAILURE"),
           entry(sysadmin, sysThenOrg, "2026-11-01 10:00:00+00"),
           entry(orgAdmin, sysThenOrg, "2026-12-01 10:00:00+00"),
           entry(sysadmin, active, "2026-11-01 10:00:00+00"),
         ].join(",")};`,
    );

    expect(await migrate(url, { dir: migrationsUpTo(at + 1) })).toEqual([all[at]!.name]);
    const rows = await query<{ id: string; deactivatedBySystemAdmin: boolean }>(url, `SELECT id, "deactivatedBySystemAdmin" FROM "User" ORDER BY id`);
    expect(rows).toEqual([
      { id: sysadmin, deactivatedBySystemAdmin: false },
      { id: orgAdmin, deactivatedBySystemAdmin: false },
      { id: bySys, deactivatedBySystemAdmin: true },
      { id: byOrg, deactivatedBySystemAdmin: false },
      { id: sysThenOrg, deactivatedBySystemAdmin: false },
      { id: active, deactivatedBySystemAdmin: false },
    ]);
  });
});
