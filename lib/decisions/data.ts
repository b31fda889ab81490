import "server-only";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { deny, mayOnLoadedCase } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { findScopedCase } from "@/lib/cases/data";
import { isUuid } from "@/lib/cases/ids";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type * as z from "zod/mini";
import type { Case } from "@/lib/case";
import { AppError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/format";
import { parseInput } from "@/lib/forms/validation";
import { MAY_HOLD_CASE_ROLE, REVIEW_PARTIES_SELECT, fieldError, partyOrganizations } from "@/lib/review/access";
import { readDocument } from "@/lib/wizard/data";
import { DECISION_MESSAGES } from "./messages";
import { type AnswerParty, type DecisionParty, decisionParties, resolveEntries } from "./parties";
import { decisionSchema, signatureSchema, withdrawSchema } from "./schemas";
import { CASE_END_SELECT, STANDING } from "./selects";
import { caseEnd, mayWithdrawEntry, type CaseEnd, type DecisionRow, type SignatureRow, type WithdrawingEditor } from "./status";

// Each party's decision on the case and its signature of the agreement, recorded by the case's
// editors from the minutes and the signed agreement. Every function opens the case through
// findScopedCase (the permission in the query); an entry is withdrawn, never changed or deleted.

/** What decides the case's parties: its organisations (with their type) and the answers' parties. */
const PARTIES_SELECT = {
  ...REVIEW_PARTIES_SELECT,
  ownerOrganization: { select: { id: true, name: true, type: true } },
  members: { select: { userId: true, role: true, organizationId: true, organization: { select: { id: true, name: true, type: true } } } },
  title: true,
  version: true,
  data: true,
} as const satisfies Prisma.CaseSelect;

type PartiesRow = Prisma.CaseGetPayload<{ select: typeof PARTIES_SELECT }>;

const PAGE_SELECT = {
  ...PARTIES_SELECT,
  ...CASE_END_SELECT,
  // What a jurist approved: a decision on another document is a point to check (decidedVersionFacts).
  approvals: { select: { caseVersion: true, documentHash: true } },
  // Which versions the documents a nämnd decides on, and the agreement signed, were created from.
  documents: { where: { kind: { in: ["tjansteskrivelse", "avtal"] } }, select: { kind: true, caseVersion: true, createdAt: true } },
} as const satisfies Prisma.CaseSelect;

/** A DATE column as the calendar day it holds (Prisma reads it as midnight UTC). */
const day = (value: Date) => value.toISOString().slice(0, 10);
const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/** The rows that decide a case's parties for decisions and where its end stands: the page's, or the case page's (lib/cases/data.ts). */
type CaseEndRow = Pick<PartiesRow, "id" | "ownerOrganizationId" | "ownerOrganization" | "members" | "version"> & Prisma.CaseGetPayload<{ select: typeof CASE_END_SELECT }>;

/** The case's parties for decisions: its organisations, then step 2B's parties that are none of them. */
function partiesOf(row: Pick<CaseEndRow, "id" | "ownerOrganizationId" | "ownerOrganization" | "members">, answerParties: readonly AnswerParty[]): DecisionParty[] {
  const types = new Map([row.ownerOrganization, ...row.members.flatMap((m) => (m.organization ? [m.organization] : []))].map((o) => [o.id, o.type]));
  const organizations = partyOrganizations(row).map((o) => ({ ...o, type: types.get(o.id) ?? "KOMMUN" }));
  return decisionParties(organizations, answerParties);
}

/** A version the forms offer: one documents were created from, newest first, and the case's version now. */
export interface VersionChoice {
  version: number;
  /** When its documents of this kind were first created; null for the version now without any. */
  documentsOn: string | null;
}

function versionChoices(documents: readonly { kind: string; caseVersion: number; createdAt: Date }[], kind: string, current: number): VersionChoice[] {
  const first = new Map<number, Date>();
  for (const d of documents) if (d.kind === kind && (!first.has(d.caseVersion) || d.createdAt < first.get(d.caseVersion)!)) first.set(d.caseVersion, d.createdAt);
  // The day in Sweden: a document made at 00:30 belongs to that day, not to UTC's day before.
  const choices: VersionChoice[] = [...first].map(([version, at]) => ({ version, documentsOn: formatDate(at) }));
  if (!first.has(current)) choices.push({ version: current, documentsOn: null });
  return choices.sort((a, b) => b.version - a.version);
}

/**
 * The decisions page: the parties, their standing decisions and signatures, and what to check.
 * `withdrawnId` is an entry just withdrawn (the page's address names it): it is named only when
 * it is this case's.
 */
export async function loadCaseDecisions(actor: Actor, caseId: string, withdrawnId?: unknown) {
  const row = await findScopedCase(actor, caseId, "case.view", PAGE_SELECT);
  // Parsed once: the parties of step 2B and step 3C's answer both come from it.
  const doc = readDocument(row.id, row.data, row.title);
  const parties = partiesOf(row, doc.parties);
  return {
    caseId: row.id,
    title: row.title,
    version: row.version,
    parties: parties.map((p) => ({ key: p.key, name: p.name, inSamverka: p.organizationId !== null })),
    versions: { decision: versionChoices(row.documents, "tjansteskrivelse", row.version), signature: versionChoices(row.documents, "avtal", row.version) },
    withdrawn: await withdrawnEntry(row.id, withdrawnId),
    end: endOf(row, doc.anchoring.principledCharacter, parties, await decidedVersionFacts(row)),
    canRecord: mayOnLoadedCase(actor, "case.decision.record", row),
    canWithdraw: mayOnLoadedCase(actor, "case.decision.withdraw", row),
    /** Whose entries this person may take off (mayWithdrawEntry): theirs, and their organisation's. */
    editor: editingFor(row.members, actor.kind === "user" ? actor.userId : ""),
  };
}

export type CaseDecisionsData = Awaited<ReturnType<typeof loadCaseDecisions>>;

/**
 * Where the case's end stands, from a row read with its standing entries (CASE_END_SELECT) and
 * its parsed document: the decisions page's, and the overview's from the case page's one query.
 */
export function caseEndOf(row: CaseEndRow, doc: Case, versions?: DecidedVersionFacts): CaseEnd {
  return endOf(row, doc.anchoring.principledCharacter, partiesOf(row, doc.parties), versions);
}

/** What the decisions page checks of the versions standing adopting decisions were taken on. */
export interface DecidedVersionFacts {
  /** Approved by a jurist: an approval of that version, or of the same document. */
  approvedVersions: number[];
  /** With the same document as the case has now: a change saved and undone since changes nothing decided. */
  sameAsNowVersions: number[];
}

/**
 * The versions standing adopting decisions were taken on, by document: which a jurist approved (an
 * approval of that version, or of the same document: the revision in force at it has the approved
 * hash; a version raised by a new diary number alone keeps the document, a review), and which
 * hold the document the case has now. Reads the revisions in force at the decided versions and
 * now, and nothing for a case without decisions.
 */
export async function decidedVersionFacts(row: {
  id: string;
  version: number;
  partyDecisions: readonly { caseVersion: number; outcome: string }[];
  approvals: readonly { caseVersion: number; documentHash: string }[];
}): Promise<DecidedVersionFacts> {
  const decided = [...new Set(row.partyDecisions.filter((d) => d.outcome === "ADOPTED").map((d) => d.caseVersion))];
  if (decided.length === 0) return { approvedVersions: [], sameAsNowVersions: [] };
  // The revision in force at the version, or, before the first saved change (a case created with
  // its answers, as the demo's), an approval of that very version, which hashed the document then
  // (a re-walk: a change undone still read as changed on the demo's case, decided on version 1).
  const hashAt = async (version: number) =>
    (await prisma.caseRevision.findFirst({ where: { caseId: row.id, version: { lte: version } }, orderBy: { version: "desc" }, select: { documentHash: true } }))?.documentHash ??
    row.approvals.find((a) => a.caseVersion === version)?.documentHash;
  const [now, ...hashes] = await Promise.all([hashAt(row.version), ...decided.map(hashAt)]);
  const approvedVersions = decided.filter((version, index) => row.approvals.some((a) => a.caseVersion === version || (hashes[index] !== undefined && a.documentHash === hashes[index])));
  const sameAsNowVersions = decided.filter((version, index) => version === row.version || (now !== undefined && hashes[index] === now));
  return { approvedVersions, sameAsNowVersions };
}

/**
 * The rows SKR's statistics read for every case's end (lib/catalogue/statistics.ts): the
 * organisations that decide its parties, with its standing entries. Nothing here names anyone.
 */
export const CASE_END_ROW_SELECT = {
  id: true,
  ownerOrganizationId: true,
  version: true,
  ownerOrganization: PARTIES_SELECT.ownerOrganization,
  members: PARTIES_SELECT.members,
  // Only what the band needs: no signatory's or recorder's name reaches the statistics (a review).
  partyDecisions: { where: STANDING, select: { id: true, partyKey: true, partyName: true, body: true, decidedOn: true, outcome: true, caseVersion: true, createdAt: true } },
  signatures: { where: STANDING, select: { id: true, partyKey: true, partyName: true, signedOn: true, caseVersion: true, createdAt: true } },
} as const satisfies Prisma.CaseSelect;

/** Whether every party of the case has decided and signed, from its rows and step 2B's parties (kept with the statistics' facts per version; "Mina ärenden"). */
export function caseEndForStatistics(row: Prisma.CaseGetPayload<{ select: typeof CASE_END_ROW_SELECT }>, answerParties: readonly AnswerParty[]): CaseEnd {
  const unnamed = { bodyName: "", paragraph: null, recordedByName: "", recordedByUserId: "", organizationId: null, signatoryName: "", signatoryTitle: "" };
  const full = { ...row, partyDecisions: row.partyDecisions.map((d) => ({ ...unnamed, ...d })), signatures: row.signatures.map((s) => ({ ...unnamed, ...s })) };
  return endOf(full, undefined, partiesOf(row, answerParties));
}

/**
 * "Mina ärenden": the end of each listed case that has a standing decision or signature. The
 * listed ids were read through the actor's `scope`; a probe by those ids alone (the entries'
 * caseId indexes, no scope to evaluate) finds which have any, and only those are read, through
 * the scope again. A page of cases still under way costs the probe alone, not the scope's
 * conditions evaluated for every listed case.
 */
export async function listedCaseEnds(scope: Prisma.CaseWhereInput, cases: readonly { id: string; parties: readonly AnswerParty[] }[]): Promise<Map<string, CaseEnd>> {
  if (!cases.length) return new Map();
  const ids = cases.map((c) => c.id);
  const withEntries = await prisma.$queryRaw<{ caseId: string }[]>`
    SELECT "caseId" FROM "PartyDecision" WHERE "caseId" = ANY(${ids}::uuid[]) AND "withdrawnAt" IS NULL
    UNION
    SELECT "caseId" FROM "AgreementSignature" WHERE "caseId" = ANY(${ids}::uuid[]) AND "withdrawnAt" IS NULL`;
  if (!withEntries.length) return new Map();
  const rows = await prisma.case.findMany({
    where: { AND: [scope, { id: { in: withEntries.map((row) => row.caseId) } }] },
    select: CASE_END_ROW_SELECT,
  });
  const partiesOfCase = new Map(cases.map((c) => [c.id, c.parties]));
  return new Map(rows.map((row) => [row.id, caseEndForStatistics(row, partiesOfCase.get(row.id) ?? [])]));
}

function endOf(row: CaseEndRow, principled: boolean | undefined, parties: DecisionParty[], versions?: DecidedVersionFacts): CaseEnd {
  // Each entry under the party that owns it now; a party no longer in the case keeps its entries, under the name recorded.
  const resolved = resolveEntries(parties, [...row.partyDecisions, ...row.signatures]);
  const decisions: DecisionRow[] = row.partyDecisions.map((d) => ({ ...d, partyKey: resolved.ownerOf(d), decidedOn: day(d.decidedOn) }));
  const signatures: SignatureRow[] = row.signatures.map((s) => ({ ...s, partyKey: resolved.ownerOf(s), signedOn: day(s.signedOn) }));
  return caseEnd({ parties: resolved.parties, decisions, signatures, principled, version: row.version, ...versions });
}

/** A withdrawn entry of this case, as the page names it after withdrawing it; null for anything else. */
async function withdrawnEntry(caseId: string, id: unknown): Promise<string | null> {
  if (typeof id !== "string" || !isUuid(id)) return null;
  const where = { id, caseId, withdrawnAt: { not: null } };
  const [decision, signature] = await Promise.all([
    prisma.partyDecision.findFirst({ where, select: { bodyName: true, decidedOn: true, paragraph: true, partyName: true } }),
    prisma.agreementSignature.findFirst({ where, select: { signatoryName: true, signedOn: true, partyName: true } }),
  ]);
  if (decision) return `Registreringen av beslutet av ${decision.bodyName} ${day(decision.decidedOn)}${decision.paragraph ? ` ${decision.paragraph}` : ""} för ${decision.partyName} är borttagen. Den finns kvar i ärendets historik.`;
  if (signature) return `Registreringen av underskriften av ${signature.signatoryName} ${day(signature.signedOn)} för ${signature.partyName} är borttagen. Den finns kvar i ärendets historik.`;
  return null;
}

/**
 * Opens the case for a write (the permission in the query) before reading the input, so someone
 * who may not write is refused as such whatever they sent; then the party and the version.
 */
async function openForEntry<S extends typeof decisionSchema | typeof signatureSchema>(actor: Actor, caseId: string, schema: S, input: unknown) {
  const row = await findScopedCase(actor, caseId, "case.decision.record", PARTIES_SELECT);
  const fields = parseInput(schema, input) as z.output<S>;
  const parties = partiesOf(row, readDocument(row.id, row.data, row.title).parties);
  const party = parties.find((p) => p.key === fields.party);
  if (!party) throw fieldError("party", DECISION_MESSAGES.notParty);
  if (fields.caseVersion > row.version) throw fieldError("caseVersion", DECISION_MESSAGES.noSuchVersion(fields.caseVersion, row.version));
  // Only a signed-in actor holds a case role; findScopedCase has refused anyone else.
  return { row, parties, party, fields, user: actor as SignedInActor };
}

/** Who takes an entry off: the organisations they edit the case for, and those any of the case's editors works for (mayWithdrawEntry). */
async function withdrawingEditor(caseId: string, userId: string): Promise<WithdrawingEditor> {
  const editors = await prisma.caseMember.findMany({ where: { caseId, role: "EDITOR", user: MAY_HOLD_CASE_ROLE }, select: { userId: true, role: true, organizationId: true } });
  return editingFor(editors, userId);
}

/** The same, from a case's members as read with it. */
function editingFor(members: readonly { userId: string; role: string; organizationId: string | null }[], userId: string): WithdrawingEditor {
  const editors = members.filter((m) => m.role === "EDITOR" && m.organizationId !== null);
  return {
    userId,
    organizationIds: editors.filter((m) => m.userId === userId).map((m) => m.organizationId!),
    organizationsWithEditors: [...new Set(editors.map((m) => m.organizationId!))],
  };
}

/** Writes for one case one at a time, so the check for the same entry and its insert cannot interleave. */
async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
}

/** An entry that stands already: a conflict with what is recorded, told at the field it turns on. */
const duplicate = (path: string, message: string) => new AppError("CONFLICT", message, { fieldErrors: [{ path, message }] });

/** Whether any of these entries is the party's own now (resolveEntries), whatever key it was recorded under. */
const ownedBy = (parties: readonly DecisionParty[], party: DecisionParty, entries: readonly { partyKey: string; partyName: string }[]) =>
  entries.some((entry) => resolveEntries(parties, [entry]).ownerOf(entry) === party.key);

/** The same name, however it was capitalised. */
const sameName = (name: string) => ({ equals: name, mode: "insensitive" as const });

/** The columns that name an entry's party: its key, its name now, and its organisation if it is one. */
const partyColumns = (party: DecisionParty) => ({ partyKey: party.key, partyName: party.name, organizationId: party.organizationId });

/**
 * Writes one entry under the case's row lock, so the check for the same entry and its insert
 * cannot interleave with another editor's, and logs it in the same transaction.
 */
async function recordEntry(user: SignedInActor, caseId: string, details: Record<string, unknown>, write: (tx: Prisma.TransactionClient) => Promise<{ id: string }>): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await lockCase(tx, caseId);
    const { id } = await write(tx);
    await writeAudit(user, { action: "case.decision.record", outcome: "SUCCESS", caseId, details }, tx);
    return id;
  });
}

/**
 * Refuses an entry dated before the version it names was saved (a walk recorded a decision of
 * 2026-12-01 on a version saved 2026-12-06, and nothing was said). Version 1 may have no revision
 * (the case's creation): nothing to compare then.
 */
async function refuseBeforeVersion(caseId: string, version: number, date: string, path: string, what: "Beslutet" | "Underskriften"): Promise<void> {
  const revision = await prisma.caseRevision.findUnique({ where: { caseId_version: { caseId, version } }, select: { at: true } });
  if (!revision) return;
  const savedOn = formatDate(revision.at);
  if (date < savedOn) throw fieldError(path, DECISION_MESSAGES.beforeVersion(what, date, version, savedOn));
}

/**
 * Records one party's decision, as its minutes give it. The same body's decision of the same day
 * for the party, recorded again (a double press, a post sent again without JavaScript, two
 * editors from the same minutes), is refused rather than listed twice; another paragraph of the
 * same meeting is another decision.
 */
export async function recordDecision(actor: Actor, caseId: string, input: unknown): Promise<{ id: string; partyName: string }> {
  const { row, parties, party, fields, user } = await openForEntry(actor, caseId, decisionSchema, input);
  await refuseBeforeVersion(row.id, fields.caseVersion, fields.decidedOn, "decidedOn", "Beslutet");
  const decidedOn = asDate(fields.decidedOn);
  const paragraph = fields.paragraph ?? null;
  const details = { partyKey: party.key, organizationId: party.organizationId, organizationName: party.name, body: fields.body, bodyName: fields.bodyName, decidedOn: fields.decidedOn, paragraph, outcome: fields.outcome, caseVersion: fields.caseVersion };
  const id = await recordEntry(user, row.id, details, async (tx) => {
    // Two paragraphs of one meeting are two decisions (a walk: § 88 sent back, § 95 adopted); without a paragraph on either, the same.
    const sameParagraph = paragraph ? { OR: [{ paragraph: null }, { paragraph: sameName(paragraph) }] } : {};
    const same = await tx.partyDecision.findMany({ where: { caseId: row.id, body: fields.body, bodyName: sameName(fields.bodyName), decidedOn, ...sameParagraph, ...STANDING }, select: { partyKey: true, partyName: true } });
    if (ownedBy(parties, party, same)) throw duplicate("decidedOn", DECISION_MESSAGES.duplicateDecision(party.name, paragraph));
    const { body, bodyName, outcome, caseVersion } = fields;
    const data = { body, bodyName, outcome, caseVersion, ...partyColumns(party), paragraph, decidedOn, caseId: row.id, recordedByUserId: user.userId, recordedByName: user.name };
    return tx.partyDecision.create({ data, select: { id: true } });
  });
  return { id, partyName: party.name };
}

/**
 * Records one party's signature of the agreement. The same signatory's signature of the same
 * version on the same day, recorded again, is refused; a later version signed again is its own.
 */
export async function recordSignature(actor: Actor, caseId: string, input: unknown): Promise<{ id: string; partyName: string }> {
  const { row, parties, party, fields, user } = await openForEntry(actor, caseId, signatureSchema, input);
  await refuseBeforeVersion(row.id, fields.caseVersion, fields.signedOn, "signedOn", "Underskriften");
  const signedOn = asDate(fields.signedOn);
  const details = { signature: true, partyKey: party.key, organizationId: party.organizationId, organizationName: party.name, signatoryName: fields.signatoryName, signatoryTitle: fields.signatoryTitle, signedOn: fields.signedOn, caseVersion: fields.caseVersion };
  const id = await recordEntry(user, row.id, details, async (tx) => {
    const same = await tx.agreementSignature.findMany({
      where: { caseId: row.id, signatoryName: sameName(fields.signatoryName), signedOn, caseVersion: fields.caseVersion, ...STANDING },
      select: { partyKey: true, partyName: true },
    });
    if (ownedBy(parties, party, same)) throw duplicate("signatoryName", DECISION_MESSAGES.duplicateSignature(party.name, fields.signatoryName));
    const { signatoryName, signatoryTitle, caseVersion } = fields;
    const data = { signatoryName, signatoryTitle, caseVersion, ...partyColumns(party), signedOn, caseId: row.id, recordedByUserId: user.userId, recordedByName: user.name };
    return tx.agreementSignature.create({ data, select: { id: true } });
  });
  return { id, partyName: party.name };
}

/**
 * Withdraws a mistaken decision or signature: it leaves the page, and stays in the table and
 * the log. A second withdrawal (a double press, two editors) is told it was already done.
 */
export async function withdrawEntry(actor: Actor, caseId: string, kind: "decision" | "signature", input: unknown, options: { confirmed: boolean }): Promise<string> {
  const row = await findScopedCase(actor, caseId, "case.decision.withdraw", { id: true });
  const { id } = parseInput(withdrawSchema, input);
  // Asked once more first (ConfirmForm): a post that skipped the question is refused, not acted on.
  if (!options.confirmed) throw new AppError("VALIDATION", DECISION_MESSAGES.confirmWithdraw);
  const user = actor as SignedInActor;
  const editor = await withdrawingEditor(row.id, user.userId);
  /** Another party's entry, recorded by someone else, is that party's to take off: refused, and audited with the case and the entry, before anything is written. */
  const refuseUnlessMine = async (found: { recordedByUserId: string; organizationId: string | null; partyName: string }) => {
    if (mayWithdrawEntry(found, editor)) return;
    await deny(actor, "case.decision.withdraw", { caseId: row.id, reason: "another party's entry", target: { entryId: id, organizationId: found.organizationId }, error: new AppError("FORBIDDEN", DECISION_MESSAGES.notYourEntry(found.partyName)) });
  };
  await prisma.$transaction(async (tx) => {
    const where = { id, caseId: row.id, ...STANDING };
    const data = { withdrawnAt: new Date(), withdrawnByName: user.name };
    let details: Record<string, unknown>;
    if (kind === "decision") {
      const found = await tx.partyDecision.findFirst({ where, select: { partyKey: true, partyName: true, organizationId: true, recordedByUserId: true, bodyName: true, decidedOn: true, paragraph: true, outcome: true, body: true } });
      if (found) await refuseUnlessMine(found);
      if (!found || (await tx.partyDecision.updateMany({ where, data })).count !== 1) throw new AppError("CONFLICT", DECISION_MESSAGES.alreadyWithdrawn);
      const { partyName, decidedOn, ...rest } = found;
      details = { ...rest, organizationName: partyName, decidedOn: day(decidedOn) };
    } else {
      const found = await tx.agreementSignature.findFirst({ where, select: { partyKey: true, partyName: true, organizationId: true, recordedByUserId: true, signatoryName: true, signedOn: true } });
      if (found) await refuseUnlessMine(found);
      if (!found || (await tx.agreementSignature.updateMany({ where, data })).count !== 1) throw new AppError("CONFLICT", DECISION_MESSAGES.alreadyWithdrawn);
      const { partyName, signedOn, ...rest } = found;
      details = { signature: true, ...rest, organizationName: partyName, signedOn: day(signedOn) };
    }
    await writeAudit(user, { action: "case.decision.withdraw", outcome: "SUCCESS", caseId: row.id, details: { id, ...details } }, tx);
  });
  return id;
}
