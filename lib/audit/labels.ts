// Swedish names for the actions and outcomes that appear in the audit log.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.signIn": "Inloggning",
  "auth.signOut": "Utloggning",
  "auth.signOutEverywhere": "Utloggning från alla enheter",
  "case.create": "Ärendet skapades",
  "case.update": "Ärendet ändrades",
  "case.view": "Öppna ärendet",
  "case.invite": "Inbjudan skickades",
  "case.audit.read": "Läsa ärendets logg",
  "invitation.view": "Öppna inbjudan",
  "invitation.accept": "Inbjudan togs emot",
  "organization.create": "Organisation lades till",
  "case.review.request": "Skickat till juridisk granskning",
  "case.review.comment": "Granskningskommentar",
  "case.review.dispose": "Kommentar markerad som löst",
  "case.review.decide": "Juridiskt beslut om iakttagelse",
  "case.review.approve": "Ärendet godkändes juridiskt",
  "case.review.return": "Ärendet skickades tillbaka",
  "case.review.queue": "Öppna granskningskön",
};

export const AUDIT_OUTCOME_LABELS = { SUCCESS: "Lyckades", FAILURE: "Misslyckades", DENIED: "Nekad" } as const;

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
