import type { Case } from "@/lib/case";
import { approvalStatusLine, type Approval, type PartialApproval } from "@/lib/documents/model";
import { formatDate } from "@/lib/format";
import { partyReviewState, type ReviewEvents } from "./status";

// The one rule for what a case's documents say about its legal approval. Generation and the
// print view (documentApprovalState in ./queries) and the documents page (lib/case-documents)
// all read it, so the page and the files never disagree.

export interface ApprovalRow {
  organizationId: string;
  caseVersion: number;
  documentHash: string;
  createdAt: Date;
  reviewerName: string;
}

/** What a case's documents say about its legal approval now (statedApprovalState). */
export interface StatedApprovalState {
  /** Every party whose approval the case needs has approved this very document. */
  readonly approval: Approval | undefined;
  /** Some of them have, not all: the documents are still drafts, and say whose approval they have. */
  readonly partial: PartialApproval | undefined;
  /**
   * What a document says of the approval, as its status line says it (who approved, for whom it
   * is awaited or not reviewed, when); "" for a plain draft. Stored with each file as part of its
   * key, so a file that says one state is never handed out as another: one more party approving,
   * a party getting a jurist, a new approval of the same version.
   */
  readonly statement: string;
}

type StatedApprovalInput = {
  parties: readonly { id: string; name: string }[];
  approving: readonly string[];
  approvals: readonly ApprovalRow[];
  hash: string;
  doc: Case;
  /** The review requests, each with its outcome: a party still awaited whose latest word is a return (partyReviewState) is named as having sent the case back. */
  requests?: readonly (ReviewEvents["requests"][number] & { organizationId: string })[];
};

/**
 * The approval the documents state, or undefined while the case is not fully approved: every
 * party whose approval the case needs (`approving`) has this very document (`hash`) as its
 * latest approval. Each reviewer is named with the party they approved for, and a party with no
 * reviewer in the case, or named in the answers without being in the case, as not reviewed: an
 * approval for one party is not the other's. `approvals` are oldest first.
 */
export function statedApproval(input: StatedApprovalInput): Approval | undefined {
  return statedApprovalState(input).approval;
}

/**
 * The same rule, with the state between draft and approved: some parties have approved this very
 * document and others not yet. A nämnd deciding on its tjänsteskrivelse then reads that its own
 * party's jurist has approved (or has not), instead of "ej juridiskt granskat" (a walk).
 */
export function statedApprovalState(input: StatedApprovalInput): StatedApprovalState {
  const { parties, approving, approvals, hash, doc } = input;
  const current: ApprovalRow[] = [];
  const awaiting: string[] = [];
  // The reviewers are named in the parties' order (by name), whatever order `approving` has.
  const inOrder = [...parties.map((p) => p.id).filter((id) => approving.includes(id)), ...approving.filter((id) => !parties.some((p) => p.id === id))];
  for (const partyId of inOrder) {
    const approval = approvals.filter((a) => a.organizationId === partyId).at(-1);
    if (approval && approval.documentHash === hash) current.push(approval);
    else awaiting.push(partyId);
  }
  if (current.length === 0) return { approval: undefined, partial: undefined, statement: "" };
  const newest = current.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
  const partyName = (id: string) => parties.find((p) => p.id === id)?.name ?? "en part";
  const approvingNames = new Set(approving.map((id) => sameParty(partyName(id))));
  const notReviewed = parties.filter((p) => !approving.includes(p.id)).map((p) => p.name);
  // A party the agreement names (step 2B) that is not in the case as an organisation has had no
  // jurist either: the documents name it, or they read as if its side had been reviewed too.
  for (const party of doc.parties) {
    const name = party.name?.trim();
    if (name && !approvingNames.has(sameParty(name)) && !notReviewed.some((listed) => sameParty(listed) === sameParty(name))) notReviewed.push(name);
  }
  // The date as it was in Sweden: an approval at 00:30 belongs to that day, not to UTC's day before.
  const stated: Approval = {
    version: newest.caseVersion,
    approvedAt: formatDate(newest.createdAt),
    reviewers: current.map((a) => `${a.reviewerName} (${partyName(a.organizationId)})`),
    notReviewedFor: notReviewed,
  };
  if (awaiting.length === 0) return { approval: stated, partial: undefined, statement: approvalStatusLine(stated, undefined) };
  // A party still awaited whose jurist sent the case back is said to have done so: a tjänsteskrivelse
  // read only "ännu inte juridiskt godkänt för" that party while its jurist had returned it (a walk).
  const returnedBy = (id: string) =>
    partyReviewState({ requests: (input.requests ?? []).filter((r) => r.organizationId === id), approvals: input.approvals.filter((a) => a.organizationId === id) }, hash) === "returned";
  const returned = awaiting.filter(returnedBy).map(partyName);
  const partial: PartialApproval = { ...stated, awaiting: awaiting.map(partyName), ...(returned.length ? { returned } : {}) };
  return { approval: undefined, partial, statement: approvalStatusLine(undefined, partial) };
}

/** A party's name as compared across the answers and the organisations: "Fjällvikens kommun", "fjällviken" and "Fjällviken" are one party. */
export function sameParty(name: string): string {
  return name.trim().toLocaleLowerCase("sv").replace(/\s+/g, " ").replace(/\s+(kommun|stad)$/, "").replace(/s$/, "");
}
