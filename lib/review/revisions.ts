import "server-only";
import type { SignedInActor } from "@/lib/auth/actor";
import type { Case } from "@/lib/case";
import type { Prisma } from "@/lib/db/generated/client";
import { diffAnswers } from "./diff";
import { documentHash } from "./hash";

export interface RevisionInput {
  caseId: string;
  /** The case version this save created. */
  version: number;
  before: Case;
  after: Case;
}

/**
 * Appends the revision a save created: which answers changed, from what to what. Call it in
 * the save's transaction, right after the case row is updated, so a save and its revision
 * commit together or not at all. The table is append-only (a trigger rejects changes).
 */
export async function recordRevision(tx: Prisma.TransactionClient, actor: SignedInActor, input: RevisionInput): Promise<void> {
  await tx.caseRevision.create({
    data: {
      caseId: input.caseId,
      version: input.version,
      actorUserId: actor.userId,
      actorName: actor.name,
      actorEmail: actor.email,
      changes: diffAnswers(input.before, input.after) as unknown as Prisma.InputJsonValue,
      documentHash: documentHash(input.after),
    },
  });
}
