import type { Prisma } from "@/lib/db/generated/client";

// What the decisions page and the case overview read of a case's end: its standing decisions and
// signatures (not withdrawn). Plain, so the case page's one query (lib/cases/data.ts) can carry
// them without importing the decisions' data functions.

export const STANDING = { withdrawnAt: null } as const;

/** What every entry, decision or signature, is read with: its party, version, and who recorded it. */
const ENTRY_SELECT = {
  id: true,
  partyKey: true,
  partyName: true,
  caseVersion: true,
  recordedByName: true,
  // Who may take the entry off (mayWithdrawEntry): the one who recorded it, or its party's own editors.
  recordedByUserId: true,
  organizationId: true,
  createdAt: true,
} as const;

export const DECISION_SELECT = {
  ...ENTRY_SELECT,
  body: true,
  bodyName: true,
  decidedOn: true,
  paragraph: true,
  outcome: true,
} as const satisfies Prisma.PartyDecisionSelect;

export const SIGNATURE_SELECT = {
  ...ENTRY_SELECT,
  signedOn: true,
  signatoryName: true,
  signatoryTitle: true,
} as const satisfies Prisma.AgreementSignatureSelect;

/** The standing entries, read with the case. */
export const CASE_END_SELECT = {
  partyDecisions: { where: STANDING, select: DECISION_SELECT },
  signatures: { where: STANDING, select: SIGNATURE_SELECT },
} as const satisfies Prisma.CaseSelect;
