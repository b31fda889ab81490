// What an invitation section (an organisation's page, a case's participants) says after an
// invitation was sent or withdrawn without JavaScript (the action redirects there with
// ?inbjudan=…; with JavaScript the form's state says it). The value carries what was done and the
// invitation's id, never its address: an address in the URL would stand in server logs and the
// browser's history. The page looks the id up among its own invitations to name the address.

import { isUuid } from "@/lib/cases/ids";

export const INVITATION_NOTICE_PARAM = "inbjudan";

/** What the section says when the value names no invitation of its own (an older address without an id, an id changed by hand). */
export const INVITATION_NOTICES = {
  skickad: "En inbjudan har skickats. Personen får en länk i e-post som gäller i sju dagar.",
  aterkallad: "Inbjudan är återkallad. Länken i e-postmeddelandet fungerar inte längre.",
} as const;

export type InvitationNotice = keyof typeof INVITATION_NOTICES;

const VALUE = /^(skickad|aterkallad)(?:\.([0-9a-fA-F-]{36}))?$/;

/** The value of ?inbjudan=… after `done` to one invitation: "skickad.<id>" (only what was done if the id is no UUID). */
export function invitationNoticeValue(done: InvitationNotice, invitationId: string): string {
  return isUuid(invitationId) ? `${done}.${invitationId.toLowerCase()}` : done;
}

/** What ?inbjudan=… says was done, and to which invitation (null: none named). */
export interface ReadNotice {
  done: InvitationNotice;
  invitationId: string | null;
}

/** The value read, or undefined for none, a repeated one or an unknown value (shown as nothing). */
export function readInvitationNotice(value: unknown): ReadNotice | undefined {
  const match = typeof value === "string" ? VALUE.exec(value) : null;
  if (!match) return undefined;
  const id = isUuid(match[2]) ? match[2].toLowerCase() : null;
  return { done: match[1] as InvitationNotice, invitationId: id };
}

/** The invitation a notice names, as the page found it among its own invitations. */
export interface NoticedInvitation {
  email: string;
  revoked: boolean;
  /** How many pending invitations it replaced when it was sent. */
  replaced: number;
  /** The roles of other invitations to the same address that still wait (an organisation's; a case's replace each other). */
  alsoPendingAs?: readonly string[];
}

/** The texts a section's forms answer with JavaScript, which the notice repeats when it can name the address. */
export interface NoticeTexts {
  invitationSent(email: string, replaced: number, alsoPendingAs?: readonly string[]): string;
  invitationRevoked(email: string): string;
}

/**
 * The notice's text: the one the form answers with JavaScript when the named invitation is one of
 * the page's own (and, for a withdrawal, was withdrawn), otherwise the general one.
 */
export function invitationNoticeOf(notice: ReadNotice | undefined, noticed: NoticedInvitation | null, texts: NoticeTexts): string | undefined {
  if (!notice) return undefined;
  if (noticed && notice.done === "skickad") return texts.invitationSent(noticed.email, noticed.replaced, noticed.alsoPendingAs ?? []);
  if (noticed?.revoked && notice.done === "aterkallad") return texts.invitationRevoked(noticed.email);
  return INVITATION_NOTICES[notice.done];
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
