import "server-only";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { mayOnLoadedCase } from "@/lib/auth/authorize";
import type { Action } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write";
import { findScopedCase } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { mapPrismaError } from "@/lib/errors/prisma";
import { parseInput } from "@/lib/forms/validation";
import { REVIEW_PARTIES_SELECT, fieldError, partyOrganizations } from "@/lib/review/access";
import { readDocument } from "@/lib/wizard/data";
import { DECISION_MESSAGES } from "./messages";
import { decisionSchema, signatureSchema, withdrawSchema } from "./schemas";
import { caseEnd, type DecisionRow, type SignatureRow } from "./status";

// Each party's decision on the case and its signature of the agreement, recorded by the case's
// editors from the minutes and the signed agreement. Every function opens the case through
// findScopedCase (the permission in the query); an entry is withdrawn, never changed or deleted.

const STANDING = { withdrawnAt: null } as const;

const DECISION_SELECT = {
  id: true,
  organizationId: true,
  body: true,
  bodyName: true,
  decidedOn: true,
  paragraph: true,
  outcome: true,
  caseVersion: true,
  recordedByName: true,
  createdAt: true,
} as const satisfies Prisma.PartyDecisionSelect;

const SIGNATURE_SELECT = {
  id: true,
  organizationId: true,
  signedOn: true,
  signatoryName: true,
  signatoryTitle: true,
  caseVersion: true,
  recordedByName: true,
  createdAt: true,
} as const satisfies Prisma.AgreementSignatureSelect;

const PAGE_SELECT = {
  ...REVIEW_PARTIES_SELECT,
  title: true,
  version: true,
  data: true,
  partyDecisions: { where: STANDING, select: DECISION_SELECT },
  signatures: { where: STANDING, select: SIGNATURE_SELECT },
} as const satisfies Prisma.CaseSelect;

/** A DATE column as the calendar day it holds (Prisma reads it as midnight UTC). */
const day = (value: Date) => value.toISOString().slice(0, 10);
const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/** The decisions page: the parties, their standing decisions and signatures, and what to check. */
export async function loadCaseDecisions(actor: Actor, caseId: string) {
  const row = await findScopedCase(actor, caseId, "case.view", PAGE_SELECT);
  const doc = readDocument(row.id, row.data, row.title);
  const parties = partyOrganizations(row);
  const decisions: DecisionRow[] = row.partyDecisions.map((d) => ({ ...d, decidedOn: day(d.decidedOn) }));
  const signatures: SignatureRow[] = row.signatures.map((s) => ({ ...s, signedOn: day(s.signedOn) }));
  return {
    caseId: row.id,
    title: row.title,
    version: row.version,
    parties,
    end: caseEnd({ parties, decisions, signatures, principled: doc.anchoring.principledCharacter, version: row.version }),
    canRecord: mayOnLoadedCase(actor, "case.decision.record", row),
    canWithdraw: mayOnLoadedCase(actor, "case.decision.withdraw", row),
  };
}

export type CaseDecisionsData = Awaited<ReturnType<typeof loadCaseDecisions>>;

/** Opens the case for a write: the permission in the query, the party and the version checked. */
async function openForEntry(actor: Actor, caseId: string, action: Action, organizationId: string, caseVersion: number) {
  const row = await findScopedCase(actor, caseId, action, { ...REVIEW_PARTIES_SELECT, version: true });
  const party = partyOrganizations(row).find((p) => p.id === organizationId);
  if (!party) throw fieldError("organizationId", DECISION_MESSAGES.notParty);
  if (caseVersion > row.version) throw fieldError("caseVersion", DECISION_MESSAGES.noSuchVersion(caseVersion, row.version));
  // Only a signed-in actor holds a case role; findScopedCase has refused anyone else.
  return { row, party, user: actor as SignedInActor };
}

/** Records one party's decision, as its minutes give it. */
export async function recordDecision(actor: Actor, caseId: string, input: unknown): Promise<{ id: string; partyName: string }> {
  const fields = parseInput(decisionSchema, input);
  const { row, party, user } = await openForEntry(actor, caseId, "case.decision.record", fields.organizationId, fields.caseVersion);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.partyDecision.create({
        data: { ...fields, paragraph: fields.paragraph ?? null, decidedOn: asDate(fields.decidedOn), caseId: row.id, recordedByUserId: user.userId, recordedByName: user.name },
        select: { id: true },
      });
      await writeAudit(
        user,
        {
          action: "case.decision.record",
          outcome: "SUCCESS",
          caseId: row.id,
          details: { organizationId: party.id, organizationName: party.name, body: fields.body, bodyName: fields.bodyName, decidedOn: fields.decidedOn, paragraph: fields.paragraph ?? null, outcome: fields.outcome, caseVersion: fields.caseVersion },
        },
        tx,
      );
      return { id: created.id, partyName: party.name };
    });
  } catch (error) {
    return mapDuplicate(error, "decidedOn", DECISION_MESSAGES.duplicateDecision(party.name));
  }
}

/** Records one party's signature of the agreement. */
export async function recordSignature(actor: Actor, caseId: string, input: unknown): Promise<{ id: string; partyName: string }> {
  const fields = parseInput(signatureSchema, input);
  const { row, party, user } = await openForEntry(actor, caseId, "case.decision.record", fields.organizationId, fields.caseVersion);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.agreementSignature.create({
        data: { ...fields, signedOn: asDate(fields.signedOn), caseId: row.id, recordedByUserId: user.userId, recordedByName: user.name },
        select: { id: true },
      });
      await writeAudit(
        user,
        {
          action: "case.decision.record",
          outcome: "SUCCESS",
          caseId: row.id,
          details: { signature: true, organizationId: party.id, organizationName: party.name, signatoryName: fields.signatoryName, signatoryTitle: fields.signatoryTitle, signedOn: fields.signedOn, caseVersion: fields.caseVersion },
        },
        tx,
      );
      return { id: created.id, partyName: party.name };
    });
  } catch (error) {
    return mapDuplicate(error, "signatoryName", DECISION_MESSAGES.duplicateSignature(party.name, fields.signatoryName));
  }
}

/** A second standing entry for the same thing (a double post, two editors at once) is refused by the partial unique index. */
function mapDuplicate(error: unknown, path: string, message: string): never {
  if (error instanceof AppError) throw error;
  try {
    mapPrismaError(error, { conflict: message });
  } catch (mapped) {
    if (mapped instanceof AppError) throw new AppError("CONFLICT", message, { fieldErrors: [{ path, message }], cause: error });
    throw mapped;
  }
}

/**
 * Withdraws a mistaken decision or signature: it leaves the page, and stays in the table and
 * the log. A second withdrawal (a double press, two editors) is told it was already done.
 */
export async function withdrawEntry(actor: Actor, caseId: string, kind: "decision" | "signature", input: unknown): Promise<string> {
  const { id } = parseInput(withdrawSchema, input);
  const row = await findScopedCase(actor, caseId, "case.decision.withdraw", { ...REVIEW_PARTIES_SELECT });
  const user = actor as SignedInActor;
  const parties = partyOrganizations(row);
  await prisma.$transaction(async (tx) => {
    const where = { id, caseId: row.id, ...STANDING };
    const data = { withdrawnAt: new Date(), withdrawnByName: user.name };
    let details: Record<string, unknown>;
    if (kind === "decision") {
      const found = await tx.partyDecision.findFirst({ where, select: { organizationId: true, bodyName: true, decidedOn: true, outcome: true, body: true } });
      if (!found || (await tx.partyDecision.updateMany({ where, data })).count !== 1) throw new AppError("CONFLICT", DECISION_MESSAGES.alreadyWithdrawn);
      details = {
        organizationId: found.organizationId,
        organizationName: parties.find((p) => p.id === found.organizationId)?.name ?? null,
        bodyName: found.bodyName,
        body: found.body,
        decidedOn: day(found.decidedOn),
        outcome: found.outcome,
      };
    } else {
      const found = await tx.agreementSignature.findFirst({ where, select: { organizationId: true, signatoryName: true, signedOn: true } });
      if (!found || (await tx.agreementSignature.updateMany({ where, data })).count !== 1) throw new AppError("CONFLICT", DECISION_MESSAGES.alreadyWithdrawn);
      details = { signature: true, organizationId: found.organizationId, organizationName: parties.find((p) => p.id === found.organizationId)?.name ?? null, signatoryName: found.signatoryName, signedOn: day(found.signedOn) };
    }
    await writeAudit(user, { action: "case.decision.withdraw", outcome: "SUCCESS", caseId: row.id, details: { id, ...details } }, tx);
  });
  return id;
}
