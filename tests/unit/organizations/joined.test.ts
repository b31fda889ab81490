import { describe, expect, it } from "vitest";
import { joinedMessage, joinedValue } from "@/lib/organizations/joined";

// After accepting an organisation invitation the start page says what the person joined, as
// what. The link that carries it can be typed by anyone, so only a membership held is named.

const memberships = [
  { organizationId: "org-n", organizationName: "Norrströms kommun", role: "LEGAL_REVIEWER" },
  { organizationId: "org-f", organizationName: "Fjällvikens kommun", role: "CASE_EDITOR" },
];

describe("joinedMessage", () => {
  it("names the organisation and the role of a membership the person holds", () => {
    expect(joinedMessage(joinedValue({ organizationId: "org-n", role: "LEGAL_REVIEWER" }), memberships)).toBe("Du är nu med i Norrströms kommun som jurist.");
    expect(joinedMessage(joinedValue({ organizationId: "org-f", role: "CASE_EDITOR" }), memberships)).toBe("Du är nu med i Fjällvikens kommun som ärendehandläggare.");
  });

  it("says nothing of an organisation or a role the person does not hold, or of anything else", () => {
    expect(joinedMessage(joinedValue({ organizationId: "org-n", role: "ORG_ADMIN" }), memberships)).toBeNull();
    expect(joinedMessage(joinedValue({ organizationId: "org-x", role: "CASE_EDITOR" }), memberships)).toBeNull();
    for (const value of [undefined, "", "org-n", ["org-n.LEGAL_REVIEWER"], "org-n.LEGAL_REVIEWER.x", "org-n.toString"]) expect(joinedMessage(value, memberships), String(value)).toBeNull();
  });
});
