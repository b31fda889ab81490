import { describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { listMigrations, migrate } from "../../scripts/lib/migrate.mjs";
import { migrationsUpTo, query } from "./helpers/raw-sql";

// Before stepCompletedBy, only the audit log said who marked a step complete ("Är avsnittet
// klart?" is audited as case.update with the step and the choice). The migration reads it, so
// the steps still complete say who marked them, and a step marked complete and then not says nothing.
describe("the migration that gives cases stepCompletedBy", () => {
  const serverUrl = inject("serverUrl");

  it("gives each step still complete its latest marking from the audit log, by the person's name", async () => {
    const url = await createFreshDatabase(serverUrl, "samverka_mig_step_completed_by");
    const all = listMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_step_completed_by"));
    expect(at).toBeGreaterThan(0);
    await migrate(url, { dir: migrationsUpTo(at) });

    const org = "00000000-0000-4000-8000-000000000001";
    const anna = "00000000-0000-4000-8000-000000000002";
    const marked = "00000000-0000-4000-8000-000000000003";
    const untouched = "00000000-0000-4000-8000-000000000004";
    await query(
      url,
      `INSERT INTO "Organization" (id, name, type, "updatedAt") VALUES ('${org}', 'Norrström', 'KOMMUN', now());
       INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('${anna}', 'Anna Andersson', 'anna@x.test', now());
       INSERT INTO "Case" (id, title, "ownerOrganizationId", "completedSteps", "updatedAt") VALUES
         ('${marked}', 'A', '${org}', ARRAY['1', '2A:ekonomi', '2A:organisation', '4'], now()),
         ('${untouched}', 'B', '${org}', ARRAY['1'], now());
       INSERT INTO "AuditLog" (id, at, "actorUserId", "actorEmail", action, "caseId", outcome, details) VALUES
         (gen_random_uuid(), '2026-12-01 10:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'SUCCESS', '{"step":"1","completed":true}'),
         (gen_random_uuid(), '2026-12-02 10:00:00+00', NULL, 'bo@gone.test', 'case.update', '${marked}', 'SUCCESS', '{"step":"2A:ekonomi","completed":true}'),
         (gen_random_uuid(), '2026-12-03 10:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'SUCCESS', '{"step":"3A","completed":true}'),
         (gen_random_uuid(), '2026-12-04 10:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'SUCCESS', '{"step":"3A","completed":false}'),
         (gen_random_uuid(), '2026-12-05 10:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'DENIED', '{"step":"1","completed":true}'),
         -- A change of the title is a case.update too, without a step.
         (gen_random_uuid(), '2026-12-05 11:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'SUCCESS', '{"title":"A"}'),
         -- The whole of 2A marked complete once; its organisation topic took over from it.
         (gen_random_uuid(), '2026-11-30 10:00:00+00', '${anna}', 'anna@x.test', 'case.update', '${marked}', 'SUCCESS', '{"step":"2A","completed":true}'),
         -- The demo seed's row names nobody.
         (gen_random_uuid(), '2026-11-29 10:00:00+00', NULL, 'demodata', 'case.update', '${marked}', 'SUCCESS', '{"step":"4","completed":true,"seeded":true}');`,
    );

    expect(await migrate(url, { dir: migrationsUpTo(at + 1) })).toEqual([all[at]!.name]);
    const rows = await query<{ id: string; stepCompletedBy: unknown }>(url, `SELECT id, "stepCompletedBy" FROM "Case" ORDER BY id`);
    expect(rows).toEqual([
      {
        id: marked,
        stepCompletedBy: {
          "1": { name: "Anna Andersson", at: "2026-12-01T10:00:00.000Z" },
          // A person no longer in the database is named by the address of the time.
          "2A:ekonomi": { name: "bo@gone.test", at: "2026-12-02T10:00:00.000Z" },
          "2A:organisation": { name: "Anna Andersson", at: "2026-11-30T10:00:00.000Z" },
        },
      },
      { id: untouched, stepCompletedBy: {} },
    ]);
  });
});
