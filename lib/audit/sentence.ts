// Turns an audit row into a Swedish sentence with people's names and case titles, never
// internal keys, JSON or ids. Pure: the caller looks the names up (lib/audit/names.ts)
// and passes them in, so the case history can reuse this on its own rows.

import { CASE_ROLE_LABELS } from "@/lib/cases/schemas";
import { GLOBAL_ROLE_LABELS, ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { NOUNS, formatCount, joinList } from "../format/count";
import { stepCompletionText } from "@/lib/wizard/progress";
import { AUDIT_REASONS, type AuditReason } from "./reasons";
import { decisionEventText } from "@/lib/decisions/labels";

export interface AuditRow {
  action: string;
  outcome: "SUCCESS" | "FAILURE" | "DENIED";
  actorUserId: string | null;
  actorEmail: string | null;
  caseId: string | null;
  details: unknown;
}

/** Names looked up for the ids that appear in a page of rows. */
export interface AuditNames {
  users: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
}

export const NO_NAMES: AuditNames = { users: new Map(), cases: new Map(), organizations: new Map() };

type Details = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null);
const quote = (text: string) => `”${text}”`;

/** What was refused, as "att …", for DENIED rows. */
const DENIED_OBJECT: Record<string, string> = {
  "auth.signOut": "att logga ut",
  "auth.signOutEverywhere": "att logga ut från alla enheter",
  "auth.passwordReset.request": "att be om ett nytt lösenord",
  "auth.passwordReset.complete": "att välja ett nytt lösenord med en länk",
  "account.view": "att öppna kontosidan",
  "case.list": "att se sina ärenden",
  "case.create": "att starta ett ärende",
  "case.view": "att öppna",
  "case.update": "att ändra",
  "case.audit.read": "att läsa loggen för",
  "case.invite": "att bjuda in till",
  "case.invitation.revoke": "att återkalla en inbjudan till",
  "invitation.view": "att öppna en inbjudan till ett ärende",
  "invitation.accept": "att ta emot en inbjudan till ett ärende",
  "organization.list": "att se organisationerna",
  "organization.create": "att lägga till en organisation",
  "organization.update": "att ändra en organisation",
  "organization.view": "att se en organisations administration",
  "organization.invite": "att bjuda in till en organisation",
  "organization.invitation.revoke": "att återkalla en inbjudan till en organisation",
  "organization.member.update": "att ändra roller i en organisation",
  "organization.invitation.view": "att öppna en inbjudan till en organisation",
  "organization.invitation.accept": "att ta emot en inbjudan till en organisation",
  "admin.view": "att öppna administrationen",
  "user.list": "att se användarlistan",
  "user.deactivate": "att inaktivera ett konto",
  "user.reactivate": "att aktivera ett konto igen",
  "audit.readAll": "att läsa händelseloggen",
  "outbox.read": "att läsa utkorgen",
  "auth.api": "att anropa inloggningstjänsten",
  "case.review.request": "att skicka till juridisk granskning",
  "case.review.withdraw": "att ta tillbaka begäran om juridisk granskning av",
  "case.review.comment": "att kommentera i granskningen av",
  "case.review.dispose": "att markera en kommentar som löst i",
  "case.review.decide": "att fatta ett juridiskt beslut i",
  "case.review.approve": "att godkänna eller skicka tillbaka",
  "case.review.queue": "att öppna granskningskön",
  "case.document.generate": "att ta fram handlingarna för",
  "case.document.download": "att hämta en handling i",
  "case.decision.record": "att registrera ett beslut eller en underskrift i",
  "case.decision.withdraw": "att ta bort en registrering av ett beslut eller en underskrift i",
  "case.example.view": "att se exemplet för",
  "case.example.propose": "att föreslå eller ändra exemplet för",
  "case.example.approve": "att godkänna exemplet för",
  "case.example.withdraw": "att återkalla exemplet för",
  "catalogue.read": "att läsa exempelkatalogen",
  "statistics.read": "att läsa statistiken",
  "api.catalogue": "att läsa katalogens och statistikens API",
  "page.public": "att öppna en sida",
  "health.read": "att läsa appens hälsostatus",
  "auth.signIn": "att logga in",
};

/**
 * Refused calls (FAILURE rows) are written under the form's own name, which can be narrower than
 * the permission a denial names ("Godkänn" and "Skicka tillbaka" share case.review.approve).
 * Each of these has one case as its object.
 */
const FAILED_OBJECT: Record<string, string> = {
  "case.review.approve": "att godkänna",
  "case.review.return": "att skicka tillbaka",
  "case.step.complete": "att markera ett avsnitt som klart i",
  "case.example.edit": "att ändra exemplet för",
};

/** DENIED rows whose object is one case, named after the verb. */
const DENIED_ON_CASE = new Set([
  "case.view",
  "case.update",
  "case.audit.read",
  "case.invite",
  "case.invitation.revoke",
  "case.review.request",
  "case.review.withdraw",
  "case.review.comment",
  "case.review.dispose",
  "case.review.decide",
  "case.review.approve",
  "case.document.generate",
  "case.document.download",
  "case.decision.record",
  "case.decision.withdraw",
  "case.example.view",
  "case.example.propose",
  "case.example.approve",
  "case.example.withdraw",
]);

/** The Swedish names of an example's statuses, as stored in `details.from`. */
const EXAMPLE_STATUS: Record<string, string> = { PROPOSED: "föreslagna", APPROVED: "publicerade" };


/** A table's own entry for a key ("constructor" is no action), or undefined. */
function own(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An approval given over unfinished steps or open comments (lib/review/data.ts approveCase): ", fast …". */
function despiteText(despite: unknown): string {
  if (!despite || typeof despite !== "object") return "";
  const { unfinishedSteps, openComments } = despite as { unfinishedSteps?: unknown; openComments?: unknown };
  const steps = Array.isArray(unfinishedSteps) ? unfinishedSteps.filter((s): s is string => typeof s === "string") : [];
  const comments = typeof openComments === "number" ? openComments : 0;
  const parts = [
    steps.length ? `${steps.length === 1 ? "steg" : "stegen"} ${joinList(steps)} inte var ${steps.length === 1 ? "markerat som klart" : "markerade som klara"}` : "",
    comments ? `${formatCount(comments, NOUNS.comment)} från granskningen var ${comments === 1 ? "öppen" : "öppna"}` : "",
  ].filter(Boolean);
  return parts.length ? `, fast ${joinList(parts)}` : "";
}

function roleLabel(role: unknown): string | null {
  if (role === "EDITOR" || role === "REVIEWER") return CASE_ROLE_LABELS[role].toLowerCase();
  if (role === "CASE_EDITOR" || role === "LEGAL_REVIEWER" || role === "ORG_ADMIN") return ORG_ROLE_LABELS[role].toLowerCase();
  return null;
}

function globalRoleLabel(role: unknown): string {
  return role === "SKR_STAFF" || role === "SYSTEM_ADMIN" ? GLOBAL_ROLE_LABELS[role] : "i hela Samverka";
}

function operatorName(d: Details): string {
  return `Driften (kommandoraden${str(d.operator) ? `, ${String(d.operator)}` : ""})`;
}

function roleList(roles: unknown): string {
  const labels = Array.isArray(roles) ? roles.map(roleLabel).filter((r): r is string => Boolean(r)) : [];
  if (!labels.length) return "inga roller";
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} och ${labels[labels.length - 1]}`;
}

/** The one sentence shown for an audit row. Unknown actions get a plain fallback, never raw JSON. */
export function auditSentence(row: AuditRow, names: AuditNames = NO_NAMES): string {
  const d: Details = row.details && typeof row.details === "object" && !Array.isArray(row.details) ? (row.details as Details) : {};
  const actor = (row.actorUserId && names.users.get(row.actorUserId)) || row.actorEmail || "Någon som inte var inloggad";
  const user = (id: unknown) => (str(id) && names.users.get(id as string)) || str(d.email) || "en person";
  const org = (id: unknown) => (str(id) && names.organizations.get(id as string)) || str((d.after as Details | undefined)?.name) || str(d.name) || "en organisation";
  const caseTitle = row.caseId ? names.cases.get(row.caseId) : undefined;
  const theCase = caseTitle ? `ärendet ${quote(caseTitle)}` : row.caseId || d.requestedCaseId ? "ett ärende som inte finns eller inte går att visa" : "ett ärende";
  const reason = str(d.reason);
  const because = reason && Object.hasOwn(AUDIT_REASONS, reason) ? ` (${AUDIT_REASONS[reason as AuditReason]})` : "";

  if (row.outcome === "DENIED") {
    const what = DENIED_OBJECT[row.action];
    if (!what) return `${actor} nekades en åtgärd som saknar beskrivning${because}.`;
    const onCase = DENIED_ON_CASE.has(row.action) ? ` ${theCase}` : "";
    // An account action names whose account, when the person is known (deny() records the id asked for).
    const account = row.action.startsWith("user.") && str(d.targetUserId) && names.users.get(d.targetUserId as string);
    if (account) return `${actor} nekades ${what.replace("ett konto", `kontot för ${account}`)}${because}.`;
    return `${actor} nekades ${what}${onCase}${because}.`;
  }
  // A request for a new password that mailed nothing names the address asked for (not the asker's own).
  if (row.outcome === "FAILURE" && row.action === "auth.passwordReset.request" && str(d.email)) {
    return `${row.actorUserId ? `${actor} bad om` : "Någon bad om"} en länk för nytt lösenord till ${String(d.email)}, men ingen skickades${because}.`;
  }
  // A refused call (bad input, a conflict): never told as if it had been done. Sign-ins have their own wording.
  if (row.outcome === "FAILURE" && row.action !== "auth.signIn") {
    const what = own(FAILED_OBJECT, row.action) ?? own(DENIED_OBJECT, row.action);
    if (!what) return `${actor} försökte göra en åtgärd som saknar beskrivning, men det gick inte${because}.`;
    const onCase = DENIED_ON_CASE.has(row.action) || Object.hasOwn(FAILED_OBJECT, row.action) ? ` ${theCase}` : "";
    return `${actor} försökte ${what.replace(/^att /, "")}${onCase}, men det gick inte${because}.`;
  }

  switch (row.action) {
    case "auth.signIn": {
      const who = str(row.actorEmail) ?? "okänd adress";
      if (row.outcome === "SUCCESS") return `${actor} loggade in.`;
      return `Misslyckad inloggning som ${who}${because}.`;
    }
    case "auth.signOut":
      return `${actor} loggade ut.`;
    // The address asked for is in details (a signed-in asker's own is the entry's e-mail). One not sent is a FAILURE row, told above.
    case "auth.passwordReset.request":
      return `${row.actorUserId ? `${actor} bad om` : "Någon bad om"} en länk för nytt lösenord till ${str(d.email) ?? str(row.actorEmail) ?? "kontots adress"}, och den skickades.`;
    case "auth.passwordReset.complete":
      return `Lösenordet för ${user(d.userId)} byttes med en länk för nytt lösenord, och kontots inloggningar avslutades${row.actorUserId && row.actorUserId !== d.userId ? ` (i en webbläsare där ${actor} var inloggad)` : ""}.`;
    case "auth.signOutEverywhere":
      return `${actor} loggade ut från alla enheter.`;
    case "case.create":
      return `${actor} startade ${theCase}.`;
    case "case.update": {
      const before = d.before as Details | undefined;
      const after = d.after as Details | undefined;
      if (str(before?.title) && str(after?.title) && before!.title !== after!.title) {
        return `${actor} bytte titel på ärendet från ${quote(String(before!.title))} till ${quote(String(after!.title))}.`;
      }
      if (str(d.step)) return `${actor} ${stepCompletionText(d, ` i ${theCase}`)}.`;
      const answers = Array.isArray(d.answers) ? d.answers.length : 0;
      if (answers) return `${actor} sparade ${answers === 1 ? "ett svar" : formatCount(answers, NOUNS.answer)} i ${theCase}.`;
      return `${actor} ändrade ${theCase}.`;
    }
    case "case.invite": {
      const behalf = str(d.organizationId) ? ` för ${org(d.organizationId)}` : "";
      return `${actor} bjöd in ${str(d.email) ?? "en person"}${behalf} som ${roleLabel(d.role) ?? "deltagare"} i ${theCase}.`;
    }
    case "case.invitation.revoke": {
      const behalf = str(d.organizationId) ? ` för ${org(d.organizationId)}` : "";
      return `${actor} återkallade inbjudan till ${str(d.email) ?? "en person"}${behalf} som ${roleLabel(d.role) ?? "deltagare"} i ${theCase}.`;
    }
    case "invitation.accept":
      return `${actor} tog emot inbjudan till ${theCase} som ${roleLabel(d.role) ?? "deltagare"}${d.newAccount ? " och skapade ett konto" : ""}.`;
    case "organization.create":
      return `${actor} lade till organisationen ${str(d.name) ?? org(d.organizationId)}.`;
    case "organization.update": {
      const before = (d.before as Details | undefined) ?? {};
      const after = (d.after as Details | undefined) ?? {};
      const changes: string[] = [];
      if (before.name !== after.name) changes.push(`namnet från ${quote(String(before.name ?? ""))} till ${quote(String(after.name ?? ""))}`);
      if (before.officialCode !== after.officialCode) changes.push(`koden från ${str(before.officialCode) ?? "ingen"} till ${str(after.officialCode) ?? "ingen"}`);
      return changes.length ? `${actor} ändrade ${changes.join(" och ")} för ${org(d.organizationId)}.` : `${actor} sparade ${org(d.organizationId)} utan ändringar.`;
    }
    case "organization.invite":
      return `${actor} bjöd in ${str(d.email) ?? "en person"} till ${org(d.organizationId)} som ${roleLabel(d.role) ?? "medlem"}.`;
    case "organization.invitation.revoke":
      return `${actor} återkallade inbjudan till ${str(d.email) ?? "en person"} att bli ${roleLabel(d.role) ?? "medlem"} i ${org(d.organizationId)}.`;
    case "organization.invitation.accept":
      return `${actor} gick med i ${org(d.organizationId)} som ${roleLabel(d.role) ?? "medlem"}${d.newAccount ? " och skapade ett konto" : ""}.`;
    case "organization.member.update":
      return `${actor} ändrade rollerna för ${user(d.userId)} i ${org(d.organizationId)} från ${roleList(d.before)} till ${roleList(d.after)}.`;
    case "case.review.request":
      return `${actor} skickade ${theCase} till juridisk granskning${str(d.organizationName) ? ` för ${String(d.organizationName)}` : ""}.`;
    case "case.review.withdraw":
      return `${actor} tog tillbaka begäran om juridisk granskning av ${theCase}${str(d.organizationName) ? ` för ${String(d.organizationName)}` : ""}.`;
    case "case.review.comment":
      return d.reply ? `${actor} svarade på en granskningskommentar i ${theCase}.` : `${actor} kommenterade i granskningen av ${theCase}.`;
    case "case.review.dispose":
      return `${actor} markerade en granskningskommentar i ${theCase} som löst.`;
    case "case.review.decide":
      return `${actor} fattade ett juridiskt beslut${str(d.findingTitle) ? ` om ${quote(String(d.findingTitle))}` : ""} i ${theCase}.`;
    case "case.review.approve":
      return `${actor} godkände ${theCase}${str(d.organizationName) ? ` för ${String(d.organizationName)}` : ""}${typeof d.version === "number" ? ` i version ${d.version}` : ""}${despiteText(d.despite)}.`;
    case "case.review.return":
      return `${actor} skickade tillbaka ${theCase}${str(d.organizationName) ? ` för ${String(d.organizationName)}` : ""}.`;
    // From `npm run users` (lib/users/global-roles.ts): the operator at the command line, not a signed-in person.
    case "user.globalRole.grant":
      return d.newAccount
        ? `${operatorName(d)} skapade kontot för ${user(d.userId)} med rollen ${globalRoleLabel(d.role)}.`
        : `${operatorName(d)} gav ${user(d.userId)} rollen ${globalRoleLabel(d.role)}.`;
    case "user.globalRole.revoke":
      return `${operatorName(d)} tog rollen ${globalRoleLabel(d.role)} från ${user(d.userId)}.`;
    case "user.deactivate":
      return `${actor} inaktiverade kontot för ${user(d.userId)}.`;
    case "user.reactivate":
      return `${actor} aktiverade kontot för ${user(d.userId)} igen.`;
    case "case.document.generate": {
      const created = typeof d.created === "number" ? d.created : null;
      // Files: each document is stored as Word and PDF, so 14 files are 7 documents.
      const files = created === null ? "dokumentens filer" : created === 1 ? "en fil" : `${created} filer`;
      return `${actor} tog fram ${files} för ${theCase}${typeof d.version === "number" ? ` i version ${d.version}` : ""}.`;
    }
    case "case.document.download":
      return `${actor} hämtade ${str(d.file) ? `handlingen ${quote(String(d.file))}` : "en handling"} i ${theCase}${typeof d.version === "number" ? ` (version ${d.version})` : ""}.`;
    case "case.decision.record":
    case "case.decision.withdraw": {
      const { what, outcome } = decisionEventText(row.action, d);
      return `${actor} ${what} i ${theCase}${outcome}.`;
    }
    case "case.example.propose":
      return `${actor} föreslog ${theCase} som anonymiserat exempel för SKR:s katalog.`;
    case "case.example.edit":
      return `${actor} ändrade den anonymiserade texten i exemplet för ${theCase}; exemplet väntar på nytt godkännande.`;
    case "case.example.approve":
      return `${actor} godkände det anonymiserade exemplet för ${theCase}${typeof d.version === "number" ? ` i version ${d.version}` : ""}, som nu visas för SKR.`;
    case "case.example.withdraw": {
      const from = str(d.from) && EXAMPLE_STATUS[d.from as string];
      return `${actor} återkallade ${from ? `det ${from} ` : ""}exemplet för ${theCase}.`;
    }
    default: {
      const outcome = row.outcome === "SUCCESS" ? "lyckades" : "misslyckades";
      return `${actor} gjorde en åtgärd som saknar beskrivning i loggen (${outcome})${caseTitle ? ` i ${theCase}` : ""}.`;
    }
  }
}

/** Kinds of events the log can be filtered by, with the action names each covers. */
export const AUDIT_KINDS = {
  inloggning: { label: "Inloggning och utloggning", prefixes: ["auth."] },
  arenden: { label: "Ärenden och inbjudningar till ärenden", prefixes: ["case.", "invitation."] },
  administration: { label: "Organisationer och användare", prefixes: ["organization.", "user.", "admin."] },
  loggar: { label: "Läsning av loggar och utkorg", prefixes: ["audit.", "outbox."] },
} as const;
export type AuditKind = keyof typeof AUDIT_KINDS;

/** The ids in a page of rows whose names the sentence needs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function idsToName(rows: readonly AuditRow[]): { users: string[]; cases: string[]; organizations: string[] } {
  const users = new Set<string>();
  const cases = new Set<string>();
  const organizations = new Set<string>();
  for (const row of rows) {
    if (row.actorUserId) users.add(row.actorUserId);
    if (row.caseId) cases.add(row.caseId);
    const d = row.details && typeof row.details === "object" ? (row.details as Details) : {};
    if (str(d.userId)) users.add(d.userId as string);
    // The account a refused admin asked for: recorded as asked, so only a well-formed id is looked up.
    if (str(d.targetUserId) && UUID.test(d.targetUserId as string)) users.add(d.targetUserId as string);
    if (str(d.organizationId)) organizations.add(d.organizationId as string);
  }
  return { users: [...users], cases: [...cases], organizations: [...organizations] };
}
