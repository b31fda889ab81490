import type { Approval, PartialApproval } from "./model";

export interface BuildOptions {
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
  /** The case version the document is generated from; named in every footer. */
  readonly caseVersion: number;
  /** The party a per-party document is written for; defaults to each party in turn. */
  readonly party?: string;
  readonly approval?: Approval;
  /** Without `approval`: the parties whose jurist has approved this very document, and those not yet. */
  readonly partialApproval?: PartialApproval;
  /** The legal reviewers' decisions on findings (lib/review) that still hold, for the memo's risks. */
  readonly decisions?: readonly RiskDecision[];
  /** Diarienummer, when known. */
  readonly dnr?: string;
  /**
   * The officer responsible for the tjänsteskrivelse, and the party they work for: each party's
   * tjänsteskrivelse names its own official, so another party's memo leaves the line open.
   */
  readonly officer?: { readonly name: string; readonly title?: string; readonly partyId?: string };
}

/** One reviewer's decision on a finding, as the memo states it. */
export interface RiskDecision {
  /** The finding's key (lib/review/findings.ts keyFindings). */
  readonly findingKey: string;
  /** E.g. "Jurist för Norrströms kommun: Accepterad risk – … (Julia Jurist, 2026-11-25)". */
  readonly text: string;
}
