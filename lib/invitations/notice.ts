import { z } from "zod";

// What an invitation section (an organisation's page, a case's participants) says after an
// invitation was sent or withdrawn without JavaScript (the action redirects there with
// ?inbjudan=…; with JavaScript the form's state says it).

export const INVITATION_NOTICE_PARAM = "inbjudan";

export const INVITATION_NOTICES = {
  skickad: "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar.",
  aterkallad: "Inbjudan är återkallad. Länken i e-postmeddelandet fungerar inte längre.",
} as const;

export type InvitationNotice = keyof typeof INVITATION_NOTICES;

const noticeSchema = z.enum(Object.keys(INVITATION_NOTICES) as [InvitationNotice, ...InvitationNotice[]]);

/** The text for ?inbjudan=…, or undefined for none, a repeated one or an unknown value (shown as nothing). */
export function invitationNoticeOf(value: unknown): string | undefined {
  const parsed = noticeSchema.safeParse(value);
  return parsed.success ? INVITATION_NOTICES[parsed.data] : undefined;
}

/**
 * "En inbjudan har skickats till x." and, when it replaced invitations still pending to the same
 * address (`same`: "samma adress", "samma adress och roll"), that those no longer work: the sender
 * may otherwise think the person holds two links.
 */
export function invitationSentText(email: string, replaced: number, same: string): string {
  const earlier =
    replaced === 0 ? "" : replaced === 1 ? ` Den tidigare inbjudan till ${same} gäller inte längre.` : ` De tidigare inbjudningarna till ${same} gäller inte längre.`;
  return `En inbjudan har skickats till ${email}.${earlier}`;
}
