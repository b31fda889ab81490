// Plain module: every reason a refusal or failure is written to the audit log with
// (`details.reason`), and its words in the audit log's sentences (./sentence.ts). Writers take
// the reason as an `AuditReason`, so a new one cannot be written without its Swedish wording.

export const AUDIT_REASONS = {
  "bad credentials": "fel e-postadress eller lösenord",
  locked: "för många misslyckade försök, inloggningen var spärrad",
  deactivated: "kontot är inaktiverat",
  "used or expired invitation": "inbjudan var redan använd eller hade gått ut",
  "revoked invitation": "inbjudan var återkallad",
  "replaced invitation": "inbjudan var ersatt av en nyare",
  "unknown invitation": "länken var okänd",
  "unknown reset link": "länken för nytt lösenord var okänd",
  "used or expired reset link": "länken för nytt lösenord var redan använd, ersatt eller hade gått ut",
  "invitation for another e-mail address": "inbjudan gällde en annan e-postadress",
  "invitation claimed concurrently": "inbjudan hade just använts",
  "deactivated account": "kontot är inaktiverat",
  role: "saknar behörighet",
  "no case role": "saknar roll i ärendet",
  "no organisation role": "saknar roll i organisationen",
  "not admin of the organisation": "är inte administratör för organisationen",
  "not case editor in the chosen organisation": "är inte ärendehandläggare i den valda organisationen",
  "not thread author or editor": "bara den som skrev kommentaren eller ärendets redigerare får markera den som löst",
  "SKR staff see no case": "SKR:s medarbetare har inte tillgång till enskilda ärenden",
  "unknown user": "personen finns inte",
  "no account for the address": "det finns inget konto med adressen",
  "person outside the administered organisations": "personen hör till en organisation som administratören inte ansvarar för",
  "person with a global role": "personen har en roll i hela Samverka",
  "person in no organisation": "personen hör inte till någon organisation",
  "deactivated by a system admin": "en systemadministratör inaktiverade kontot, och bara en systemadministratör kan aktivera det igen",
  "document not in case": "dokumentet hör till ett annat ärende",
  "another party's entry": "registreringen gäller en annan part och registrerades av någon annan",
  "outbox disabled": "utkorgen är avstängd när e-post skickas på riktigt",
  // The codes of refused calls (AppErrorCode), which lib/forms/run-action.ts writes as the reason.
  VALIDATION: "uppgifterna godtogs inte",
  CONFLICT: "det hade redan ändrats eller gjorts",
  NOT_FOUND: "det som efterfrågades fanns inte",
  UNAUTHENTICATED: "inte inloggad",
  FORBIDDEN: "saknar behörighet",
  RATE_LIMITED: "för många försök på kort tid",
  UNAVAILABLE: "tjänsten kunde inte svara",
} as const satisfies Record<string, string>;

export type AuditReason = keyof typeof AUDIT_REASONS;
