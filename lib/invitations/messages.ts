// What an invitation's link and its sender are told, the same for a case's invitation and an
// organisation's. Each feature's own messages (lib/cases/messages.ts,
// lib/organizations/messages.ts) include these and add what differs: who withdrew a link, what
// a replacement replaces, how to sign in.

export const INVITATION_MESSAGES = {
  invitationInvalid: "Inbjudan gäller inte längre. Den kan redan ha använts, ha gått ut eller ha återkallats. Be den som bjöd in dig om en ny länk.",
  /** A link whose invitation a newer one to the same address replaced. */
  linkReplaced: "Inbjudan har ersatts av en nyare inbjudan till samma e-postadress och kan inte användas. Använd länken i den nyare inbjudan. Fungerar inte heller den, be den som bjöd in dig om en ny.",
  /** A link whose time has run out. */
  linkExpired: "Inbjudan har gått ut och kan inte användas längre. Be den som bjöd in dig om en ny länk.",
  invitationNotPending: "Inbjudan väntar inte längre på svar: den har redan tagits emot, gått ut eller återkallats. Ladda om sidan för att se de inbjudningar som gäller.",
  invitationRevoked: (email: string) => `Inbjudan till ${email} är återkallad. Länken i e-postmeddelandet fungerar inte längre.`,
  /** SKR staff never see an identifiable case (lib/auth/permissions.ts, seesNoCase), so no invitation may bring them one. */
  skrStaffInvited:
    "Adressen hör till en SKR-medarbetare. SKR:s medarbetare ser bara anonymiserade exempel och statistik, aldrig enskilda ärenden, och kan inte bjudas in till ett ärende eller en organisation.",
  skrStaffAccepting:
    "Du är inloggad som SKR-medarbetare. SKR:s medarbetare ser bara anonymiserade exempel och statistik, aldrig enskilda ärenden, och kan inte gå med i ett ärende eller en organisation. Ska du arbeta i ärenden behöver du ett eget konto utan SKR-rollen: kontakta systemadministratören.",
  invitationWrongUser: "Inbjudan gäller en annan e-postadress än den du är inloggad med. Logga ut och öppna länken igen.",
} as const;
