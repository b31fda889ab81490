-- An organisation invitation replaced by a newer one to the same address and role is told from an
-- expired one by its own column: until now the replacement moved "expiresAt" to its moment, and
-- the old link said "Har gått ut". (Named after the last migration: the helper's timestamp, the
-- machine's clock, sorted before it.)
-- AlterTable
ALTER TABLE "OrganizationInvitation" ADD COLUMN     "replacedByInvitationId" UUID;

-- Invitations replaced before this migration: the newer invitation to the same organisation,
-- address and role was created in the transaction that moved the old one's "expiresAt", so its
-- "createdAt" (the transaction's start) lies just before that moment (up to a second after it, for
-- an app clock running behind the database's). One that expired by itself, or ended when another
-- link was taken, has no invitation created then, and stays expired.
UPDATE "OrganizationInvitation" AS i
SET "replacedByInvitationId" = (
  SELECT n.id FROM "OrganizationInvitation" AS n
  WHERE n."organizationId" = i."organizationId"
    AND n.email = i.email
    AND n.role = i.role
    AND n.id <> i.id
    AND n."createdAt" > i."createdAt"
    AND n."createdAt" BETWEEN i."expiresAt" - interval '1 minute' AND i."expiresAt" + interval '1 second'
  ORDER BY n."createdAt" ASC, n.id ASC
  LIMIT 1
)
WHERE i."usedAt" IS NULL
  AND i."revokedAt" IS NULL;
