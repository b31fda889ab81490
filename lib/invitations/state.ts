// An invitation's state (to an organisation or to a case), read from its own columns. A withdrawn
// invitation keeps its expiry (revokedAt says it was withdrawn); an organisation invitation replaced
// by a new one to the same address and role, or made redundant when another link for it was
// taken, ends by its expiry moving to that moment, and so reads as expired.

export type InvitationState = "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";

export interface InvitationStateFields {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/** Taken first (it cannot be withdrawn afterwards), then withdrawn, then expired; otherwise pending. */
export function invitationState(invitation: InvitationStateFields, now: Date = new Date()): InvitationState {
  if (invitation.usedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
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
  EXPIRED: "Har gått ut",
};

/** The moment an invitation that no longer waits ended: taken, withdrawn or expired. */
export function invitationEndedAt(invitation: InvitationStateFields, now: Date = new Date()): Date | null {
  switch (invitationState(invitation, now)) {
    case "ACCEPTED":
      return invitation.usedAt;
    case "REVOKED":
      return invitation.revokedAt;
    case "EXPIRED":
      return invitation.expiresAt;
    default:
      return null;
  }
}
