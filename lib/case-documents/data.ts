import "server-only";
import type { Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { deny, denyCase, mayOnLoadedCase } from "@/lib/auth/authorize";
import { CASE_ROLE_SELECT, type CaseRoleRow } from "@/lib/auth/case-roles";
import { writeAudit } from "@/lib/audit/write";
import { findScopedCase } from "@/lib/cases/data";
import { isUuid } from "@/lib/cases/ids";
import { buildDocument, documentsForCase, DOCUMENT_KIND_LABELS, type DocumentKind, type DocumentSpec, type RiskDecision } from "@/lib/documents";
import { renderFile, type DocumentFormat } from "@/lib/documents/render/files";
import { renderHtml } from "@/lib/documents/render/html";
import { AppError } from "@/lib/errors/app-error";
import { formatDate, todayInStockholm } from "@/lib/format";
import { logger } from "@/lib/log/logger";
import { currentDecisions } from "@/lib/review/data";
import { approvingParties, partyOrganizations, REVIEW_PARTIES_SELECT } from "@/lib/review/access";
import { statedApprovalState, type StatedApprovalState } from "@/lib/review/approval";
import { documentHash } from "@/lib/review/hash";
import { DECISION_LABELS } from "@/lib/review/labels";
import { documentApprovalState } from "@/lib/review/queries";
import { evaluateCase } from "@/lib/rules";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { readDocument } from "@/lib/wizard/data";

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ["docx", "pdf"];

export const DOCUMENT_MESSAGES = {
  renderFailed: "Dokumenten kunde inte skapas just nu. Inget sparades. Försök igen om en stund.",
  unknownDocument: "Dokumentet finns inte, eller så har du inte tillgång till det.",
} as const;

const CASE_SELECT = { id: true, title: true, diaryNumber: true, version: true, data: true, ...CASE_ROLE_SELECT } as const;

/** The reviewers' decisions that still hold (their finding's facts are unchanged), as the memo states them. */
async function riskDecisions(caseId: string, doc: Case): Promise<RiskDecision[]> {
  const views = await currentDecisions(prisma, caseId, doc, evaluateCase(doc, caseEvaluationDate(doc)));
  const holding = views.filter((v) => v.holds);
  if (holding.length === 0) return [];
  const organizations = await prisma.organization.findMany({ where: { id: { in: [...new Set(holding.map((v) => v.organizationId))] } }, select: { id: true, name: true } });
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return holding.map((v) => ({
    findingKey: v.findingKey,
    text: `Jurist för ${names.get(v.organizationId) ?? "en part"}: ${DECISION_LABELS[v.kind]}${v.motivation ? ` – ${v.motivation}` : ""}${v.source && v.kind === "VERIFIED" ? ` (källa: ${v.source})` : ""} (${v.decidedByName}, ${formatDate(v.createdAt)})`,
  }));
}


/** Normalised for comparing a party's name with an organisation's: case, spaces and "kommun"/"region" ignored. */
function nameKey(name: string): string {
  return name.toLocaleLowerCase("sv").replace(/\b(kommun|region|kommunalförbund)\b/g, "").replace(/\s+/g, " ").trim();
}

/**
 * The case party (in the document's parties) the person works for: an organisation they take
 * part in the case for, or hold a role in, that is a party of the case, matched to the document's
 * party by kommunkod or name. Undefined when none or more than one matches.
 */
async function partyOfActor(actor: Actor, found: CaseRoleRow, doc: Case): Promise<string | undefined> {
  if (actor.kind !== "user") return undefined;
  const parties = new Set([found.ownerOrganizationId, ...found.members.flatMap((m) => (m.organizationId ? [m.organizationId] : []))]);
  const own = new Set([
    ...found.members.filter((m) => m.userId === actor.userId && m.organizationId).map((m) => m.organizationId!),
    ...actor.memberships.map((m) => m.organizationId).filter((id) => parties.has(id)),
  ]);
  if (own.size === 0) return undefined;
  const organizations = await prisma.organization.findMany({ where: { id: { in: [...own] } }, select: { name: true, officialCode: true } });
  const matches = doc.parties.filter((p) =>
    organizations.some((o) => (p.officialCode && o.officialCode ? p.officialCode === o.officialCode : !!p.name && nameKey(p.name) === nameKey(o.name))),
  );
  return matches.length === 1 ? matches[0]!.id : undefined;
}

function optionsFor(found: { diaryNumber: string | null; version: number }, actor: Actor, state: StatedApprovalState, decisions: RiskDecision[], officerPartyId: string | undefined) {
  return {
    decisions,
    date: todayInStockholm(),
    caseVersion: found.version,
    dnr: found.diaryNumber ?? undefined,
    approval: state.approval,
    partialApproval: state.partial,
    officer: actor.kind === "user" ? { name: actor.name, partyId: officerPartyId } : undefined,
  };
}

const STORED_SELECT = {
  id: true,
  kind: true,
  partyId: true,
  format: true,
  caseVersion: true,
  approvalVersion: true,
  approvalStatement: true,
  fileName: true,
  size: true,
  sha256: true,
  createdByName: true,
  createdAt: true,
} as const satisfies Prisma.CaseDocumentSelect;

export type StoredDocument = Prisma.CaseDocumentGetPayload<{ select: typeof STORED_SELECT }>;

/** The documents page's case row: the case, its parties, the parties it was sent to, and its approvals, read in one query. */
const PAGE_SELECT = {
  ...CASE_SELECT,
  ...REVIEW_PARTIES_SELECT,
  reviewRequests: { select: { organizationId: true, outcome: true, createdAt: true, closedAt: true } },
  // In generation's order (documentApprovalState): on equal instants the same approval is a party's latest.
  approvals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { organizationId: true, caseVersion: true, documentHash: true, createdAt: true, reviewerName: true } },
} as const satisfies Prisma.CaseSelect;

type PageRow = Prisma.CaseGetPayload<{ select: typeof PAGE_SELECT }>;

/** Whether the documents created now carry an approval, a partial one or none (lib/review/approval.ts). */
export type PageApproval = StatedApprovalState;

/**
 * The approval the documents created now state, by the rule generation uses (statedApprovalState,
 * as documentApprovalState), on the approvals read with the case. Without an approval of the current
 * document the case is a draft, known without asking which parties need to approve; otherwise
 * one query (approvingParties) says which do.
 */
async function pageApproval(row: PageRow, doc: Case): Promise<PageApproval> {
  const hash = documentHash(doc);
  if (!row.approvals.some((a) => a.documentHash === hash)) return { approval: undefined, partial: undefined, statement: "" };
  const approving = (await approvingParties([row])).get(row.id) ?? [];
  const { approval, partial, statement } = statedApprovalState({ parties: partyOrganizations(row), approving, approvals: row.approvals, hash, doc, requests: row.reviewRequests });
  return { approval, partial, statement };
}

/** What the documents page shows: the documents of the current version, every stored file, and whether the case is approved. */
export async function loadCaseDocuments(actor: Actor, caseId: string) {
  const found = await findScopedCase(actor, caseId, "case.document.download", PAGE_SELECT);
  const doc = readDocument(found.id, found.data, found.title);
  const [stored, approvalState] = await Promise.all([
    prisma.caseDocument.findMany({
      where: { caseId: found.id },
      // Files made together share their instant: then by document and Word before PDF, the same on every load.
      orderBy: [{ caseVersion: "desc" }, { createdAt: "desc" }, { kind: "asc" }, { partyId: "asc" }, { format: "asc" }],
      select: STORED_SELECT,
    }),
    pageApproval(found, doc),
  ]);
  return {
    approval: approvalState.approval,
    partialApproval: approvalState.partial,

    id: found.id,
    title: found.title,
    version: found.version,
    specs: documentsForCase(doc),
    parties: doc.parties.map((p) => ({ id: p.id, name: p.name?.trim() || "Namnlös part" })),
    // A file of this version made in another state of the approval (a draft before it, or before
    // one more party approved) is not what the documents say now: the page lists it with the older files.
    stored: stored.map((file) => ({
      ...file,
      current: file.caseVersion === found.version && file.approvalVersion === (approvalState.approval?.version ?? 0) && file.approvalStatement === approvalState.statement,
    })),
    canGenerate: mayOnLoadedCase(actor, "case.document.generate", found),
  };
}

interface RenderedRow {
  spec: DocumentSpec;
  format: DocumentFormat;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

async function renderAll(doc: Case, specs: readonly DocumentSpec[], options: ReturnType<typeof optionsFor>): Promise<RenderedRow[]> {
  const rows: RenderedRow[] = [];
  for (const spec of specs) {
    const model = buildDocument(doc, spec, options);
    for (const format of DOCUMENT_FORMATS) {
      const file = await renderFile(model, format);
      rows.push({ spec, format, fileName: file.fileName, mimeType: format === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf", bytes: file.bytes, sha256: file.sha256 });
    }
  }
  return rows;
}

/**
 * Generates and stores every document of the case's current version. Files already stored for
 * this version are kept as they are (the stored bytes are what was handed out), so generating
 * twice never changes a document someone may have decided on.
 */
export async function generateCaseDocuments(actor: Actor, caseId: string): Promise<{ version: number; created: number; kept: number }> {
  if (actor.kind !== "user" || !isUuid(caseId)) return denyCase(actor, "case.document.generate", caseId);
  const found = await findScopedCase(actor, caseId, "case.document.generate", CASE_SELECT);
  const doc = readDocument(found.id, found.data, found.title);
  const approvalState = await documentApprovalState(found.id, doc);
  const approvalVersion = approvalState.approval?.version ?? 0;
  const approvalStatement = approvalState.statement;
  const existing = await prisma.caseDocument.findMany({
    where: { caseId: found.id, caseVersion: found.version, approvalVersion, approvalStatement },
    select: { kind: true, partyId: true, format: true },
  });
  const have = new Set(existing.map((e) => `${e.kind}/${e.partyId}/${e.format}`));
  const specs = documentsForCase(doc);
  const missing = specs.filter((spec) => DOCUMENT_FORMATS.some((format) => !have.has(`${spec.kind}/${spec.partyId ?? ""}/${format}`)));
  let rows: RenderedRow[];
  try {
    // Rendering takes seconds (Chromium); it happens before the transaction, which only writes.
    rows = (await renderAll(doc, missing, optionsFor(found, actor, approvalState, await riskDecisions(found.id, doc), await partyOfActor(actor, found, doc)))).filter((row) => !have.has(`${row.spec.kind}/${row.spec.partyId ?? ""}/${row.format}`));
  } catch (error) {
    logger.error({ err: error, caseId }, "document rendering failed");
    throw new AppError("UNAVAILABLE", DOCUMENT_MESSAGES.renderFailed, { cause: error });
  }
  const created = await prisma.$transaction(async (tx) => {
    const result = await tx.caseDocument.createMany({
      skipDuplicates: true,
      data: rows.map((row) => ({
        caseId: found.id,
        kind: row.spec.kind,
        partyId: row.spec.partyId ?? "",
        format: row.format,
        caseVersion: found.version,
        approvalVersion,
        approvalStatement,
        fileName: row.fileName,
        mimeType: row.mimeType,
        size: row.bytes.length,
        sha256: row.sha256,
        bytes: new Uint8Array(row.bytes),
        createdByUserId: actor.userId,
        createdByName: actor.name,
      })),
    });
    await writeAudit(
      actor,
      {
        action: "case.document.generate",
        outcome: "SUCCESS",
        caseId: found.id,
        details: { version: found.version, approvalVersion, ...(approvalStatement ? { approvalStatement } : {}), created: result.count, files: rows.map((r) => ({ file: r.fileName, sha256: r.sha256 })) },
      },
      tx,
    );
    return result.count;
  });
  return { version: found.version, created, kept: existing.length };
}

/** One stored file, exactly as generated; every download is audited. */
export async function downloadCaseDocument(actor: Actor, caseId: string, documentId: string) {
  const found = await findScopedCase(actor, caseId, "case.document.download", { id: true });
  const file = isUuid(documentId)
    ? await prisma.caseDocument.findFirst({
        where: { id: documentId, caseId: found.id },
        select: { id: true, fileName: true, mimeType: true, bytes: true, sha256: true, caseVersion: true },
      })
    : null;
  // A document of another case asked for through this one is a probe like any other refusal: audited.
  if (!file) return deny(actor, "case.document.download", { caseId: found.id, reason: "document not in case", error: new AppError("NOT_FOUND", DOCUMENT_MESSAGES.unknownDocument) });
  await writeAudit(actor, { action: "case.document.download", outcome: "SUCCESS", caseId: found.id, details: { documentId: file.id, file: file.fileName, version: file.caseVersion, sha256: file.sha256 } });
  return file;
}

const KINDS = new Set(Object.keys(DOCUMENT_KIND_LABELS));

/** The browser's print view of one document of the current version (HTML with a print stylesheet). */
export async function printViewHtml(actor: Actor, caseId: string, kind: string, partyId: string | undefined): Promise<string> {
  const found = await findScopedCase(actor, caseId, "case.document.download", CASE_SELECT);
  const doc = readDocument(found.id, found.data, found.title);
  const spec = documentsForCase(doc).find((s) => s.kind === kind && (s.partyId ?? "") === (partyId ?? ""));
  if (!KINDS.has(kind) || !spec) throw new AppError("NOT_FOUND", DOCUMENT_MESSAGES.unknownDocument);
  const approvalState = await documentApprovalState(found.id, doc);
  return renderHtml(buildDocument(doc, { kind: kind as DocumentKind, partyId: spec.partyId }, optionsFor(found, actor, approvalState, await riskDecisions(found.id, doc), await partyOfActor(actor, found, doc))), { mode: "screen", backHref: `/arenden/${found.id}/dokument` });
}
