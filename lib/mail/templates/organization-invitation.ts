import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { OrgRole } from "@/lib/db/generated/enums";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STOCKHOLM_TIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "short" });

/** The mail an organisation admin's invitation sends: who invites, to which organisation, with which role. */
export function organizationInvitationMail(input: {
  inviterName: string;
  organizationName: string;
  role: OrgRole;
  url: string;
  expiresAt: Date;
}): MailContent {
  const role = ORG_ROLE_LABELS[input.role].toLowerCase();
  const expires = STOCKHOLM_TIME.format(input.expiresAt);
  const subject = `Inbjudan till ${input.organizationName} i Samverka`;
  const lines = [
    `${input.inviterName} har bjudit in dig till ${input.organizationName} i Samverka, med rollen ${role}.`,
    "",
    `Öppna länken för att ta emot inbjudan: ${input.url}`,
    "",
    `Länken kan användas en gång och gäller till ${expires}.`,
    "Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.",
  ];
  const html = [
    `<p>${escapeHtml(input.inviterName)} har bjudit in dig till ${escapeHtml(input.organizationName)} i Samverka, med rollen ${escapeHtml(role)}.</p>`,
    `<p><a href="${escapeHtml(input.url)}">Ta emot inbjudan</a></p>`,
    `<p>Länken kan användas en gång och gäller till ${escapeHtml(expires)}. Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.</p>`,
  ].join("\n");
  return { subject, text: lines.join("\n"), html };
}
