import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { assessmentSnapshotSchema, compareAssessments, snapshotAssessment, type AssessmentChange } from "@/lib/rules/assessment-diff";
import type { Evaluation } from "@/lib/rules";
import { denyCase } from "@/lib/auth/authorize";
import { readCasePageRow } from "./data";

/** What changed between the stored, last shown assessment and today's; nothing when none is stored. */
export function changesSinceShown(stored: unknown, current: Evaluation): AssessmentChange[] {
  if (stored === null || stored === undefined) return [];
  const parsed = assessmentSnapshotSchema.safeParse(stored);
  // A snapshot in an older shape is simply replaced the next time the case is shown.
  if (!parsed.success) return [];
  return compareAssessments(parsed.data, snapshotAssessment(current));
}

/**
 * Records the assessment the case page has just shown to the actor, and returns what changed
 * since the one shown to the same person before: one person opening the case does not clear the
 * message for the others. The actor must be allowed to view the case (checked in the query).
 */
export async function recordAssessmentShown(actor: Actor, caseId: string, current: Evaluation): Promise<AssessmentChange[]> {
  // Only a signed-in person holds a case role (findScopedCase would refuse the same way).
  if (actor.kind !== "user") return denyCase(actor, "case.view", caseId);
  const userId = actor.userId;
  // What this person was shown last time, read with the case page's row (the query that checks
  // the permission), which the page has read already while it renders.
  const found = await readCasePageRow(actor, caseId);
  const stored = found.assessmentShown[0];
  const changes = changesSinceShown(stored?.snapshot, current);
  const snapshot = snapshotAssessment(current) as Prisma.InputJsonValue;
  // Most views show what was shown last time: no write for those (a write per page view was
  // the case page's most expensive query under load).
  if (stored && isDeepStrictEqual(stored.snapshot, snapshot)) return changes;
  try {
    await prisma.caseAssessmentShown.upsert({
      where: { caseId_userId: { caseId: found.id, userId } },
      create: { caseId: found.id, userId, snapshot },
      update: { snapshot, shownAt: new Date() },
    });
  } catch (error) {
    // Showing the case matters more than remembering what was shown; the next view tries again.
    logger.error({ err: error, caseId }, "could not record the assessment shown");
  }
  return changes;
}
