import type { Case } from "../case/schema";
import { attachmentKinds, buildDirectAwardRecord, buildHamburgMemo, buildSelfCostCalculation } from "./attachments";
import { buildAgreement } from "./agreement";
import { buildIntent } from "./intent";
import { buildMemo } from "./memo";
import { DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentModel } from "./model";
import type { BuildOptions } from "./options";
import { partyName } from "./parties";

export * from "./model";
export type { BuildOptions, RiskDecision } from "./options";
export { buildAgreement, clauseBlocks } from "./agreement";
export { buildMemo } from "./memo";
export { buildIntent } from "./intent";
export { buildDirectAwardRecord, buildHamburgMemo, buildSelfCostCalculation, attachmentKinds } from "./attachments";
export { economyFacts, type EconomyFacts } from "./economy-facts";

/** One document a case produces: a kind, and the party for per-party documents. */
export interface DocumentSpec {
  readonly kind: DocumentKind;
  readonly partyId?: string;
  /** Swedish, for lists: "Tjänsteskrivelse – Fjällvikens kommun". */
  readonly label: string;
}

const PER_PARTY: ReadonlySet<DocumentKind> = new Set(["tjansteskrivelse", "sjalvkostnad"]);

export function isPerParty(kind: DocumentKind): boolean {
  return PER_PARTY.has(kind);
}

/** Every document the case produces, optionally only one party's per-party documents. */
export function documentsForCase(c: Case, onlyParty?: string): DocumentSpec[] {
  const parties = c.parties.filter((p) => onlyParty === undefined || p.id === onlyParty);
  const specs: DocumentSpec[] = [];
  const add = (kind: DocumentKind) => {
    if (!isPerParty(kind)) specs.push({ kind, label: DOCUMENT_KIND_LABELS[kind] });
    else for (const p of parties) specs.push({ kind, partyId: p.id, label: `${DOCUMENT_KIND_LABELS[kind]} – ${partyName(p)}` });
  };
  add("avtal");
  add("tjansteskrivelse");
  add("avsiktsforklaring");
  for (const kind of attachmentKinds(c)) add(kind);
  return specs;
}

export function buildDocument(c: Case, spec: { kind: DocumentKind; partyId?: string }, options: BuildOptions): DocumentModel {
  const partyId = spec.partyId ?? "";
  switch (spec.kind) {
    case "avtal":
      return buildAgreement(c, options);
    case "tjansteskrivelse":
      return buildMemo(c, partyId, options);
    case "avsiktsforklaring":
      return buildIntent(c, options);
    case "direktupphandling":
      return buildDirectAwardRecord(c, options);
    case "hamburg":
      return buildHamburgMemo(c, options);
    case "sjalvkostnad":
      return buildSelfCostCalculation(c, partyId, options);
  }
}
