export const ORG_ROLE_LABELS = {
  CASE_EDITOR: "Ärendehandläggare",
  LEGAL_REVIEWER: "Jurist",
  ORG_ADMIN: "Organisationsadministratör",
} as const;

export const GLOBAL_ROLE_LABELS = {
  SKR_STAFF: "SKR-medarbetare",
  SYSTEM_ADMIN: "Systemadministratör",
} as const;
