export const ORGANIZATION_MESSAGES = {
  alreadyMember: "Personen har redan den rollen i organisationen.",
  deactivatedAccount: "Kontot med den här e-postadressen är inaktiverat. Kontakta systemadministratören.",
  lastAdmin: "Organisationen måste ha minst en aktiv organisationsadministratör. Ge någon annan rollen först.",
  notMember: "Personen finns inte i organisationen.",
  invitationInvalid: "Inbjudan gäller inte längre. Den kan redan ha använts eller ha gått ut. Be den som bjöd in dig om en ny.",
  invitationWrongUser: "Inbjudan gäller en annan e-postadress än den du är inloggad med. Logga ut och öppna länken igen.",
  invitationNeedsSignIn: "Det finns redan ett konto med den här e-postadressen. Logga in först och öppna sedan länken igen.",
  conflict: "Det finns redan en organisation med samma namn och typ, eller med samma kod.",
  nameTaken: (name: string, type: string) => `Det finns redan en ${type.toLowerCase()} som heter ”${name}”. Namn skiljer sig inte bara i stora och små bokstäver.`,
  codeTaken: (code: string, name: string) => `Koden ${code} har redan ”${name}”.`,
} as const;
