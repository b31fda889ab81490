import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope, denyCase } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { caseSchema, emptyCase, upgradeWithReport, type Case } from "@/lib/case";
import { swedishErrorMap, toCaseErrors } from "@/lib/case/errors";
import { findScopedCase, mayOnCase } from "@/lib/cases/data";
import { isUuid } from "@/lib/cases/ids";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { logger } from "@/lib/log/logger";
import { evaluateCase } from "@/lib/rules";
import { caseEvaluationDate } from "./evaluation-date";
import { mergeAnswers, type AnswerConflict, type MergeResult } from "./merge";
import { findingsForStep } from "./progress";
import { saveAnswersSchema, stepCompletionSchema, toFieldPath } from "./save-schema";

export const WIZARD_MESSAGES = {
  unreadable: "Ärendets svar kunde inte läsas. Kontakta support och ange ärendets adress.",
  invalidAnswers: "Några svar kunde inte sparas. Rätta fälten som är markerade.",
  confirmBlockers: "Avsnittet har hinder kvar. Bekräfta att du ändå vill markera det som klart.",
} as const;

/** The stored case document, parsed; a case nobody has answered yet reads as an empty case with its title. */
export function readDocument(caseId: string, data: unknown, title?: string): Case {
  // The column defaults to {}: a row written without a document is a case nobody has answered.
  if (data && typeof data === "object" && Object.keys(data).length === 0) return { ...emptyCase(), ...(title ? { title } : {}) };
  // Older format versions are upgraded on read; the next save writes the current version back.
  const upgraded = upgradeWithReport(data);
  const parsed = caseSchema.safeParse(upgraded.value);
  if (parsed.success) {
    if (upgraded.unconverted.length > 0) {
      logger.warn(
        { caseId, fromVersion: upgraded.fromVersion, unconverted: upgraded.unconverted.map((item) => item.path) },
        "case document upgraded with answers that need attention",
      );
    }
    return parsed.data;
  }
  // Stored documents are validated on every write, so this is a defect or a manual edit.
  logger.error({ caseId, issues: parsed.error.issues.slice(0, 5) }, "stored case document is invalid");
  throw new AppError("UNAVAILABLE", WIZARD_MESSAGES.unreadable);
}

/** Everything the wizard pages need about one case, or a refusal that reveals nothing. */
export async function loadWizardCase(actor: Actor, caseId: string) {
  const found = await findScopedCase(actor, caseId, "case.view", {
    id: true,
    title: true,
    diaryNumber: true,
    version: true,
    data: true,
    completedSteps: true,
    updatedAt: true,
    ownerOrganization: { select: { name: true } },
  });
  const doc = readDocument(found.id, found.data, found.title);
  return { ...found, data: undefined, doc, canEdit: await mayOnCase(actor, "case.update", caseId) };
}

export type WizardCase = Awaited<ReturnType<typeof loadWizardCase>>;

/**
 * Removing a party in step 2B must not leave its cost share behind in step 2A: the schema
 * rejects a share for an unknown party, and no form could then remove it.
 */
function dropOrphanedShares(merged: MergeResult<Case>): MergeResult<Case> {
  const partyIds = new Set(merged.doc.parties.map((p) => p.id));
  const shares = merged.doc.economy.costShares;
  const kept = shares.filter((share) => partyIds.has(share.partyId));
  if (kept.length === shares.length) return merged;
  return {
    ...merged,
    doc: { ...merged.doc, economy: { ...merged.doc.economy, costShares: kept } },
    applied: [...merged.applied, "economy.costShares"],
  };
}

export interface SaveResult {
  version: number;
  doc: Case;
  applied: string[];
  conflicts: AnswerConflict[];
  savedAt: string;
  blockers: number;
}

/**
 * Saves an editor's changed answers. The case row is locked for the merge, so two saves
 * never interleave; an answer someone else changed since the editor's base version comes
 * back as a conflict instead of being overwritten. The merged document is validated whole
 * before anything is written, and the change and its audit entry commit together.
 */
export async function saveAnswers(actor: Actor, input: unknown): Promise<SaveResult> {
  const caseId = (input as { caseId?: unknown } | null)?.caseId;
  const scope = caseScope(actor, "case.update");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", String(caseId ?? ""));
  if (!(await mayOnCase(actor, "case.update", caseId))) return denyCase(actor, "case.update", caseId);
  const { changes, baseVersion } = parseInput(saveAnswersSchema, input);

  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
    const current = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, scope] },
      select: { data: true, version: true, title: true },
    });
    if (!current) return denyCase(actor, "case.update", caseId);
    const doc = readDocument(caseId, current.data, current.title);
    const merged = dropOrphanedShares(mergeAnswers(doc, changes));
    const savedAt = new Date().toISOString();
    if (merged.applied.length === 0) {
      return { version: current.version, doc, applied: [], conflicts: merged.conflicts, savedAt, blockers: evaluateCase(doc, caseEvaluationDate(doc)).summary.blockers };
    }
    const validated = caseSchema.safeParse(merged.doc, { error: swedishErrorMap });
    if (!validated.success) {
      const fieldErrors = toCaseErrors(validated.error).map((e) => ({ path: toFieldPath(e.path), message: e.message }));
      throw new AppError("VALIDATION", WIZARD_MESSAGES.invalidAnswers, { fieldErrors });
    }
    const title = validated.data.title?.trim();
    const version = current.version + 1;
    await tx.case.update({
      where: { id: caseId },
      data: { data: validated.data as Prisma.InputJsonValue, version, ...(title ? { title } : {}) },
    });
    await writeAudit(
      actor,
      { action: "case.update", outcome: "SUCCESS", caseId, details: { answers: merged.applied, conflicts: merged.conflicts.map((c) => c.path), basedOn: baseVersion, version } },
      tx,
    );
    return {
      version,
      doc: validated.data,
      applied: merged.applied,
      conflicts: merged.conflicts,
      savedAt,
      blockers: evaluateCase(validated.data, caseEvaluationDate(validated.data)).summary.blockers,
    };
  });
}

/**
 * Marks a step complete or not ("Är avsnittet klart?"). Completing a step that still has
 * blockers needs an explicit confirmation.
 */
export async function setStepCompletion(actor: Actor, input: unknown): Promise<{ needsConfirmation: boolean }> {
  const caseId = (input as { caseId?: unknown } | null)?.caseId;
  const scope = caseScope(actor, "case.update");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", String(caseId ?? ""));
  if (!(await mayOnCase(actor, "case.update", caseId))) return denyCase(actor, "case.update", caseId);
  const { step, complete, confirmBlockers } = parseInput(stepCompletionSchema, input);

  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
    const current = await tx.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { data: true, completedSteps: true, title: true } });
    if (!current) return denyCase(actor, "case.update", caseId);
    if (complete === "ja") {
      const doc = readDocument(caseId, current.data, current.title);
      const blockers = findingsForStep(evaluateCase(doc, caseEvaluationDate(doc)), step).filter(
        (f) => f.severity === "blocker",
      ).length;
      if (blockers > 0 && confirmBlockers !== "ja") return { needsConfirmation: true };
    }
    const others = current.completedSteps.filter((s) => s !== step);
    const completedSteps = complete === "ja" ? [...others, step] : others;
    await tx.case.update({ where: { id: caseId }, data: { completedSteps } });
    await writeAudit(actor, { action: "case.update", outcome: "SUCCESS", caseId, details: { step, completed: complete === "ja" } }, tx);
    return { needsConfirmation: false };
  });
}
