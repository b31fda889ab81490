import { INVITATION_MESSAGES } from "@/lib/invitations/messages";
import { invitationSentText } from "@/lib/invitations/notice";
import { joinList } from "@/lib/format/count";

export const ORGANIZATION_MESSAGES = {
  ...INVITATION_MESSAGES,
  alreadyMember: "Personen har redan den rollen i organisationen.",
  /** The invited person already has the invited role. */
  alreadyHasRole: (person: string, role: string, organization: string) => `${person} har redan rollen ${role} i ${organization}.`,
  /**
   * The invited person is a member with other roles. A member's roles are changed on the member
   * list (organization.member.update, which the same roles may do), so no invitation is sent.
   */
  memberWithOtherRole: (person: string, roles: string, role: string, roleLabel: string, organization: string) =>
    `${person} är redan med i ${organization} som ${roles}. En inbjudan behövs inte: ge personen rollen ${role} under Personer ovan, genom att kryssa i ${roleLabel} och välja Spara roller.`,
  /**
   * An address on a domain none of the organisation's members uses (lib/organizations/address-domain.ts):
   * a mistyped address, or a colleague at another municipality, would get the role. Asked, not refused.
   */
  unfamiliarDomain: (domain: string, organization: string, usedBy: string | undefined) =>
    `Ingen i ${organization} har en e-postadress på ${domain}${usedBy ? `, men det har personer i ${usedBy}` : ""}. Kontrollera adressen: den som tar emot inbjudan får rollen i ${organization}. Kryssa i rutan ”Adressen är rätt” om den är det, och skicka inbjudan igen.`,
  /** The box that confirms it. */
  confirmAddressLabel: "Adressen är rätt",
  deactivatedAccount: "Kontot med den här e-postadressen är inaktiverat. Kontakta den som bjöd in dig, eller en systemadministratör.",
  /** To the admin who invites: deactivation is undone where the person is listed, not by a new invitation. */
  deactivatedAccountInvited:
    "Kontot med den här e-postadressen är inaktiverat. Har personen knappen ”Aktivera igen” under ”Inaktiverade konton” på den här sidan kan du aktivera kontot där; annars kan en systemadministratör göra det.",
  lastAdmin: "Organisationen måste ha minst en aktiv organisationsadministratör. Ge någon annan rollen först.",
  notMember: "Personen finns inte i organisationen.",
  /** The invitation's own page and its acceptance, for a link an admin has withdrawn. */
  linkRevoked: "Inbjudan är återkallad av organisationen och kan inte användas. Be den som bjöd in dig om en ny om du ska vara med.",
  invitationNeedsSignIn: "Det finns redan ett konto med den här e-postadressen. Logga in först och öppna sedan länken igen.",
  /** A sent invitation; one it replaced (the same address and role, lib/organizations/admin.ts) no longer works. */
  /**
   * An invitation replaces only one to the same address and role: one with another role still
   * works, and each that is taken gives its role. Said, or the sender may think the new one took
   * the other's place (a walk found two pending side by side, unexplained).
   */
  invitationSent: (email: string, replaced: number, alsoPendingAs: readonly string[] = []) =>
    invitationSentText(email, replaced, "samma adress och roll") +
    (alsoPendingAs.length === 0
      ? ""
      : alsoPendingAs.length === 1
        ? ` Till samma adress väntar också en inbjudan med rollen ${alsoPendingAs[0]}. Den gäller fortfarande, och varje inbjudan som tas emot ger sin roll. Återkalla den under ”Inbjudningar som inte har tagits emot” om den inte ska gälla.`
        : ` Till samma adress väntar också inbjudningar med rollerna ${joinList(alsoPendingAs)}. De gäller fortfarande, och varje inbjudan som tas emot ger sin roll. Återkalla dem under ”Inbjudningar som inte har tagits emot” om de inte ska gälla.`),
  conflict: "Det finns redan en organisation med samma namn och typ, eller med samma kod.",
  nameTaken: (name: string, type: string) => `Det finns redan en ${type.toLowerCase()} som heter ”${name}”. Namn som bara skiljer sig i stora och små bokstäver räknas som samma namn.`,
  codeTaken: (code: string, name: string) => `Koden ${code} har redan ”${name}”.`,
} as const;

/** "1 organisation", "312 organisationer" (lib/format's formatCount). */
export const ORGANIZATION_NOUN = ["organisation", "organisationer"] as const;
