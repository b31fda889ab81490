-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "stepCompletedBy" JSONB NOT NULL DEFAULT '{}';


-- Cases marked complete before this column: who marked each step still complete, and when, from
-- the audit log ("Är avsnittet klart?" is audited as case.update with the step and the choice).
-- The latest choice per step counts (ties broken by id); a topic of step 2A ("2A:ekonomi") that
-- took over from the whole step's "2A" counts that row too. The person's name as it is now, else
-- the address of the time; the demo seed's rows (details.seeded, by "demodata") name nobody.
UPDATE "Case" AS c
SET "stepCompletedBy" = marks.by_step
FROM (
  SELECT owner.id AS case_id,
         jsonb_object_agg(s.step, jsonb_build_object('name', latest.name, 'at', to_char(latest.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) AS by_step
  FROM "Case" AS owner
  CROSS JOIN LATERAL unnest(owner."completedSteps") AS s(step)
  CROSS JOIN LATERAL (
    SELECT COALESCE(NULLIF(u."name", ''), a."actorEmail") AS name, a.at, a.details->>'completed' AS completed, a.details ? 'seeded' AS seeded
    FROM "AuditLog" AS a
    LEFT JOIN "User" AS u ON u.id = a."actorUserId"
    WHERE a."caseId" = owner.id
      AND a.action = 'case.update'
      AND a.outcome = 'SUCCESS'
      AND a.details ? 'completed'
      AND (a.details->>'step' = s.step OR (position(':' IN s.step) > 0 AND a.details->>'step' = split_part(s.step, ':', 1)))
    ORDER BY a.at DESC, a.id DESC
    LIMIT 1
  ) AS latest
  WHERE latest.completed = 'true'
    AND NOT latest.seeded
    AND COALESCE(latest.name, '') <> ''
  GROUP BY owner.id
) AS marks
WHERE c.id = marks.case_id;
