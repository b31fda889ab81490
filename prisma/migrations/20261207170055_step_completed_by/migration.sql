-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "stepCompletedBy" JSONB NOT NULL DEFAULT '{}';


-- Cases marked complete before this column: who marked each step still complete, and when, from
-- the audit log ("Är avsnittet klart?" is audited as case.update with the step and the choice).
-- The latest choice per step counts; the person's name as it is now, else the e-mail of the time.
UPDATE "Case" AS c
SET "stepCompletedBy" = marks.by_step
FROM (
  SELECT latest."caseId", jsonb_object_agg(latest.step, jsonb_build_object('name', COALESCE(u."name", latest."actorEmail", ''), 'at', to_char(latest.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) AS by_step
  FROM (
    SELECT DISTINCT ON (a."caseId", a.details->>'step') a."caseId", a.details->>'step' AS step, a."actorUserId", a."actorEmail", a.at, a.details->>'completed' AS completed
    FROM "AuditLog" AS a
    WHERE a.action = 'case.update' AND a.outcome = 'SUCCESS' AND a."caseId" IS NOT NULL AND a.details ? 'completed' AND a.details ? 'step'
    ORDER BY a."caseId", a.details->>'step', a.at DESC
  ) AS latest
  JOIN "Case" AS owner ON owner.id = latest."caseId" AND latest.step = ANY (owner."completedSteps")
  LEFT JOIN "User" AS u ON u.id = latest."actorUserId"
  WHERE latest.completed = 'true'
  GROUP BY latest."caseId"
) AS marks
WHERE c.id = marks."caseId";
