import type { Approval } from "./model";

export interface BuildOptions {
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
  /** The case version the document is generated from; named in every footer. */
  readonly caseVersion: number;
  /** The party a per-party document is written for; defaults to each party in turn. */
  readonly party?: string;
  readonly approval?: Approval;
  /** Diarienummer, when known. */
  readonly dnr?: string;
  /** The officer responsible for the tjänsteskrivelse. */
  readonly officer?: { readonly name: string; readonly title?: string };
}
