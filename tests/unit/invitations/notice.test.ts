import { describe, expect, it } from "vitest";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { INVITATION_NOTICES, invitationNoticeOf, invitationNoticeValue, readInvitationNotice } from "@/lib/invitations/notice";
import { ORGANIZATION_MESSAGES } from "@/lib/organizations/messages";

const ID = "3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f";

// Without JavaScript the notice said "En inbjudan har skickats." without the address: the address
// must not stand in the URL (logs, history), so the notice carries the invitation's id, which the
// page looks up among its own invitations.
describe("the notice's value", () => {
  it("carries what was done and the invitation's id, and reads back", () => {
    expect(invitationNoticeValue("skickad", ID)).toBe(`skickad.${ID}`);
    expect(readInvitationNotice(`skickad.${ID}`)).toEqual({ done: "skickad", invitationId: ID });
    expect(readInvitationNotice(`aterkallad.${ID.toUpperCase()}`)).toEqual({ done: "aterkallad", invitationId: ID });
    // The value without an id (an address from before) still reads, naming no invitation.
    expect(readInvitationNotice("skickad")).toEqual({ done: "skickad", invitationId: null });
  });

  it("leaves out an id that is no UUID, and reads nothing from an unknown or repeated value", () => {
    expect(invitationNoticeValue("aterkallad", "x@y.se")).toBe("aterkallad");
    for (const value of [`skickad.${ID}x`, "skickad.x@y.se", "<b>x</b>", "Skickad", "", [`skickad.${ID}`, "skickad"], undefined]) {
      expect(readInvitationNotice(value), String(value)).toBeUndefined();
    }
  });
});

describe("the notice's text", () => {
  const sent = readInvitationNotice(`skickad.${ID}`);
  const withdrawn = readInvitationNotice(`aterkallad.${ID}`);

  it("names the address of the page's own invitation, in the words of the form's answer with JavaScript", () => {
    expect(invitationNoticeOf(sent, { email: "x@y.se", revoked: false, replaced: 0 }, CASE_MESSAGES)).toBe("En inbjudan har skickats till x@y.se.");
    expect(invitationNoticeOf(withdrawn, { email: "x@y.se", revoked: true, replaced: 0 }, CASE_MESSAGES)).toBe(CASE_MESSAGES.invitationRevoked("x@y.se"));
  });

  it("says when the sent invitation replaced an earlier one to the same address", () => {
    expect(invitationNoticeOf(sent, { email: "x@y.se", revoked: false, replaced: 1 }, CASE_MESSAGES)).toBe(
      "En inbjudan har skickats till x@y.se. Den tidigare inbjudan till samma adress gäller inte längre.",
    );
    expect(invitationNoticeOf(sent, { email: "x@y.se", revoked: false, replaced: 2 }, CASE_MESSAGES)).toBe(
      "En inbjudan har skickats till x@y.se. De tidigare inbjudningarna till samma adress gäller inte längre.",
    );
    // An organisation's invitation replaces only one to the same address and role.
    expect(invitationNoticeOf(sent, { email: "x@y.se", revoked: false, replaced: 1 }, ORGANIZATION_MESSAGES)).toBe(
      "En inbjudan har skickats till x@y.se. Den tidigare inbjudan till samma adress och roll gäller inte längre.",
    );
  });

  it("falls back to the general words when the page found no invitation of its own, or it was not withdrawn", () => {
    expect(invitationNoticeOf(sent, null, CASE_MESSAGES)).toBe(INVITATION_NOTICES.skickad);
    expect(invitationNoticeOf(withdrawn, null, ORGANIZATION_MESSAGES)).toBe(INVITATION_NOTICES.aterkallad);
    expect(invitationNoticeOf(withdrawn, { email: "x@y.se", revoked: false, replaced: 0 }, CASE_MESSAGES)).toBe(INVITATION_NOTICES.aterkallad);
    expect(invitationNoticeOf(undefined, { email: "x@y.se", revoked: true, replaced: 0 }, CASE_MESSAGES)).toBeUndefined();
  });
});
