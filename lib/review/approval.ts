import type { Case } from "@/lib/case";
import type { Approval } from "@/lib/documents/model";
import { formatDate } from "@/lib/format";

// The one rule for what a case's documents say about its legal approval. Generation
// (fullApproval in ./queries) and the documents page (lib/case-documents) both read it, so the
// page and the files never disagree.

export interface ApprovalRow {
  organizationId: string;
  caseVersion: number;
  documentHash: string;
  createdAt: Date;
  reviewerName: string;
}

/**
 * The approval the documents state, or undefined while the case is not fully approved: every
 * party whose approval the case needs (`approving`) has this very document (`hash`) as its
 * latest approval. Each reviewer is named with the party they approved for, and a party with no
 * reviewer in the case, or named in the answers without being in the case, as not reviewed: an
 * approval for one party is not the other's. `approvals` are oldest first.
 */
export function statedApproval(input: {
  parties: readonly { id: string; name: string }[];
  approving: readonly string[];
  approvals: readonly ApprovalRow[];
  hash: string;
  doc: Case;
}): Approval | undefined {
  const { parties, approving, approvals, hash, doc } = input;
  const latest: ApprovalRow[] = [];
  // The reviewers are named in the parties' order (by name), whatever order `approving` has.
  const inOrder = [...parties.map((p) => p.id).filter((id) => approving.includes(id)), ...approving.filter((id) => !parties.some((p) => p.id === id))];
  for (const partyId of inOrder) {
    const approval = approvals.filter((a) => a.organizationId === partyId).at(-1);
    if (!approval || approval.documentHash !== hash) return undefined;
    latest.push(approval);
  }
  if (latest.length === 0) return undefined;
  const newest = latest.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
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
  return {
    version: newest.caseVersion,
    approvedAt: formatDate(newest.createdAt),
    reviewers: latest.map((a) => `${a.reviewerName} (${partyName(a.organizationId)})`),
    notReviewedFor: notReviewed,
  };
}

/** A party's name as compared across the answers and the organisations: "Fjällvikens kommun", "fjällviken" and "Fjällviken" are one party. */
export function sameParty(name: string): string {
  return name.trim().toLocaleLowerCase("sv").replace(/\s+/g, " ").replace(/\s+(kommun|stad)$/, "").replace(/s$/, "");
}
