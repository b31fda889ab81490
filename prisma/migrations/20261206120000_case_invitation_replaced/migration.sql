-- A newer case invitation to the same case and address replaces one still pending, as an
-- organisation invitation does (20261206110000_organization_invitation_replaced), and the old
-- link says so. Nothing to back-fill: case invitations were never replaced before, so none ended
-- that way; two pending invitations to one address made before this stay as they are until the
-- next invitation to that address replaces both. (Named after the last migration: the helper's
-- timestamp, the machine's clock, sorted before it.)
-- AlterTable
ALTER TABLE "CaseInvitation" ADD COLUMN     "replacedByInvitationId" UUID;
