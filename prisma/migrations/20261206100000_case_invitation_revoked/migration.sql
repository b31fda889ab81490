-- A case's editors can withdraw a pending case invitation: it keeps when and by whom, as an
-- organisation invitation does (20261206090000_organization_invitation_revoked). Nothing to back-fill:
-- case invitations could not be withdrawn before. (Named after the last migration: the helper's
-- timestamp, the machine's clock, sorted before it.)
-- AlterTable
ALTER TABLE "CaseInvitation" ADD COLUMN     "revokedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedByUserId" UUID;
