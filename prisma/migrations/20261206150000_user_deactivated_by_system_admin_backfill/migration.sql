-- Accounts deactivated before this column existed: a system admin's deactivation is told by the
-- audit log (the account's latest successful "user.deactivate", made by someone who is a system
-- admin), so an organisation admin cannot undo it now either.
UPDATE "User" u SET "deactivatedBySystemAdmin" = true
WHERE u."deactivatedAt" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "UserGlobalRole" g
    WHERE g."role" = 'SYSTEM_ADMIN'
      AND g."userId" = (
        SELECT a."actorUserId" FROM "AuditLog" a
        WHERE a."action" = 'user.deactivate' AND a."outcome" = 'SUCCESS' AND a."details"->>'userId' = u."id"::text
        ORDER BY a."at" DESC
        LIMIT 1
      )
  );
