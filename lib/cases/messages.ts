export const CASE_MESSAGES = {
  versionConflict: "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och gör ändringen igen.",
  noEditorOrganization: "Du är inte ärendehandläggare i någon organisation och kan därför inte starta ett ärende.",
  alreadyMember: "Personen är redan med i ärendet.",
  invitationInvalid: "Inbjudan gäller inte längre. Den kan ha använts redan eller ha gått ut. Be den som bjöd in dig om en ny länk.",
  invitationWrongUser: "Inbjudan gäller en annan e-postadress än den du är inloggad med. Logga ut och öppna länken igen.",
  invitationNeedsSignIn: "Det finns redan ett konto för den här e-postadressen. Logga in för att ta emot inbjudan.",
  organizationUnknown: "Den valda organisationen finns inte.",
  organizationNotFound: "Det finns ingen organisation med det namnet. Skriv en del av namnet och välj bland träffarna.",
  organizationAmbiguous: "Flera organisationer har det namnet. Skriv en del av namnet och välj bland träffarna.",
  chooseOwner: "Välj vilken organisation ärendet ska tillhöra.",
} as const;
