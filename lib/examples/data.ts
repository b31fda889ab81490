import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appBaseUrl } from "@/lib/auth/config";
import { caseScope, denyCase, mayOnLoadedCase } from "@/lib/auth/authorize";
import { CASE_ROLE_SELECT } from "@/lib/auth/case-roles";
import { writeAudit } from "@/lib/audit/write";
import { findScopedCase } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import {
  type AnonymisationContext,
  DEFAULT_K,
  type ExampleSection,
  QUASI_FIELD_LABELS,
  type QuasiIdentifiers,
  SPAN_KINDS,
  type SpanKind,
  type StatedQuasiIdentifiers,
  checkKAnonymity,
  isGeneralisationOf,
  omittedMentions,
  partyLettersBeyond,
  populationBeyond,
  POPULATION_LABELS,
  placeholderSpans,
  prepareExample,
  quasiIdentifiersOf,
  remainingFindings,
  withoutOmitted,
} from "@/lib/anonymisation";
import { evaluateCase } from "@/lib/rules";
import { routeVerdictLabel } from "@/lib/rules/types";
import { todayInStockholm } from "@/lib/format";
import { readDocument } from "@/lib/wizard/data";
import { CASE_FACTS_SELECT, caseFactsCache } from "@/lib/wizard/case-facts";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { sendMail } from "@/lib/mail/mailer";
import { exampleProposedMail } from "@/lib/mail/templates/example";
import { EXAMPLE_MESSAGES } from "./messages";
import { editExampleSchema, proposeExampleSchema, versionSchema } from "./schemas";

/** k for the k-anonymity check; SAMVERKA_EXAMPLE_K overrides the default of 3. */
export function configuredK(): number {
  const value = Number(process.env.SAMVERKA_EXAMPLE_K);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_K;
}

const CASE_SELECT = {
  id: true,
  title: true,
  data: true,
  createdAt: true,
  ownerOrganizationId: true,
  ownerOrganization: { select: { name: true, officialCode: true } },
  members: { select: { user: { select: { name: true } }, ...CASE_ROLE_SELECT.members.select } },
  example: true,
} as const;

type CaseForExample = Prisma.CaseGetPayload<{ select: typeof CASE_SELECT }>;

function contextOf(row: CaseForExample, doc: ReturnType<typeof readDocument>, marked: { names: string[]; persons: string[] }): AnonymisationContext {
  return {
    parties: doc.parties.map((p) => ({ name: p.name, type: p.type })),
    personNames: [...row.members.map((m) => m.user.name), ...marked.persons],
    extraNames: [row.ownerOrganization.name, ...marked.names],
  };
}

/**
 * The quasi-identifiers of every case, known per stored version: proposing or approving an
 * example compares the case with every other one, and reading and parsing all documents took
 * about a second and a hundred megabytes with 10 000 cases. They depend on the document, the
 * owner's name and code (the municipality group) and the example's area (areaOfCase).
 */
const quasiIdentifiers = caseFactsCache<QuasiIdentifiers>({ derive: (doc, row) => quasiIdentifiersOf(doc, row.ownerOrganization, row.example?.area) });

/**
 * Every other case's quasi-identifiers, for the k-anonymity check: all cases in the system
 * count, with or without an example; the area is the example's, else step 1's answer
 * (areaOfCase). The case being proposed counts with the values it is proposed under.
 */
async function otherCases(caseId: string): Promise<QuasiIdentifiers[]> {
  // Every case, this one too, so that the cache keeps it for when another case is proposed.
  const rows = await prisma.case.findMany({ select: CASE_FACTS_SELECT });
  const known = await quasiIdentifiers(rows, undefined);
  return rows.flatMap((row) => {
    const entry = row.id === caseId ? undefined : known.get(row.id);
    return entry ? [entry.facts] : [];
  });
}

/** The anonymised example as the app would write it now, from the case's current answers. */
async function buildProposal(row: CaseForExample, input: { area: string; lessonsLearned: string; markedNames: string[]; markedPersons: string[] }) {
  const doc = readDocument(row.id, row.data, row.title);
  const evaluation = evaluateCase(doc, caseEvaluationDate(doc, todayInStockholm()));
  const routes = evaluation.procurement.routes.map((r) => ({ route: r.route, title: r.title, verdictLabel: routeVerdictLabel(r), reliedOn: r.reliedOn }));
  const prepared = prepareExample({
    doc,
    caseTitle: row.title,
    owner: row.ownerOrganization,
    area: input.area,
    lessonsLearned: input.lessonsLearned,
    routes,
    context: contextOf(row, doc, { names: input.markedNames, persons: input.markedPersons }),
    otherCases: await otherCases(row.id),
    k: configuredK(),
    createdAt: row.createdAt,
  });
  return { title: prepared.title, sections: prepared.sections, k: prepared.check, year: prepared.year };
}

/** What the example page of a case shows its editors and approvers. */
export async function loadExampleWorkspace(actor: Actor, caseId: string) {
  const row = await findScopedCase(actor, caseId, "case.example.view", CASE_SELECT);
  const [canPropose, canApprove, canWithdraw] = (["case.example.propose", "case.example.approve", "case.example.withdraw"] as const).map((action) =>
    mayOnLoadedCase(actor, action, row),
  );
  const example = row.example
    ? { ...row.example, sections: row.example.sections as unknown as ExampleSection[] }
    : null;
  // The area answered in step 1 is the proposal's starting point.
  const activityArea = readDocument(row.id, row.data, row.title).needs.activityArea ?? null;
  // The one who wrote the text's current version does not approve it too (approveExample refuses it).
  const ownProposal = actor.kind === "user" && example?.proposedByUserId === actor.userId;
  // An organisation admin approves examples of cases they take no part in: no link to a case page they may not open (a walk).
  const canViewCase = mayOnLoadedCase(actor, "case.view", row);
  return { caseId: row.id, caseTitle: row.title, example, activityArea, canPropose, canApprove: canApprove && !ownProposal, ownProposal: canApprove && ownProposal, canWithdraw, canViewCase, k: configuredK() };
}

export async function proposeExample(actor: Actor, caseId: string, input: unknown): Promise<void> {
  const row = await findScopedCase(actor, caseId, "case.example.propose", CASE_SELECT);
  if (actor.kind !== "user") return denyCase(actor, "case.example.propose", caseId);
  const parsed = parseInput(proposeExampleSchema, input);
  const proposal = await buildProposal(row, parsed);
  const data = {
    status: "PROPOSED" as const,
    title: proposal.title,
    sections: proposal.sections as unknown as Prisma.InputJsonValue,
    lessonsLearned: parsed.lessonsLearned,
    ...proposal.k.published,
    area: parsed.area,
    year: proposal.year,
    kSteps: proposal.k.steps,
    kMatches: proposal.k.matches,
    markedNames: parsed.markedNames,
    markedPersons: parsed.markedPersons,
    proposedByUserId: actor.userId,
    approvedByUserId: null,
    approvedAt: null,
    withdrawnAt: null,
  };
  await prisma.$transaction(async (tx) => {
    // Anonymising again replaces the editors' text: only the version the proposer saw may be
    // replaced, and a first proposal only if nobody else made one meanwhile.
    if (parsed.version === undefined) {
      const created = await tx.caseExample.createMany({ data: [{ caseId, ...data }], skipDuplicates: true });
      if (created.count !== 1) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
    } else {
      const { count } = await tx.caseExample.updateMany({ where: { caseId, version: parsed.version }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
    }
    await tx.$executeRaw`UPDATE "CaseExample" SET "searchVector" = NULL WHERE "caseId" = ${caseId}::uuid`;
    await writeAudit(actor, { action: "case.example.propose", outcome: "SUCCESS", caseId, details: { area: parsed.area, kMatches: proposal.k.matches, kSteps: proposal.k.steps.length } }, tx);
    // Those who may approve are told: nothing else brings them to the proposal (a walk: an
    // organisation admin has no case list, and the jurists' start page lists review requests only).
    const approvers = await tx.user.findMany({
      where: { id: { not: actor.userId }, deactivatedAt: null, memberships: { some: { organizationId: row.ownerOrganizationId, role: { in: ["ORG_ADMIN", "LEGAL_REVIEWER"] } } } },
      select: { email: true },
    });
    const mail = exampleProposedMail({ caseTitle: row.title, proposedBy: actor.name, organizationName: row.ownerOrganization.name, url: `${appBaseUrl()}/arenden/${caseId}/exempel` });
    for (const to of new Set(approvers.map((a) => a.email))) await sendMail({ to, subject: mail.subject, text: mail.text, html: mail.html }, tx);
  });
}

/**
 * Proposed examples whose text the actor may approve (an organisation admin or jurist of the
 * case's owner organisation), oldest first, for the start page: the way to a proposal for those
 * who have no case list of their own.
 */
export async function listExamplesAwaitingApproval(actor: Actor): Promise<Array<{ caseId: string; caseTitle: string; organizationName: string; proposedAt: Date }>> {
  const scope = caseScope(actor, "case.example.approve");
  if (!scope) return [];
  const rows = await prisma.caseExample.findMany({
    // Not one's own proposal: someone else approves it (approveExample).
    where: { status: "PROPOSED", case: scope, ...(actor.kind === "user" ? { proposedByUserId: { not: actor.userId } } : {}) },
    orderBy: { updatedAt: "asc" },
    take: 20,
    select: { caseId: true, updatedAt: true, case: { select: { title: true, ownerOrganization: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ caseId: r.caseId, caseTitle: r.case.title, organizationName: r.case.ownerOrganization.name, proposedAt: r.updatedAt }));
}

/** A part of an example's text the checks below read: its title or a section, with the form field it came from. */
interface TextPart {
  path: string;
  /** How a message names it. */
  where: string;
  text: string;
}

function textParts(title: string, sections: readonly ExampleSection[]): TextPart[] {
  return [{ path: "title", where: "Rubriken", text: title }, ...sections.map((s) => ({ path: `section:${s.id}`, where: `Avsnittet "${s.heading}"`, text: s.text }))];
}

/** What an editor wrote exactly that the anonymiser would have rounded, and how to write it. */
const GENERALISED_FINDING: Partial<Record<SpanKind, string>> = {
  invanare: "ett exakt invånarantal (skriv ett intervall, till exempel 10 000–24 999 invånare)",
  datum: "ett exakt datum (skriv bara året, till exempel år 2024)",
  belopp: "ett exakt belopp (skriv det avrundat, till exempel cirka 2,5 MSEK)",
};

function sensitiveLeft(parts: TextPart[], context: AnonymisationContext): AppError | null {
  for (const part of parts) {
    const left = remainingFindings(part.text, context);
    if (left.length) {
      const what = [...new Set(left.map((m) => GENERALISED_FINDING[m.kind] ?? SPAN_KINDS[m.kind].toLowerCase()))].join(", ");
      return new AppError("VALIDATION", EXAMPLE_MESSAGES.remaining(part.where, what), {
        fieldErrors: [{ path: part.path, message: `Innehåller fortfarande: ${what}.` }],
      });
    }
  }
  return null;
}

/** An edited part that names a collaboration form or procurement route the example leaves out. */
function omittedNamed(parts: TextPart[], published: StatedQuasiIdentifiers): AppError | null {
  for (const part of parts) {
    const named = omittedMentions(part.text, published);
    if (named.length) {
      const what = named.map((f) => QUASI_FIELD_LABELS[f]).join(" och ");
      return new AppError("VALIDATION", EXAMPLE_MESSAGES.omittedNamed(part.where, what), {
        fieldErrors: [{ path: part.path, message: `Nämner ${what}, som exemplet utelämnar.` }],
      });
    }
  }
  return null;
}

/** An edited part naming a party by a letter that tells more parties than the example's count allows. */
function partiesNamed(parts: TextPart[], published: StatedQuasiIdentifiers): AppError | null {
  for (const part of parts) {
    const beyond = partyLettersBeyond(part.text, published.partyCount);
    if (beyond.length) {
      const named = [...new Set(beyond.map((m) => m.named))];
      const least = Math.max(...beyond.map((m) => m.least));
      return new AppError("VALIDATION", EXAMPLE_MESSAGES.partiesBeyondCount(part.where, named.join(", "), published.partyCount, least, beyond[0]!.replacement), {
        fieldErrors: [{ path: part.path, message: `Nämner ${named.join(", ")}: fler parter än exemplet anger.` }],
      });
    }
  }
  return null;
}

/** An edited part stating a population band finer than the example's published one. */
function populationNamed(parts: TextPart[], published: StatedQuasiIdentifiers): AppError | null {
  for (const part of parts) {
    const finer = populationBeyond(part.text, published.populationBand);
    if (finer.length) {
      const band = published.populationBand === null ? null : (POPULATION_LABELS[published.populationBand] ?? published.populationBand);
      return new AppError("VALIDATION", EXAMPLE_MESSAGES.populationBeyondBand(part.where, finer[0]!.named, band, finer[0]!.replacement), {
        fieldErrors: [{ path: part.path, message: `Anger ${finer[0]!.named}: finare än exemplets invånarantal.` }],
      });
    }
  }
  return null;
}

/**
 * The editors' own wording of the anonymised text. It stays unpublished until approved again;
 * "unchanged" when nothing differs, so a save that changed nothing does not send an approved text
 * back for approval (a walk).
 */
export async function editExampleText(actor: Actor, caseId: string, input: Record<string, string>): Promise<"saved" | "unchanged"> {
  const row = await findScopedCase(actor, caseId, "case.example.propose", CASE_SELECT);
  const current = row.example;
  if (!current || current.status === "WITHDRAWN") throw new AppError("VALIDATION", EXAMPLE_MESSAGES.notProposed);
  const texts = Object.fromEntries(Object.entries(input).filter(([k]) => k.startsWith("section:")).map(([k, v]) => [k.slice(8), v]));
  const { version, title: editedTitle, sections: edited } = parseInput(editExampleSchema, { version: input.version, title: input.title, sections: texts });
  const stored = current.sections as unknown as ExampleSection[];
  const sections = stored.map((s) => {
    const text = edited[s.id];
    return text === undefined || text === s.text ? s : { ...s, text, spans: placeholderSpans(text) };
  });
  const title = editedTitle ?? current.title;
  const parts = textParts(title, sections);
  // Only the parts the editors changed: the others are masked on approval (withoutOmitted).
  const before = textParts(current.title, stored);
  const changed = parts.filter((part, i) => part.text !== before[i]!.text);
  if (changed.length === 0) {
    // Still the version the editor read: a save from a page gone stale is refused as any other.
    if (current.version !== version) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
    return "unchanged";
  }
  const doc = readDocument(row.id, row.data, row.title);
  const problem =
    sensitiveLeft(parts, contextOf(row, doc, { names: current.markedNames, persons: current.markedPersons })) ??
    omittedNamed(changed, current) ??
    partiesNamed(changed, current) ??
    populationNamed(changed, current);
  if (problem) throw problem;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.caseExample.updateMany({
      where: { caseId, version },
      // The one who wrote this version counts as its proposer: who approves must be someone else (approveExample), also after an edit.
      data: { title, sections: sections as unknown as Prisma.InputJsonValue, status: "PROPOSED", proposedByUserId: actor.kind === "user" ? actor.userId : current.proposedByUserId, approvedAt: null, approvedByUserId: null, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
    await tx.$executeRaw`UPDATE "CaseExample" SET "searchVector" = NULL WHERE "caseId" = ${caseId}::uuid`;
    await writeAudit(actor, { action: "case.example.edit", outcome: "SUCCESS", caseId, details: { version, titleChanged: title !== current.title, changedSections: sections.filter((s, i) => s !== stored[i]).map((s) => s.id) } }, tx);
  });
  return "saved";
}

/** Approves the exact text the approver saw (by version). Only now can SKR staff see it. */
export async function approveExample(actor: Actor, caseId: string, input: unknown): Promise<void> {
  const row = await findScopedCase(actor, caseId, "case.example.approve", CASE_SELECT);
  if (actor.kind !== "user") return denyCase(actor, "case.example.approve", caseId);
  const { version } = parseInput(versionSchema, input);
  const current = row.example;
  if (!current || current.status !== "PROPOSED") throw new AppError("VALIDATION", EXAMPLE_MESSAGES.notApprovable);
  if (current.version !== version) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
  // A walk: an editor given the jurist role approved her own proposal; nothing then asked that a
  // second person read what SKR publishes.
  if (current.proposedByUserId === actor.userId) throw new AppError("VALIDATION", EXAMPLE_MESSAGES.ownProposal);
  // The population may have changed since the proposal: check k again on the stored values.
  const k = configuredK();
  const doc = readDocument(row.id, row.data, row.title);
  const own = quasiIdentifiersOf(doc, row.ownerOrganization, current.area);
  const recheck = checkKAnonymity(own, [own, ...(await otherCases(caseId))], k);
  const published = {
    municipalityGroup: current.municipalityGroup,
    populationBand: current.populationBand,
    partyCount: current.partyCount,
    area: current.area,
    collaborationForm: current.collaborationForm,
    procurementRoute: current.procurementRoute,
  };
  if (!recheck.satisfied) throw new AppError("VALIDATION", EXAMPLE_MESSAGES.kNotMet(k, recheck.matches));
  // The text and fields were made from the answers at the proposal: if the fields no longer
  // describe the case (a party added, another route), they and the text must be made again.
  if (!isGeneralisationOf(published, own)) throw new AppError("VALIDATION", EXAMPLE_MESSAGES.caseChanged);
  // The fields the editors saw are published if they still hide as much as the check now asks;
  // otherwise the check's, which then hides more in every field (its steps run in one order),
  // such as a count of parties generalised only since the proposal because other cases changed.
  const generalisedEnough = isGeneralisationOf(published, recheck.published);
  // What is published is what the fields now leave out, the recheck's included: a form or route
  // left out only now, or written back by an editor before this fix, is taken out of the text and
  // the search index here, so nothing SKR staff can read or search for states it.
  const { title, sections } = withoutOmitted(
    { title: current.title, sections: current.sections as unknown as ExampleSection[] },
    generalisedEnough ? published : recheck.published,
  );
  const problem = sensitiveLeft(textParts(title, sections), contextOf(row, doc, { names: current.markedNames, persons: current.markedPersons }));
  if (problem) throw problem;
  const searchText = [title, ...sections.map((s) => `${s.heading}\n${s.text}`)].join("\n\n");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.caseExample.updateMany({
      where: { caseId, version, status: "PROPOSED" },
      data: {
        status: "APPROVED",
        approvedAt: new Date(),
        approvedByUserId: actor.userId,
        title,
        sections: sections as unknown as Prisma.InputJsonValue,
        ...(generalisedEnough ? {} : { ...recheck.published, area: current.area, kSteps: recheck.steps }),
        kMatches: recheck.matches,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", EXAMPLE_MESSAGES.staleVersion);
    await tx.$executeRaw`UPDATE "CaseExample" SET "searchVector" = setweight(to_tsvector('swedish', ${title}), 'A') || setweight(to_tsvector('swedish', ${searchText}), 'B') WHERE "caseId" = ${caseId}::uuid`;
    await writeAudit(actor, { action: "case.example.approve", outcome: "SUCCESS", caseId, details: { version, kMatches: recheck.matches } }, tx);
  });
}

export async function withdrawExample(actor: Actor, caseId: string): Promise<void> {
  const row = await findScopedCase(actor, caseId, "case.example.withdraw", CASE_SELECT);
  if (!row.example) throw new AppError("VALIDATION", EXAMPLE_MESSAGES.notProposed);
  if (row.example.status === "WITHDRAWN") throw new AppError("VALIDATION", EXAMPLE_MESSAGES.alreadyWithdrawn);
  await prisma.$transaction(async (tx) => {
    await tx.caseExample.update({ where: { caseId }, data: { status: "WITHDRAWN", withdrawnAt: new Date(), version: { increment: 1 } } });
    await tx.$executeRaw`UPDATE "CaseExample" SET "searchVector" = NULL WHERE "caseId" = ${caseId}::uuid`;
    await writeAudit(actor, { action: "case.example.withdraw", outcome: "SUCCESS", caseId, details: { from: row.example!.status } }, tx);
  });
}
