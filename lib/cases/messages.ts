import { INVITATION_MESSAGES } from "@/lib/invitations/messages";
import { invitationSentText } from "@/lib/invitations/notice";

export const CASE_MESSAGES = {
  /**
   * A jurist reviews and approves for one party; the party appoints its own (a walk: Norrström's
   * editor invited Norrström's jurist to review for Fjällviken, and nothing asked Fjällviken).
   */
  reviewerForOtherParty: (party: string) =>
    `Bara den som arbetar för ${party} i ärendet kan bjuda in en jurist för ${party}: varje part utser sin egen jurist. Bjud in en redigerare från ${party}, som sedan bjuder in partens jurist.`,
  /** The same, to a partner's editor who left the organisation empty (which means the owner). */
  reviewerForOwnPartyNotChosen: (owner: string, own: string) =>
    `Utan vald partnerorganisation granskar juristen för ${owner}, och den juristen utser ${owner} själv. Välj ${own} som partnerorganisation om juristen ska granska för er.`,
  ...INVITATION_MESSAGES,
  versionConflict: "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och gör ändringen igen.",
  noEditorOrganization: "Du är inte ärendehandläggare i någon organisation och kan därför inte starta ett ärende.",
  alreadyMember: "Personen är redan med i ärendet.",
  /** The invitation's own page and its acceptance, for a link one of the case's editors has withdrawn. */
  linkRevoked: "Inbjudan är återkallad av den som bjöd in dig eller av någon annan i ärendet, och kan inte användas. Be den som bjöd in dig om en ny om du ska vara med.",
  /** A sent invitation; one it replaced (lib/cases/invitations.ts) no longer works. */
  invitationSent: (email: string, replaced: number) => invitationSentText(email, replaced, "samma adress"),
  /** Under the general message of a used or unknown link, to someone not signed in (app/inbjudan/[token]/page.tsx). */
  invitationTaken: { question: "Har du redan tagit emot inbjudan?", link: "Logga in för att komma till ärendet" },
  invitationNeedsSignIn: "Det finns redan ett konto för den här e-postadressen. Logga in för att ta emot inbjudan.",
  organizationUnknown: "Den valda organisationen finns inte.",
  organizationNotFound: "Det finns ingen organisation med det namnet. Skriv en del av namnet och välj bland träffarna.",
  organizationAmbiguous: "Flera organisationer har det namnet. Skriv en del av namnet och välj bland träffarna.",
  chooseOwner: "Välj vilken organisation ärendet ska tillhöra.",
} as const;
