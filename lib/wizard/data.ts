import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { marksAfter, readCompletionMarks } from "./completion-marks";
import { caseScope, denyCase, mayOnLoadedCase } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { CASE_FORMAT_VERSION, caseInputSchema, caseSchema, emptyCase, salvageCase, upgradeWithReport, type Case } from "@/lib/case";
import { swedishErrorMap, toCaseErrors } from "@/lib/case/errors";
import { mayOnCase, readCasePageRow } from "@/lib/cases/data";
import { isUuid } from "@/lib/cases/ids";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { logger } from "@/lib/log/logger";
import { NOUNS, formatCountOf, plural } from "@/lib/format";
import { recordRevision } from "@/lib/review/revisions";
import { evaluateCase } from "@/lib/rules";
import { derivedCase, evaluationOn } from "./case-cache";
import { caseEvaluationDate } from "./evaluation-date";
import { mergeAnswers, type AnswerChange, type AnswerConflict, type ConflictAuthor, type MergeResult } from "./merge";
import { getAt, setAt, toFieldPath } from "./paths";
import { applyCompletion } from "./pages";
import { countedSummary, openOnCompletion, stepProgress, type OpenOnCompletion } from "./progress";
import { readAnswersSchema, saveAnswersSchema, stepCompletionSchema } from "./save-schema";

export const WIZARD_MESSAGES = {
  otherPersonSignedIn: "Någon annan har loggat in i den här webbläsaren sedan sidan öppnades. Logga in som den som öppnade sidan för att spara svaren.",
  unreadable: "Ärendets svar kunde inte läsas. Kontakta support och ange ärendets adress.",
  invalidAnswers: "Några svar kunde inte sparas. Rätta fälten som är markerade.",
  shareForMissingParty:
    "Parten som andelen gäller finns inte längre i ärendet; någon kan just ha tagit bort den i steg 2B. Ladda om sidan och fördela kostnaderna igen.",
} as const;

const sameSteps = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key) => b.includes(key));

/** Why completing a step needs a confirmation: its blockers, its unanswered questions, or both. */
export function completionConfirmationMessage({ blockers, unanswered, total }: OpenOnCompletion, changed = false): string {
  const count = formatCountOf(unanswered, total, NOUNS.question); // "1 av 1 fråga", "6 av 7 frågor"
  const state = plural(unanswered, ["obesvarad", "obesvarade"]);
  // Nothing open: asked only because the page is behind the case (the form says so beside it).
  const what =
    blockers > 0 && unanswered > 0
      ? `Avsnittet har hinder kvar och ${count} är ${state}.`
      : blockers > 0
        ? "Avsnittet har hinder kvar."
        : unanswered > 0
          ? `I avsnittet är ${count} ${state}.`
          : "Avsnittet har inga hinder och alla frågor är besvarade.";
  const since = changed ? "Svaren har ändrats sedan du bekräftade. " : "";
  return `${since}${what} Bekräfta att du ändå vill markera det som klart.`;
}

/** The stored case document, parsed; a case nobody has answered yet reads as an empty case with its title. */
export function readDocument(caseId: string, data: unknown, title?: string): Case {
  // The column defaults to {}: a row written without a document is a case nobody has answered.
  if (data && typeof data === "object" && Object.keys(data).length === 0) return { ...emptyCase(), ...(title ? { title } : {}) };
  // Older format versions are upgraded on read; the next save writes the current version back.
  // A stored document is salvaged, not refused: invalid answers are kept aside for the editors.
  const upgraded = upgradeWithReport(data, { salvage: true });
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
  // Stored documents are validated on every write, so this is a defect or a manual edit. Keep what
  // can be read; the rest goes to needsAttention, shown to the editors, and is logged.
  const salvaged = salvageCase(upgraded.value, upgraded.fromVersion ?? CASE_FORMAT_VERSION);
  if (salvaged) {
    logger.error(
      { caseId, fromVersion: upgraded.fromVersion, removed: salvaged.removed.map((item) => item.path), issues: parsed.error.issues.slice(0, 5) },
      "stored case document was invalid; unreadable answers kept aside as needing attention",
    );
    return salvaged.case;
  }
  logger.error({ caseId, issues: parsed.error.issues.slice(0, 5) }, "stored case document is invalid");
  throw new AppError("UNAVAILABLE", WIZARD_MESSAGES.unreadable);
}

/** Everything the wizard pages need about one case, or a refusal that reveals nothing. */
export async function loadWizardCase(actor: Actor, caseId: string) {
  const found = await readCasePageRow(actor, caseId);
  // Read, checked and remembered once per version (./case-cache.ts); shared, so never changed in place.
  const derived = derivedCase(found);
  const doc = derived.doc;
  // The rules' assessment on the case's evaluation date, computed once per version and date.
  const evaluation = evaluationOn(derived, caseEvaluationDate(doc));
  // The members and parties are read for canEdit and the review panel; they stay on the server.
  return { ...found, data: undefined, doc, evaluation, canEdit: mayOnLoadedCase(actor, "case.update", found) };
}

export type WizardCase = Awaited<ReturnType<typeof loadWizardCase>>;

/**
 * Each change must be a valid answer on its own, before any merge or clean-up: an invalid
 * value is refused with the field named, never cleaned into something else and acknowledged.
 * The changes are checked on top of the current document, so cross-references (a cost
 * share's party) are checked against the parties that exist now.
 */
function refuseInvalidChanges(doc: Case, changes: readonly AnswerChange[]): void {
  let candidate: unknown = doc;
  for (const change of changes) candidate = setAt(candidate, change.path, change.value);
  // The limits for new answers (a title no longer than the case's form allows); only the changed
  // answers are held to them, so a document stored before a limit still saves its other answers.
  const parsed = caseInputSchema.safeParse(candidate, { error: swedishErrorMap });
  if (parsed.success) return;
  const owned = (path: string) => changes.some((change) => path === change.path || path.startsWith(`${change.path}.`));
  const partyIds = new Set(doc.parties.map((party) => party.id));
  const fieldErrors = toCaseErrors(parsed.error)
    .map((error) => ({ path: toFieldPath(error.path), message: error.message }))
    .filter((error) => owned(error.path))
    .map((error) => (isShareForMissingParty(candidate, error.path, partyIds) ? { ...error, message: WIZARD_MESSAGES.shareForMissingParty } : error));
  // Issues outside the changed answers are left to the check of the merged document.
  if (fieldErrors.length > 0) throw new AppError("VALIDATION", WIZARD_MESSAGES.invalidAnswers, { fieldErrors });
}

/** A valid-looking share whose party is not in the case: most likely removed by someone else just now. */
function isShareForMissingParty(candidate: unknown, path: string, partyIds: ReadonlySet<string>): boolean {
  const match = /^economy\.costShares\.(\d+)\.partyId$/.exec(path);
  if (!match) return false;
  const shares = getAt(candidate, "economy.costShares");
  const share = Array.isArray(shares) ? (shares[Number(match[1])] as { partyId?: unknown } | undefined) : undefined;
  return typeof share?.partyId === "string" && share.partyId.length > 0 && !partyIds.has(share.partyId);
}

export interface SaveNotice {
  path: string;
  message: string;
}

/**
 * Removing a party in step 2B also removes its cost share in step 2A (the schema rejects a
 * share for an unknown party, and no form could then remove it). That is never silent: the
 * saver is told which share went, and the audit entry records it.
 */
function dropOrphanedShares(merged: MergeResult<Case>, before: Case): MergeResult<Case> & { notices: SaveNotice[]; droppedShares: Case["economy"]["costShares"] } {
  const partyIds = new Set(merged.doc.parties.map((p) => p.id));
  const shares = merged.doc.economy.costShares;
  const kept = shares.filter((share) => partyIds.has(share.partyId));
  if (kept.length === shares.length) return { ...merged, notices: [], droppedShares: [] };
  const dropped = shares.filter((share) => !partyIds.has(share.partyId));
  const nameOf = (partyId: string) => before.parties.find((p) => p.id === partyId)?.name?.trim() || "en borttagen part";
  const notices = dropped.map((share) => ({
    path: "economy.costShares",
    message: `Kostnadsandelen för ${nameOf(share.partyId)}${typeof share.percent === "number" ? ` (${share.percent} %)` : ""} i steg 2A togs bort, eftersom parten togs bort.`,
  }));
  return {
    ...merged,
    doc: { ...merged.doc, economy: { ...merged.doc.economy, costShares: kept } },
    applied: [...merged.applied, "economy.costShares"],
    notices,
    droppedShares: dropped,
  };
}

// How many revisions back a conflict's author is looked for; an editor's page rarely lags more.
const CONFLICT_AUTHOR_LOOKBACK = 200;

/**
 * Who last saved each answer changed since `sinceVersion` (up to `upTo`), and when: the newest
 * revision that changed it. A page that takes in an answer saved elsewhere names who saved it
 * (a walk: "av en kollega eller i en annan flik" left the editor guessing), as a conflict does.
 */
async function authorsSince(db: Prisma.TransactionClient, caseId: string, sinceVersion: number, upTo: number, userId: string): Promise<Record<string, ConflictAuthor>> {
  if (upTo <= sinceVersion) return {};
  const revisions = await db.caseRevision.findMany({
    where: { caseId, version: { gt: sinceVersion, lte: upTo } },
    orderBy: { version: "desc" },
    take: CONFLICT_AUTHOR_LOOKBACK,
    select: { at: true, actorUserId: true, actorName: true, actorEmail: true, changes: true },
  });
  // The party each saver represents in this case: "Per Partner" alone left a reader of two
  // parties' case asking which municipality changed the answer.
  // Not the reader's own party: their own saves are said as theirs ("av dig i en annan flik").
  const savers = [...new Set(revisions.map((revision) => revision.actorUserId).filter((id): id is string => Boolean(id) && id !== userId))];
  const members = savers.length
    ? await db.caseMember.findMany({ where: { caseId, userId: { in: savers } }, select: { userId: true, organization: { select: { name: true } } } })
    : [];
  const partyOf = new Map(members.map((member) => [member.userId, member.organization?.name]));
  const authors: Record<string, ConflictAuthor> = {};
  for (const revision of revisions) {
    const organization = revision.actorUserId ? partyOf.get(revision.actorUserId) : undefined;
    const author: ConflictAuthor = {
      name: revision.actorName?.trim() || revision.actorEmail?.trim() || "En annan användare",
      at: revision.at.toISOString(),
      ...(organization ? { organization } : {}),
      ...(revision.actorUserId === userId ? { self: true } : {}),
    };
    for (const change of Array.isArray(revision.changes) ? revision.changes : []) {
      const path = (change as { path?: unknown } | null)?.path;
      if (typeof path === "string" && !(path in authors)) authors[path] = author;
    }
  }
  return authors;
}

/**
 * Adds to each conflict who saved the other version and when. Read in the save's transaction,
 * under the case row's lock, so it names the save whose answer the editor is shown.
 */
function withAuthors(conflicts: AnswerConflict[], authors: Record<string, ConflictAuthor>): AnswerConflict[] {
  return conflicts.map((conflict) => {
    const changedBy = authors[conflict.path];
    return changedBy ? { ...conflict, changedBy } : conflict;
  });
}

export interface SaveResult {
  version: number;
  doc: Case;
  applied: string[];
  conflicts: AnswerConflict[];
  /** Consequences of this save the saver must be told about, such as a cost share removed with its party. */
  notices: SaveNotice[];
  savedAt: string;
  blockers: number;
  /** Who saved each answer changed elsewhere since the page's version, for the page to name at what it takes in. */
  changedBy: Record<string, ConflictAuthor>;
}

/**
 * The case's answers as saved now, for an editor's open step page to take in what others have
 * saved since it was drawn (a walk: a colleague's choice in a conflict replaced an answer, and the
 * page went on showing "Sparat" beside the text that no longer stood). Only a newer version is
 * read in full; the page asks every 20 s, so the usual answer is the version alone.
 */
/**
 * A page opened by one person and sent on after another signed in in the same browser (another
 * tab) is refused as signed out: the first person's unsaved answers are not saved under the
 * second's name (a review of the change found the way). The page keeps them for its own person.
 */
function refuseOtherPerson(actor: Actor, pageUserId: string | undefined): void {
  if (pageUserId && actor.kind === "user" && actor.userId !== pageUserId) throw new AppError("UNAUTHENTICATED", WIZARD_MESSAGES.otherPersonSignedIn);
}

export async function readSavedAnswers(actor: Actor, input: unknown): Promise<{ version: number; doc?: Case; changedBy?: Record<string, ConflictAuthor> }> {
  const caseId = (input as { caseId?: unknown } | null)?.caseId;
  const scope = caseScope(actor, "case.update");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", caseId);
  const { knownVersion, pageUserId } = parseInput(readAnswersSchema, input);
  refuseOtherPerson(actor, pageUserId);
  const where = { AND: [{ id: caseId }, scope] };
  const head = await prisma.case.findFirst({ where, select: { version: true } });
  if (!head) return denyCase(actor, "case.update", caseId);
  if (head.version <= knownVersion) return { version: head.version };
  const current = await prisma.case.findFirst({ where, select: { data: true, version: true, title: true } });
  if (!current) return denyCase(actor, "case.update", caseId);
  const changedBy = await authorsSince(prisma, caseId, knownVersion, current.version, actor.userId);
  return { version: current.version, doc: readDocument(caseId, current.data, current.title), changedBy };
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
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", caseId);
  if (!(await mayOnCase(actor, "case.update", caseId))) return denyCase(actor, "case.update", caseId);
  const { changes, baseVersion, pageUserId } = parseInput(saveAnswersSchema, input);
  refuseOtherPerson(actor, pageUserId);

  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
    const current = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, scope] },
      select: { data: true, version: true, title: true, completedSteps: true },
    });
    if (!current) return denyCase(actor, "case.update", caseId);
    const doc = readDocument(caseId, current.data, current.title);
    // The count the case overview and "Kontrollera svaren" show, not every blocker of the engine.
    const blockersOf = (c: Case) => {
      const evaluation = evaluateCase(c, caseEvaluationDate(c));
      return countedSummary(evaluation, stepProgress(c, evaluation, current.completedSteps)).blockers;
    };
    refuseInvalidChanges(doc, changes);
    const dropped = dropOrphanedShares(mergeAnswers(doc, changes), doc);
    const changedBy = await authorsSince(tx, caseId, baseVersion, current.version, actor.userId);
    const merged = { ...dropped, conflicts: withAuthors(dropped.conflicts, changedBy) };
    const savedAt = new Date().toISOString();
    if (merged.applied.length === 0) {
      return { version: current.version, doc, applied: [], conflicts: merged.conflicts, notices: [], savedAt, blockers: blockersOf(doc), changedBy };
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
    await recordRevision(tx, actor, { caseId, version, before: doc, after: validated.data });
    await writeAudit(
      actor,
      { action: "case.update", outcome: "SUCCESS", caseId, details: {
          answers: merged.applied,
          conflicts: merged.conflicts.map((c) => c.path),
          basedOn: baseVersion,
          version,
          ...(merged.droppedShares.length > 0 ? { droppedShares: merged.droppedShares } : {}),
        },
      },
      tx,
    );
    return {
      version,
      doc: validated.data,
      applied: merged.applied,
      conflicts: merged.conflicts,
      notices: merged.notices,
      savedAt,
      blockers: blockersOf(validated.data),
      changedBy,
    };
  });
}

/**
 * Marks a step complete or not ("Är avsnittet klart?"). Completing a step that still has
 * blockers or unanswered questions needs an explicit confirmation.
 */
export async function setStepCompletion(actor: Actor, input: unknown): Promise<{ needsConfirmation: false } | { needsConfirmation: true; open: OpenOnCompletion; changed?: true; stale?: true }> {
  const caseId = (input as { caseId?: unknown } | null)?.caseId;
  const scope = caseScope(actor, "case.update");
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, "case.update", caseId);
  if (!(await mayOnCase(actor, "case.update", caseId))) return denyCase(actor, "case.update", caseId);
  const { step, complete, confirmIncomplete, confirmedBlockers, confirmedUnanswered, seenVersion } = parseInput(stepCompletionSchema, input);

  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
    const current = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, scope] },
      select: {
        data: true,
        completedSteps: true,
        stepCompletedBy: true,
        title: true,
        version: true,
        // The party the person marks for: their membership's in the case, else the owner's.
        ownerOrganization: { select: { name: true } },
        members: { where: { userId: actor.userId }, select: { organization: { select: { name: true } } }, take: 1 },
      },
    });
    if (!current) return denyCase(actor, "case.update", caseId);
    // Saved since the page's answers were read (another tab, the colleague): the counts are the
    // case's, not what the page shows, and the person is told to reload to see them.
    const stale = seenVersion !== undefined && current.version > seenVersion ? ({ stale: true } as const) : {};
    let open: OpenOnCompletion | undefined;
    if (complete === "ja") {
      const doc = readDocument(caseId, current.data, current.title);
      open = openOnCompletion(doc, evaluateCase(doc, caseEvaluationDate(doc)), step);
      // A page behind the case is asked even with nothing open: the person would mark complete
      // answers they have not seen (the walk: a tab marked a step complete after the colleague
      // changed it, and was told "Dina svar … är sparade").
      if (confirmIncomplete !== "ja" && (open.blockers > 0 || open.unanswered > 0 || "stale" in stale)) return { needsConfirmation: true, open, ...stale };
      // A confirmation covers what it said was open, no more (counts the form did not send back,
      // from a page loaded before they were sent, are not compared).
      const moreOpen = (confirmedBlockers !== undefined && open.blockers > confirmedBlockers) || (confirmedUnanswered !== undefined && open.unanswered > confirmedUnanswered);
      if (confirmIncomplete === "ja" && moreOpen) return { needsConfirmation: true, open, changed: true, ...stale };
    }
    const completedSteps = applyCompletion(current.completedSteps, step, complete === "ja");
    // "Nej" on a step that was not complete (or "Ja" again) changes nothing: nothing to write or
    // to show in the case's history.
    if (sameSteps(completedSteps, current.completedSteps)) return { needsConfirmation: false as const };
    const stepCompletedBy = marksAfter(readCompletionMarks(current.stepCompletedBy), completedSteps, step, complete === "ja", {
      name: actor.name,
      organization: current.members[0]?.organization?.name ?? current.ownerOrganization.name,
      at: new Date().toISOString(),
    });
    await tx.case.update({ where: { id: caseId }, data: { completedSteps, stepCompletedBy } });
    // The history shows what was left open when a step was marked complete anyway.
    const left = open && (open.blockers > 0 || open.unanswered > 0) ? { blockers: open.blockers, unanswered: open.unanswered } : {};
    await writeAudit(actor, { action: "case.update", outcome: "SUCCESS", caseId, details: { step, completed: complete === "ja", ...left } }, tx);
    return { needsConfirmation: false as const };
  });
}
