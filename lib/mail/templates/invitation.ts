import { htmlDocument, link, paragraph } from "./layout";
import type { RenderedMail } from "./types";

const STOCKHOLM_TIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "short" });

export interface InvitationMailData {
  inviterName: string;
  caseTitle: string;
  /** The partner organisation the invitee joins for, if any. */
  organizationName: string | null;
  /** The role as the user sees it, e.g. "Redigerare". */
  roleLabel: string;
  url: string;
  expiresAt: Date;
}

/** The invitation to a case: a single-use link. */
export function invitationMail(data: InvitationMailData): RenderedMail {
  const behalf = data.organizationName ? ` för ${data.organizationName}` : "";
  // To the minute, as the organisation invitation says it (a walk read seconds in one and not the other).
  const expires = STOCKHOLM_TIME.format(data.expiresAt);
  const subject = `Inbjudan till ärendet ”${data.caseTitle}” i Samverka`;
  const intro = `${data.inviterName} har bjudit in dig${behalf} till ärendet ”${data.caseTitle}” i Samverka.`;
  const role = `Du får rollen ${data.roleLabel.toLowerCase()}.`;
  const validity = `Länken kan användas en gång och gäller till ${expires}.`;
  const ignore = "Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.";
  return {
    subject,
    text: [intro, role, "", `Öppna länken för att ta emot inbjudan: ${data.url}`, "", validity, ignore].join("\n"),
    html: htmlDocument(
      subject,
      [paragraph(intro), paragraph(role), `<p style="margin:0 0 16px">${link(data.url, "Ta emot inbjudan")}</p>`, paragraph(validity), paragraph(ignore)].join("\n"),
    ),
  };
}
