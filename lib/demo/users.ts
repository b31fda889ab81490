import type { GlobalRole, OrgRole } from "@/lib/db/generated/enums";

/** Every demo account has this password; it is printed at start and listed in README.md. */
export const DEMO_PASSWORD = "Samverka-demo-2026";

export interface DemoUser {
  /** The role in Swedish, as printed at start. */
  label: string;
  name: string;
  email: string;
  organization?: { name: string; role: OrgRole };
  /** Further organisation roles, for a person who works for more than one organisation. */
  alsoIn?: Array<{ name: string; role: OrgRole }>;
  globalRole?: GlobalRole;
}

// One account per role, in the report's fictional municipalities Norrström and Fjällviken.
// The .example domain is reserved and can never receive mail.
export const DEMO_USERS: DemoUser[] = [
  {
    label: "Ärendehandläggare, Norrström",
    name: "Nora Ström",
    email: "socialchef@norrstrom.example",
    organization: { name: "Norrströms kommun", role: "CASE_EDITOR" },
  },
  {
    label: "Ärendehandläggare, Fjällviken",
    name: "Fredrik Vik",
    email: "socialchef@fjallviken.example",
    organization: { name: "Fjällvikens kommun", role: "CASE_EDITOR" },
  },
  {
    label: "Jurist, Norrström",
    name: "Julia Rätt",
    email: "jurist@norrstrom.example",
    organization: { name: "Norrströms kommun", role: "LEGAL_REVIEWER" },
  },
  {
    label: "Jurist, Fjällviken",
    name: "Filippa Lag",
    email: "jurist@fjallviken.example",
    organization: { name: "Fjällvikens kommun", role: "LEGAL_REVIEWER" },
  },
  {
    label: "Organisationsadmin, Norrström",
    name: "Olle Admin",
    email: "admin@norrstrom.example",
    organization: { name: "Norrströms kommun", role: "ORG_ADMIN" },
  },
  {
    label: "Gemensam socialchef, Bengtsfors och Mellerud",
    name: "Greta Gemensam",
    email: "socialchef@bengtsfors-mellerud.example",
    organization: { name: "Bengtsfors kommun", role: "CASE_EDITOR" },
    alsoIn: [{ name: "Melleruds kommun", role: "CASE_EDITOR" }],
  },
  { label: "SKR-medarbetare", name: "Sofia Analys", email: "analytiker@skr.example", globalRole: "SKR_STAFF" },
  { label: "Systemadministratör", name: "Sam Drift", email: "systemadmin@samverka.example", globalRole: "SYSTEM_ADMIN" },
];

export const DEMO_CASE = {
  title: "Strukturerad familjeterapi för unga 12–17 år",
  diaryNumber: "SN 2026/17",
  ownerOrganization: "Norrströms kommun",
  editorEmail: "socialchef@norrstrom.example",
  /** Takes part for Fjällviken, as after accepting an invitation "för Fjällvikens kommun". */
  partner: { email: "socialchef@fjallviken.example", organization: "Fjällvikens kommun" },
};
