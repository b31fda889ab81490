import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/mail/templates/layout";
import { invitationMail } from "@/lib/mail/templates/invitation";

const data = {
  inviterName: "Nora <Norrström>",
  caseTitle: 'Familjebehandling "A & B"',
  organizationName: "Fjällvikens kommun",
  roleLabel: "Redigerare",
  url: "https://samverka.example/inbjudan/abc_DEF-123456789012345",
  expiresAt: new Date("2026-12-02T13:00:00Z"),
};

describe("the invitation mail template", () => {
  it("says the same in text and HTML: who invites, to what, for whom, the link and its expiry", () => {
    const mail = invitationMail(data);
    expect(mail.subject).toBe('Inbjudan till ärendet ”Familjebehandling "A & B"” i Samverka');
    expect(mail.text).toContain("Nora <Norrström> har bjudit in dig för Fjällvikens kommun till ärendet");
    expect(mail.text).toContain("Du får rollen redigerare.");
    expect(mail.text).toContain(data.url);
    // To the minute, as the organisation invitation says it.
    expect(mail.text).toContain("gäller till 2026-12-02 14:00.");
    expect(mail.html).toContain('<html lang="sv">');
    expect(mail.html).toContain(`href="${data.url}"`);
    expect(mail.html).toContain("Nora &lt;Norrström&gt;");
    expect(mail.html).toContain("&quot;A &amp; B&quot;");
    expect(mail.html).not.toContain("<Norrström>");
  });

  it("leaves out the organisation when the invitee joins for none", () => {
    expect(invitationMail({ ...data, organizationName: null }).text).toContain("har bjudit in dig till ärendet");
  });

  it("escapes every character with a meaning in markup", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
