-- A withdrawn organisation invitation is told from an expired one by its own columns: until now
-- a withdrawal moved "expiresAt" to the moment of withdrawal, and only the audit log said why.
-- AlterTable
ALTER TABLE "OrganizationInvitation" ADD COLUMN     "revokedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedByUserId" UUID;

-- Invitations withdrawn before this migration: the audit entry of the withdrawal says when and
-- by whom (its details hold the invitation's id). Their "expiresAt" stays the moment of withdrawal.
UPDATE "OrganizationInvitation" AS i
SET "revokedAt" = a."at", "revokedByUserId" = a."actorUserId"
FROM "AuditLog" AS a
WHERE a."action" = 'organization.invitation.revoke'
  AND a."outcome" = 'SUCCESS'
  AND a."details"->>'invitationId' = i."id"::text
  AND i."usedAt" IS NULL
  AND i."revokedAt" IS NULL;
