import "server-only";
import type { Actor, SignedInActor } from "@/lib/auth/actor";
import { caseScope, denyCase } from "@/lib/auth/authorize";
import { type Action, seesNoCase } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/cases/ids";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CaseRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { undecidedMessage } from "./labels";
import { counts, type ReviewOutcome } from "./status";

// Who reviews a case for which party organisation. A case's party organisations are its
// owner and every organisation someone represents in it. A reviewer reviews for:
// - each organisation they are a legal reviewer of (Membership LEGAL_REVIEWER) among them;
// - the organisation named on their case membership as an invited reviewer (the owner when none).

export const REVIEW_MESSAGES = {
  notReviewerFor: "Du granskar inte ärendet för den organisationen.",
  noReviewers: "Det finns ingen jurist för den parten i ärendet. Bjud in en jurist till ärendet först.",
  alreadyRequested: (party: string) => `Ärendet har redan skickats till granskning för ${party}. Sidan visar nu hur det står till.`,
  /** A new request would put the party back under review, and its standing approval would no longer count. */
  approvedNotAgain: (party: string, version: number) =>
    `${party} har godkänt ärendet i version ${version}, och godkännandet gäller. Ärendet skickas inte till granskning igen för den parten, eftersom godkännandet då inte längre skulle gälla. När ett svar eller en klausul har ändrats kan det skickas igen.`,
  notParty: "Organisationen deltar inte i ärendet.",
  /** A jurist's answer to a request an editor took back while the page was open. */
  requestWithdrawn: (party: string, by: string) =>
    `${by} har tagit tillbaka begäran om granskning för ${party} medan sidan var öppen, så ärendet väntar inte längre på din granskning. Ladda om sidan om du ändå vill godkänna eller skicka tillbaka ärendet.`,
  /** "Ta tillbaka begäran" when the request is no longer open: a jurist answered, or another editor took it back, since the page was shown. */
  noOpenRequest: (party: string) => `Ärendet väntar inte längre på granskning för ${party}: en jurist har svarat, eller någon har redan tagit tillbaka begäran. Sidan visar nu hur det står till.`,
  /** "Ta tillbaka begäran" on a page that showed an earlier request: another was sent since, which the person has not seen. */
  requestChanged: (party: string) =>
    `Begäran om granskning för ${party} har ändrats sedan sidan visades: den besvarades eller togs tillbaka, och en ny har skickats. Ingenting är ändrat nu. Sidan visar den nya begäran; ta tillbaka den om du vill.`,
  reviewerNotForParty: "Personen granskar inte för den parten. Välj en granskare i listan.",
  unknownFinding: "Iakttagelsen finns inte i det här ärendet. Ladda om sidan; ärendet kan ha ändrats.",
  verifyOnly: "”Verifierad” kan bara väljas för en punkt att verifiera.",
  unknownThread: "Tråden finns inte i det här ärendet.",
  unknownAnchor: "Det du kommenterar finns inte i ärendet.",
  mayNotResolve: "Bara den som startade tråden eller en redigerare kan markera den som löst.",
  /** The refused form's page is drawn again as the case stands (approveAction), so nothing is to be reloaded. */
  staleVersion: (version: number) => `Ärendet har ändrats sedan du öppnade det och är nu version ${version}, som sidan visar. Titta på ändringarna innan du godkänner.`,
  /** A second "Skicka tillbaka" (a double click, or two of the party's jurists at once) with nothing in between. */
  alreadyReturned: (party: string, by: string) =>
    `Ärendet är redan skickat tillbaka till redigerarna för ${party} (av ${by}), och inget har hänt sedan dess. Skriv en kommentar om du vill lägga till något.`,
  alreadyApproved: (party: string) => `Den här versionen av ärendet är redan godkänd för ${party}. Inget nytt godkännande behövs.`,
  /** The party is named for a jurist of more than one party, who could not tell whose decisions these are. */
  mustFixOpen: (party?: string) =>
    `Det finns iakttagelser med beslutet ”Ska åtgärdas”${party ? ` för ${party}` : ""}. Skicka tillbaka ärendet, eller ändra besluten, innan du godkänner.`,
  /** mustFixOpen once the party's jurist has sent the case back: sending it back is done. */
  mustFixReturned: (party: string) =>
    `Ärendet är skickat tillbaka till redigerarna för ${party}, och det finns iakttagelser med beslutet ”Ska åtgärdas”. När redigerarna har åtgärdat dem ändrar du besluten. Därefter kan du godkänna.`,
  undecided: undecidedMessage,
  approvedMustFix: (party: string) =>
    `Ärendet är godkänt för ${party} i den här versionen. Om något ska åtgärdas: skicka först tillbaka ärendet till redigerarna med vad som ska åtgärdas, och besluta sedan.`,
} as const;

/** Who the parties are and who reviews for them; without the document, for lists. */
export const REVIEW_PARTIES_SELECT = {
  id: true,
  ownerOrganizationId: true,
  ownerOrganization: { select: { id: true, name: true } },
  members: { select: { userId: true, role: true, organizationId: true, organization: { select: { id: true, name: true } } } },
} as const satisfies Prisma.CaseSelect;

export const REVIEW_CASE_SELECT = { ...REVIEW_PARTIES_SELECT, title: true, version: true, data: true } as const satisfies Prisma.CaseSelect;

/**
 * A case's review rows, for the pages that show its review: read with the case in one query
 * (lib/cases/data.ts, CASE_PAGE_SELECT) rather than four more on every view.
 */
export const REVIEW_TABLES_SELECT = {
  reviewRequests: { orderBy: { createdAt: "asc" } },
  approvals: { orderBy: { createdAt: "asc" } },
  reviewThreads: {
    orderBy: { createdAt: "asc" },
    include: { comments: { orderBy: { createdAt: "asc" }, select: { id: true, authorName: true, body: true, createdAt: true, authorId: true } } },
  },
  findingDecisions: { orderBy: { createdAt: "desc" } },
} as const satisfies Prisma.CaseSelect;

export type ReviewPartiesRow = Prisma.CaseGetPayload<{ select: typeof REVIEW_PARTIES_SELECT }>;
export type ReviewCaseRow = Prisma.CaseGetPayload<{ select: typeof REVIEW_CASE_SELECT }>;

/**
 * What decides who a case's parties are and whose approval it needs, without names: a list
 * reads just this, flat (lib/review/queries.ts, reviewStates).
 */
export interface CasePartiesRow {
  id: string;
  ownerOrganizationId: string;
  members: readonly { role: string; organizationId: string | null }[];
}

/** The case's party organisations' ids: the owner first, then the others in the members' order (partyOrganizations sorts them by name). */
export function partyOrganizationIds(row: CasePartiesRow): string[] {
  const ids = new Set([row.ownerOrganizationId]);
  for (const member of row.members) if (member.organizationId) ids.add(member.organizationId);
  return [...ids];
}

/** The case's party organisations: the owner first, then the others by name. */
export function partyOrganizations(row: ReviewPartiesRow): { id: string; name: string }[] {
  const names = new Map(row.members.flatMap((m) => (m.organization ? [[m.organization.id, m.organization.name] as const] : [])));
  const others = partyOrganizationIds(row)
    .slice(1)
    .map((id) => ({ id, name: names.get(id) ?? "" }));
  return [row.ownerOrganization, ...others.sort((a, b) => a.name.localeCompare(b.name, "sv"))];
}

/**
 * The party organisations the actor reviews this case for, as ids in no order: each party they
 * are a legal reviewer of, and the one they were invited to the case for.
 */
export function reviewerOrganizationIds(actor: SignedInActor, row: CasePartiesRow & { members: readonly { userId: string }[] }): Set<string> {
  const parties = new Set(partyOrganizationIds(row));
  const orgs = new Set<string>();
  for (const member of row.members) {
    if (member.userId === actor.userId && member.role === "REVIEWER") orgs.add(invitedFor(row, member));
  }
  // An invited jurist's organisation is a party already: the owner, or one a member takes part for.
  for (const m of actor.memberships) if (m.role === "LEGAL_REVIEWER" && parties.has(m.organizationId)) orgs.add(m.organizationId);
  return orgs;
}

/**
 * The members of these cases, per case, read flat: what CasePartiesRow and reviewerOrganizationIds
 * need, for lists that would otherwise nest each case's members as JSON in PostgreSQL.
 */
export async function membersByCase(caseIds: readonly string[]): Promise<Map<string, { userId: string; role: CaseRole; organizationId: string | null }[]>> {
  const byCase = new Map<string, { userId: string; role: CaseRole; organizationId: string | null }[]>();
  if (!caseIds.length) return byCase;
  const rows = await prisma.caseMember.findMany({ where: { caseId: { in: [...new Set(caseIds)] } }, select: { caseId: true, userId: true, role: true, organizationId: true } });
  for (const { caseId, ...member } of rows) {
    const list = byCase.get(caseId);
    if (list) list.push(member);
    else byCase.set(caseId, [member]);
  }
  return byCase;
}

/** The party organisations the actor reviews this case for, in the parties' order (reviewerOrganizationIds). */
export function reviewerOrganizations(actor: SignedInActor, row: ReviewPartiesRow): string[] {
  const orgs = reviewerOrganizationIds(actor, row);
  return partyOrganizations(row).map((o) => o.id).filter((id) => orgs.has(id));
}

/** The organisation a reviewer acts for: the one asked for, or their first. */
export function actingOrganization(actor: SignedInActor, row: ReviewCaseRow, requested: string | undefined): string {
  const orgs = reviewerOrganizations(actor, row);
  const chosen = requested ?? orgs[0];
  if (!chosen || !orgs.includes(chosen)) {
    // A refusal of access (audited as DENIED by runAction), with the field it concerns named.
    throw new AppError("FORBIDDEN", REVIEW_MESSAGES.notReviewerFor, { fieldErrors: [{ path: "organizationId", message: REVIEW_MESSAGES.notReviewerFor }] });
  }
  return chosen;
}

/** The party organisation a jurist invited to the case reviews it for: the one named, or the owner. */
function invitedFor(row: CasePartiesRow, member: CasePartiesRow["members"][number]): string {
  return member.organizationId ?? row.ownerOrganizationId;
}

/** The review rows that keep a party among those whose approval a case needs (approvingOf). */
export interface ReviewEventRows {
  reviewRequests: readonly { organizationId: string; outcome: ReviewOutcome | null }[];
  approvals: readonly { organizationId: string }[];
}

/**
 * The parties whose approval the case needs, in partyOrganizationIds' order (a caller that shows
 * them orders them by its parties' names): each party that has a reviewer (a legal reviewer of
 * the organisation, or a jurist invited to the case for it, each who may hold a case role:
 * MAY_HOLD_CASE_ROLE), and each party the case was sent to or approved for, whoever reviews for
 * it now. A jurist leaving neither undoes the approval they gave nor lets the case be approved
 * without their party: found in the code after a walk, a deactivated jurist's approval vanished
 * (the documents went back to drafts) and a request to their party read "Under granskning" under
 * a case "Inte granskat".
 */
function approvingOf(row: CasePartiesRow & ReviewEventRows, withLegalReviewer: ReadonlySet<string>, invited: ReadonlySet<string>): string[] {
  const reviewed = new Set([...row.reviewRequests.filter(counts), ...row.approvals].map((event) => event.organizationId));
  return partyOrganizationIds(row).filter((id) => withLegalReviewer.has(id) || invited.has(id) || reviewed.has(id));
}

/**
 * People who may hold a role in a case: active, and not SKR staff, whatever rows the database
 * holds (seesNoCase in lib/auth/permissions.ts; a deactivated account cannot sign in). Rows read
 * here directly, not through caseScope, filter on it, so neither is offered as a reviewer (a case
 * sent to a deactivated jurist waited for nobody: found on a walk), mailed a case, nor waited for
 * as a party's approver.
 */
export const MAY_HOLD_CASE_ROLE = { deactivatedAt: null, globalRoles: { none: { role: "SKR_STAFF" } } } as const satisfies Prisma.UserWhereInput;

/** An organisation's legal reviewers, as who reviews a case for it needs them (partyReviewersOf). */
const LEGAL_REVIEWERS = { where: { role: "LEGAL_REVIEWER", user: MAY_HOLD_CASE_ROLE }, select: { user: { select: { id: true, name: true, email: true } } } } as const satisfies Prisma.Organization$membershipsArgs;

/**
 * Who reviews a case for its parties, read with the case: each party organisation's legal
 * reviewers and the jurists invited to the case. The case pages read it in their one query
 * (lib/cases/data.ts, CASE_PAGE_SELECT), so showing the review asks nothing more.
 */
export const PARTY_REVIEWERS_SELECT = {
  ...REVIEW_PARTIES_SELECT,
  ownerOrganization: { select: { id: true, name: true, memberships: LEGAL_REVIEWERS } },
  members: {
    select: {
      userId: true,
      role: true,
      organizationId: true,
      user: { select: { name: true, email: true, deactivatedAt: true, globalRoles: { select: { role: true } } } },
      organization: { select: { id: true, name: true, memberships: LEGAL_REVIEWERS } },
    },
  },
} as const satisfies Prisma.CaseSelect;

export type PartyReviewersRow = Prisma.CaseGetPayload<{ select: typeof PARTY_REVIEWERS_SELECT }>;

export interface PartyReviewers {
  /** Per party organisation, by name: a jurist invited to the case for it, or one of its legal reviewers. */
  reviewers: Map<string, { id: string; name: string; email: string }[]>;
  /** The parties whose approval the case needs (as approvingParties). */
  approving: string[];
}

/**
 * Who reviews the case for each party organisation (a jurist invited to the case for it, or one
 * of its legal reviewers), with their e-mail for notices, and the parties whose approval the case
 * needs (as approvingParties), from the case's row.
 */
export function partyReviewersOf(row: PartyReviewersRow & ReviewEventRows): PartyReviewers {
  const { reviewers, withLegalReviewer, invitedParties } = reviewersOf(row);
  return { reviewers, approving: approvingOf(row, withLegalReviewer, invitedParties) };
}

function reviewersOf(row: PartyReviewersRow) {
  const people = new Map<string, { id: string; name: string; email: string }>();
  const legalOf = new Map<string, Set<string>>();
  const partyIds = partyOrganizations(row).map((o) => o.id);
  for (const org of [row.ownerOrganization, ...row.members.flatMap((m) => (m.organization ? [m.organization] : []))]) {
    for (const { user } of org.memberships) {
      people.set(user.id, user);
      legalOf.set(org.id, (legalOf.get(org.id) ?? new Set()).add(user.id));
    }
  }
  const invited = row.members.filter((m) => m.role === "REVIEWER" && !m.user.deactivatedAt && !seesNoCase(m.user.globalRoles.map((g) => g.role)));
  for (const m of invited) people.set(m.userId, { id: m.userId, name: m.user.name, email: m.user.email });
  const byName = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const reviewers = new Map(
    partyIds.map((orgId) => {
      const here = new Set([...invited.filter((m) => invitedFor(row, m) === orgId).map((m) => m.userId), ...(legalOf.get(orgId) ?? [])]);
      return [orgId, byName.filter((u) => here.has(u.id))];
    }),
  );
  return { reviewers, withLegalReviewer: new Set(legalOf.keys()), invitedParties: new Set(invited.map((m) => invitedFor(row, m))) };
}

/** The people who review the case for one party organisation (as partyReviewersOf), for a case read without them (the review's actions): one query. */
export async function reviewersFor(row: Pick<ReviewCaseRow, "id">, organizationId: string, db: Prisma.TransactionClient | typeof prisma = prisma) {
  const full = await db.case.findUnique({ where: { id: row.id }, select: PARTY_REVIEWERS_SELECT });
  // Deleted in between: nobody reviews it.
  return (full ? reviewersOf(full).reviewers.get(organizationId) : undefined) ?? [];
}

/**
 * The party organisations whose approval a case needs (approvingOf: each party with a reviewer,
 * and each it was sent to or approved for). The one definition behind the review page's overall
 * state, "Mina ärenden" and the documents' approval line, so none of them can call a case
 * approved while another still waits for a party. One query for all rows.
 */
export async function approvingParties(rows: readonly (CasePartiesRow & ReviewEventRows)[], db: Prisma.TransactionClient | typeof prisma = prisma): Promise<Map<string, string[]>> {
  const partyIds = [...new Set(rows.flatMap(partyOrganizationIds))];
  const legal = await db.membership.findMany({ where: { organizationId: { in: partyIds }, role: "LEGAL_REVIEWER", user: MAY_HOLD_CASE_ROLE }, select: { organizationId: true } });
  const withLegalReviewer = new Set(legal.map((m) => m.organizationId));
  // Jurists invited to the cases, read with the person: a deactivated one, or SKR staff, is waited for by nobody.
  const rowsWithInvited = rows.filter((row) => row.members.some((m) => m.role === "REVIEWER"));
  const invitedRows = rowsWithInvited.length
    ? await db.caseMember.findMany({ where: { caseId: { in: rowsWithInvited.map((r) => r.id) }, role: "REVIEWER", user: MAY_HOLD_CASE_ROLE }, select: { caseId: true, organizationId: true } })
    : [];
  const invitedOf = (row: CasePartiesRow) => new Set(invitedRows.filter((m) => m.caseId === row.id).map((m) => m.organizationId ?? row.ownerOrganizationId));
  return new Map(rows.map((row) => [row.id, approvingOf(row, withLegalReviewer, invitedOf(row))]));
}

/**
 * Opens a case for a review action: the permission is in the query, and a refusal does not
 * reveal whether the case exists. Pass the transaction client to read inside a write.
 */
export async function openReviewCase(
  actor: Actor,
  caseId: unknown,
  action: Action,
  db: Prisma.TransactionClient | typeof prisma = prisma,
): Promise<{ user: SignedInActor; row: ReviewCaseRow }> {
  const scope = caseScope(actor, action);
  if (actor.kind !== "user" || !scope || !isUuid(caseId)) return denyCase(actor, action, caseId);
  const row = await db.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: REVIEW_CASE_SELECT });
  if (!row) return denyCase(actor, action, caseId);
  return { user: actor, row };
}

export function fieldError(path: string, message: string): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: [{ path, message }] });
}
