// An invitation's state (to an organisation or to a case), read from its own columns. A withdrawn
// invitation keeps its expiry (revokedAt says it was withdrawn). An invitation replaced by a new
// one (to an organisation: the same address and role; to a case: the same address) ends by its
// expiry moving to that moment, and replacedByInvitationId says why; one made redundant when another link for it was taken ends the
// same way, and reads as expired.

export type InvitationState = "PENDING" | "ACCEPTED" | "REVOKED" | "REPLACED" | "EXPIRED";

export interface InvitationStateFields {
  usedAt: Date | null;
  revokedAt: Date | null;
  /** The newer invitation that replaced this one. */
  replacedByInvitationId?: string | null;
  expiresAt: Date;
}

/** Taken first (it cannot be withdrawn afterwards), then withdrawn, then replaced, then expired; otherwise pending. */
export function invitationState(invitation: InvitationStateFields, now: Date = new Date()): InvitationState {
  if (invitation.usedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.replacedByInvitationId) return "REPLACED";
  if (invitation.expiresAt <= now) return "EXPIRED";
  return "PENDING";
}

/** How far back the organisation page lists invitations that ended without being taken. */
export const ENDED_INVITATIONS_DAYS = 30;

/** How the admin page and the invitation's own page name each state. */
export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  PENDING: "Väntar på svar",
  ACCEPTED: "Har tagits emot",
  REVOKED: "Återkallad",
  REPLACED: "Ersatt av en nyare inbjudan",
  EXPIRED: "Har gått ut",
};

/** The moment an invitation that no longer waits ended: taken, withdrawn or expired. */
export function invitationEndedAt(invitation: InvitationStateFields, now: Date = new Date()): Date | null {
  switch (invitationState(invitation, now)) {
    case "ACCEPTED":
      return invitation.usedAt;
    case "REVOKED":
      return invitation.revokedAt;
    case "REPLACED":
    case "EXPIRED":
      return invitation.expiresAt;
    default:
      return null;
  }
}
