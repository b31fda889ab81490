// Plain module: what "Glömt lösenordet?" and the reset link's page say, in one place.

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export const PASSWORD_RESET_MESSAGES = {
  /** The same answer whether or not the address has an account: the page must not tell who has one. */
  sent: `Om det finns ett konto med adressen har vi skickat ett e-postmeddelande med en länk där du väljer ett nytt lösenord. Länken gäller i ${PASSWORD_RESET_TTL_MINUTES} minuter och kan användas en gång. Bad du om en länk för mindre än en minut sedan skickas ingen ny: använd länken i det senaste meddelandet. Kommer inget inom några minuter, titta i skräpposten eller fråga den som administrerar Samverka hos er.`,
  tooMany: "Det har kommit många begäranden om nytt lösenord från din anslutning. Vänta en kvart och försök igen.",
  /** The link's page, with a link to ask again beside it. */
  linkEnded: "Länken fungerar inte längre: den har redan använts, ersatts av en nyare länk eller gått ut.",
  /** The same, as the answer to a post of the form (no link beside it). */
  linkEndedOnPost: "Länken fungerar inte längre: den har redan använts, ersatts av en nyare länk eller gått ut. Begär en ny länk under ”Glömt lösenordet?” på inloggningssidan.",
  deactivated: "Kontot är inaktiverat och kan inte få ett nytt lösenord. Fråga din organisations administratör.",
  changed: "Ditt lösenord är bytt och du är utloggad från alla enheter. Logga in med det nya lösenordet.",
} as const;

/** The request page's parameter after a request: the page says a link is on its way. */
export const PASSWORD_RESET_SENT_PARAM = "skickat";
/** The sign-in page's parameter after a new password was chosen. */
export const PASSWORD_RESET_DONE_PARAM = "nytt-losenord";
