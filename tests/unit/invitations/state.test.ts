import { describe, expect, it } from "vitest";
import { INVITATION_STATE_LABELS, invitationEndedAt, invitationState } from "@/lib/invitations/state";

const now = new Date("2026-12-06T12:00:00Z");
const later = new Date("2026-12-10T12:00:00Z");
const earlier = new Date("2026-12-05T12:00:00Z");

// A withdrawn invitation could not be told from an expired one: withdrawal moved expiresAt.
describe("an organisation invitation's state", () => {
  it("is withdrawn when revokedAt is set, whatever its expiry", () => {
    expect(invitationState({ usedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe("REVOKED");
    expect(invitationState({ usedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("REVOKED");
    expect(invitationEndedAt({ usedAt: null, revokedAt: earlier, expiresAt: later }, now)).toEqual(earlier);
  });

  it("is expired when its time has passed and it was not withdrawn", () => {
    expect(invitationState({ usedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("EXPIRED");
    expect(invitationState({ usedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("EXPIRED");
    expect(invitationEndedAt({ usedAt: null, revokedAt: null, expiresAt: earlier }, now)).toEqual(earlier);
  });

  it("is taken once used, and pending otherwise", () => {
    expect(invitationState({ usedAt: earlier, revokedAt: null, expiresAt: later }, now)).toBe("ACCEPTED");
    expect(invitationState({ usedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("PENDING");
    expect(invitationEndedAt({ usedAt: null, revokedAt: null, expiresAt: later }, now)).toBeNull();
  });

  // Found by a tester: the link of an invitation replaced by a newer one said "Har gått ut".
  it("is replaced when a newer invitation replaced it, though its expiry moved to that moment", () => {
    expect(invitationState({ usedAt: null, revokedAt: null, replacedByInvitationId: "ny", expiresAt: earlier }, now)).toBe("REPLACED");
    expect(invitationEndedAt({ usedAt: null, revokedAt: null, replacedByInvitationId: "ny", expiresAt: earlier }, now)).toEqual(earlier);
    // Taken or withdrawn says so first; without the column set it reads as before.
    expect(invitationState({ usedAt: earlier, revokedAt: null, replacedByInvitationId: "ny", expiresAt: later }, now)).toBe("ACCEPTED");
    expect(invitationState({ usedAt: null, revokedAt: earlier, replacedByInvitationId: "ny", expiresAt: earlier }, now)).toBe("REVOKED");
    expect(invitationState({ usedAt: null, revokedAt: null, replacedByInvitationId: null, expiresAt: earlier }, now)).toBe("EXPIRED");
  });

  it("is named as the product names it", () => {
    expect(INVITATION_STATE_LABELS.REPLACED).toBe("Ersatt av en nyare inbjudan");
    expect(INVITATION_STATE_LABELS.REVOKED).toBe("Återkallad");
    expect(INVITATION_STATE_LABELS.EXPIRED).toBe("Har gått ut");
  });
});
