import { invitationSentText } from "@/lib/invitations/notice";

export const CASE_MESSAGES = {
  versionConflict: "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och gör ändringen igen.",
  noEditorOrganization: "Du är inte ärendehandläggare i någon organisation och kan därför inte starta ett ärende.",
  alreadyMember: "Personen är redan med i ärendet.",
  invitationInvalid: "Inbjudan gäller inte längre. Den kan ha använts redan, ha gått ut eller ha återkallats. Be den som bjöd in dig om en ny länk.",
  /** The invitation's own page and its acceptance, for a link one of the case's editors has withdrawn. */
  linkRevoked: "Inbjudan är återkallad av den som bjöd in dig eller av någon annan i ärendet, och kan inte användas. Be den som bjöd in dig om en ny om du ska vara med.",
  /** The same for a link whose invitation a newer one to the same case and address replaced. */
  linkReplaced: "Inbjudan har ersatts av en nyare inbjudan till samma e-postadress och kan inte användas. Använd länken i den nyare inbjudan. Fungerar inte heller den, be den som bjöd in dig om en ny.",
  /** The same for a link whose time has run out. */
  linkExpired: "Inbjudan har gått ut och kan inte användas längre. Be den som bjöd in dig om en ny länk.",
  invitationNotPending: "Inbjudan väntar inte längre på svar: den har redan tagits emot, gått ut eller återkallats. Ladda om sidan för att se de inbjudningar som gäller.",
  /** A sent invitation; one it replaced (lib/cases/invitations.ts) no longer works. */
  invitationSent: (email: string, replaced: number) => invitationSentText(email, replaced, "samma adress"),
  invitationRevoked: (email: string) => `Inbjudan till ${email} är återkallad. Länken i e-postmeddelandet fungerar inte längre.`,
  invitationWrongUser: "Inbjudan gäller en annan e-postadress än den du är inloggad med. Logga ut och öppna länken igen.",
  invitationNeedsSignIn: "Det finns redan ett konto för den här e-postadressen. Logga in för att ta emot inbjudan.",
  organizationUnknown: "Den valda organisationen finns inte.",
  organizationNotFound: "Det finns ingen organisation med det namnet. Skriv en del av namnet och välj bland träffarna.",
  organizationAmbiguous: "Flera organisationer har det namnet. Skriv en del av namnet och välj bland träffarna.",
  chooseOwner: "Välj vilken organisation ärendet ska tillhöra.",
} as const;
