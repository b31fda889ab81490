import { joinList } from "../format/count";

// The one document model. Every document Samverka produces (the agreement, the tjänsteskrivelse,
// the avsiktsförklaring and the attachments) and every step 4 clause draft is a list of these
// blocks; the DOCX, PDF and HTML renderers and the plain-text clause editor read nothing else.

/** A place the answers did not settle. Rendered visibly ("[…]") and listed as an open point. */
export interface Gap {
  readonly kind: "gap";
  /** Swedish: what is missing, e.g. "uppsägningstid". */
  readonly what: string;
  /** Asked nowhere in Samverka: written in the document by hand (handGap). */
  readonly byHand?: true;
}

export interface Emphasis {
  readonly kind: "strong";
  readonly text: string;
}

export type Inline = string | Gap | Emphasis;

export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly number?: string }
  | { readonly kind: "paragraph"; readonly content: readonly Inline[]; readonly number?: string }
  | { readonly kind: "list"; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      /** Columns holding amounts or numbers, right-aligned. */
      readonly numericColumns?: readonly number[];
    }
  | { readonly kind: "signatures"; readonly parties: readonly SignatureParty[] };

export interface SignatureParty {
  readonly partyName: string;
  /** Who signs is not in the case: name and title are left as lines to fill in by hand. */
  readonly signatories: number;
}

export type DocumentKind =
  | "avtal"
  | "tjansteskrivelse"
  | "avsiktsforklaring"
  | "direktupphandling"
  | "hamburg"
  | "sjalvkostnad";

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  avtal: "Avtal om avtalssamverkan",
  tjansteskrivelse: "Tjänsteskrivelse",
  avsiktsforklaring: "Avsiktsförklaring",
  direktupphandling: "Dokumentation av direktupphandling",
  hamburg: "PM om Hamburgundantaget",
  sjalvkostnad: "Självkostnadskalkyl",
};

/** The legal review's approval of one case version (issue 10). */
export interface Approval {
  readonly version: number;
  /** YYYY-MM-DD or an ISO instant. */
  readonly approvedAt: string;
  /** Who approved, each with the party they approved for: "Julia Rätt (Norrströms kommun)". */
  readonly reviewers: readonly string[];
  /** The parties with no reviewer in the case: the approval is not theirs. */
  readonly notReviewedFor?: readonly string[];
}

/** Some, not all, of the parties whose approval the case needs have approved this very document: still a draft. */
export interface PartialApproval extends Approval {
  /** The parties whose jurist has not approved this document. */
  readonly awaiting: readonly string[];
  /** Of those, the parties whose jurist sent the case back (their latest word). */
  readonly returned?: readonly string[];
}

/** "Fjällvikens kommun (skickat tillbaka av partens jurist)": the parties a partial approval awaits, each sent back said so. */
export function awaitedParties(partial: PartialApproval): string {
  return joinList(partial.awaiting.map((name) => (partial.returned?.includes(name) ? `${name} (skickat tillbaka av partens jurist)` : name)));
}

/** " av Julia Rätt (Norrströms kommun); inte granskat för Fjällvikens kommun": who approved, and for whom it was not reviewed. */
export function approvedBy(approval: Approval): string {
  const by = approval.reviewers.length ? ` av ${joinList(approval.reviewers)}` : "";
  const notFor = approval.notReviewedFor?.length ? `; inte granskat för ${joinList(approval.notReviewedFor)}` : "";
  return `${by}${notFor}`;
}

export interface DocumentMeta {
  readonly caseTitle: string;
  readonly caseVersion: number;
  /** The document's date, YYYY-MM-DD. */
  readonly date: string;
  /** Diarienummer; undefined when the case does not state one. */
  readonly dnr: string | undefined;
  /** The party the document is written for (tjänsteskrivelse, self-cost calculation). */
  readonly partyId: string | undefined;
  readonly approval: Approval | undefined;
  /** Set only without `approval`: the draft states whose approval it has and whose it waits for. */
  readonly partialApproval?: PartialApproval;
}

export interface DocumentModel {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly subtitle: string | undefined;
  /** File name without extension, ASCII only. */
  readonly fileStem: string;
  readonly meta: DocumentMeta;
  /** Label–value lines under the title (Dnr, nämnd, date). */
  readonly frontMatter?: readonly { readonly label: string; readonly value: readonly Inline[] }[];
  readonly blocks: readonly Block[];
}

export const DRAFT_MARK = "UTKAST – ej juridiskt granskat";

/** The status line every page carries: the draft mark, or the approved version and date. */
export function statusLine(meta: DocumentMeta): string {
  return approvalStatusLine(meta.approval, meta.partialApproval);
}

/** The status line of a document stating this approval (or partial approval, without one); the draft mark without either. */
export function approvalStatusLine(approval: Approval | undefined, partial: PartialApproval | undefined): string {
  if (!approval) return partial ? partialMark(partial) : DRAFT_MARK;
  return `Juridiskt granskat och godkänt: version ${approval.version}, ${approval.approvedAt.slice(0, 10)}${approvedBy(approval)}`;
}

/**
 * "UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun; godkänt i version 5, 2026-12-01 av
 * Julia Rätt (Norrströms kommun)": what is missing first, so that the line is not read as approved.
 */
export function partialMark(partial: PartialApproval): string {
  return `${PARTIAL_MARK_START}${awaitedParties(partial)}${PARTIAL_MARK_APPROVED}${partial.version}, ${partial.approvedAt.slice(0, 10)}${approvedBy(partial)}`;
}

const PARTIAL_MARK_START = "UTKAST – ännu inte juridiskt godkänt för ";
const PARTIAL_MARK_APPROVED = "; godkänt i version ";

/**
 * What a list of files says of one file's approval, from the status line the file states
 * (CaseDocument.approvalStatement, approvalStatusLine): "juridiskt godkänd"; "utkast, ännu inte
 * juridiskt godkänt för Fjällvikens kommun" (a walk: "godkänt för en del av parterna" named no
 * party); "utkast". A partial line in an older wording keeps the general words.
 */
export function fileApprovalStamp(file: { approvalVersion: number; approvalStatement: string }): string {
  if (file.approvalVersion > 0) return "juridiskt godkänd";
  if (!file.approvalStatement) return "utkast";
  const end = file.approvalStatement.indexOf(PARTIAL_MARK_APPROVED);
  return file.approvalStatement.startsWith(PARTIAL_MARK_START) && end > PARTIAL_MARK_START.length
    ? `utkast, ${file.approvalStatement.slice("UTKAST – ".length, end)}`
    : "utkast, godkänt för en del av parterna";
}

export function footerLine(meta: DocumentMeta): string {
  return `Dnr ${meta.dnr ?? "[…]"} · Ärendeversion ${meta.caseVersion} · ${meta.date}`;
}

export const gap = (what: string): Gap => ({ kind: "gap", what });
/**
 * A point no question of Samverka asks (the budget's cost items, how the nämnd finances its share):
 * written in the document by hand before it is decided on. The open points list it apart, since a
 * walk looked for questions that would fill them and found none.
 */
export const handGap = (what: string): Gap => ({ kind: "gap", what, byHand: true });
export const strong = (text: string): Emphasis => ({ kind: "strong", text });
export const paragraph = (...content: Inline[]): Block => ({ kind: "paragraph", content });
export const bullets = (items: readonly (readonly Inline[])[]): Block => ({ kind: "list", ordered: false, items });
export const numbered = (items: readonly (readonly Inline[])[]): Block => ({ kind: "list", ordered: true, items });
export const heading = (level: 1 | 2 | 3, text: string, number?: string): Block => ({ kind: "heading", level, text, number });

/** Every gap in the document, in reading order. */
export function gapsOf(blocks: readonly Block[]): Gap[] {
  const found: Gap[] = [];
  const scan = (content: readonly Inline[]) => {
    for (const inline of content) if (typeof inline !== "string" && inline.kind === "gap") found.push(inline);
  };
  for (const block of blocks) {
    if (block.kind === "paragraph") scan(block.content);
    else if (block.kind === "list") block.items.forEach(scan);
    else if (block.kind === "table") block.rows.forEach((row) => row.forEach(scan));
  }
  return found;
}

/** Plain text of inline content; gaps read "[…]". */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => (typeof inline === "string" ? inline : inline.kind === "gap" ? GAP_TEXT : inline.text)).join("");
}

export const GAP_TEXT = "[…]";
