import { describe, expect, it } from "vitest";
import { InvitationEndedError, endedInvitationReason } from "@/lib/invitations/ended";

const MESSAGES = { REVOKED: "återkallad", EXPIRED: "har gått ut", invalid: "gäller inte" };

// A link's page names a withdrawn or expired invitation; a used or unknown one says only that it
// does not work (its holder may be someone the mail was forwarded to).
describe("an invitation link that no longer works", () => {
  it("names withdrawn and expired, and nothing else", () => {
    expect([new InvitationEndedError("REVOKED", MESSAGES).state, new InvitationEndedError("REVOKED", MESSAGES).userMessage]).toEqual(["REVOKED", "återkallad"]);
    expect(new InvitationEndedError("EXPIRED", MESSAGES).userMessage).toBe("har gått ut");
    // Replaced, where invitations are replaced (organisations); elsewhere the general message.
    const replaced = new InvitationEndedError("REPLACED", { ...MESSAGES, REPLACED: "ersatt" });
    expect([replaced.state, replaced.userMessage]).toEqual(["REPLACED", "ersatt"]);
    expect([new InvitationEndedError("REPLACED", MESSAGES).state, new InvitationEndedError("REPLACED", MESSAGES).userMessage]).toEqual([null, "gäller inte"]);
    for (const state of ["ACCEPTED", "PENDING", null] as const) {
      const error = new InvitationEndedError(state, MESSAGES);
      expect([error.code, error.state, error.userMessage]).toEqual(["NOT_FOUND", null, "gäller inte"]);
    }
  });

  it("is audited with a reason the log translates", () => {
    expect(endedInvitationReason("REVOKED")).toBe("revoked invitation");
    expect(endedInvitationReason("EXPIRED")).toBe("used or expired invitation");
    expect(endedInvitationReason("REPLACED")).toBe("replaced invitation");
    expect(endedInvitationReason("ACCEPTED")).toBe("used or expired invitation");
    expect(endedInvitationReason(null)).toBe("unknown invitation");
  });
});
