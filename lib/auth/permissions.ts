// THE permission table. Every server action, route handler, page loader and data-access
// function asks this table, and nothing else, whether an actor may do something.
//
// Roles are of three kinds:
// - "anyone" and "signedIn": who the request comes from;
// - global roles and organisation roles: held by the user (UserGlobalRole, Membership);
// - case roles: the actor's relation to one case, defined in lib/auth/case-roles.ts. Every gate
//   decides them in the database: caseScope (lib/auth/authorize.ts) turns them into the WHERE
//   clause of the case query. A page that has loaded a case through that gate may read the same
//   definitions against the loaded row to decide which controls to show (mayOnLoadedCase).

export const ROLES = {
  anyone: "Alla, även den som inte är inloggad",
  signedIn: "Inloggad användare",
  systemAdmin: "Systemadministratör (global roll)",
  skrStaff: "SKR-medarbetare (global roll)",
  mayJoin: "Alla som får gå med i ett ärende eller en organisation: även den som inte är inloggad (kontot skapas), men inte SKR:s medarbetare, som aldrig ser ett enskilt ärende",
  caseWorker: "Den som kan arbeta i ärenden: har en roll i någon organisation, eller ingen global roll (till exempel en inbjuden granskare utan organisation)",
  orgCaseEditor: "Ärendehandläggare i någon organisation",
  orgLegalReviewer: "Jurist i någon organisation",
  orgAdmin: "Organisationsadministratör",
  caseEditor: "Redigerare i just det ärendet (deltagare med rollen redigerare)",
  caseReviewer: "Granskare av just det ärendet (inbjuden granskare, eller jurist i en organisation som deltar i ärendet)",
  caseOwnerApprover: "Organisationsadmin eller jurist i ärendets ägarorganisation",
} as const;

export type Role = keyof typeof ROLES;
export type CaseRoleName = Extract<Role, "caseEditor" | "caseReviewer" | "caseOwnerApprover">;
export const CASE_ROLES: readonly CaseRoleName[] = ["caseEditor", "caseReviewer", "caseOwnerApprover"];

export const PERMISSIONS = {
  "page.public": ["anyone"],
  "health.read": ["anyone"],
  "auth.api": ["anyone"],
  "auth.signIn": ["anyone"],
  "auth.signOut": ["signedIn"],
  "auth.signOutEverywhere": ["signedIn"],
  "auth.passwordReset.request": ["anyone"],
  "auth.passwordReset.complete": ["anyone"],
  "account.view": ["signedIn"],
  "case.list": ["caseWorker"],
  "case.create": ["orgCaseEditor"],
  "case.view": ["caseEditor", "caseReviewer"],
  "case.update": ["caseEditor"],
  "case.audit.read": ["caseEditor", "caseReviewer"],
  "case.invite": ["caseEditor"],
  "case.invitation.revoke": ["caseEditor"],
  "case.review.request": ["caseEditor"],
  "case.review.withdraw": ["caseEditor"],
  "case.review.comment": ["caseEditor", "caseReviewer"],
  "case.review.dispose": ["caseEditor", "caseReviewer"],
  "case.review.decide": ["caseReviewer"],
  "case.review.approve": ["caseReviewer"],
  "case.review.queue": ["signedIn"],
  "case.document.generate": ["caseEditor"],
  "case.document.download": ["caseEditor", "caseReviewer"],
  "case.decision.record": ["caseEditor"],
  "case.decision.withdraw": ["caseEditor"],
  "invitation.view": ["anyone"],
  "invitation.accept": ["mayJoin"],
  "organization.list": ["systemAdmin"],
  "organization.create": ["systemAdmin"],
  "audit.readAll": ["systemAdmin"],
  "outbox.read": ["systemAdmin"],
  "admin.view": ["orgAdmin", "systemAdmin"],
  "organization.view": ["orgAdmin", "systemAdmin"],
  "organization.invite": ["orgAdmin", "systemAdmin"],
  "organization.invitation.revoke": ["orgAdmin", "systemAdmin"],
  "organization.member.update": ["orgAdmin", "systemAdmin"],
  "organization.update": ["systemAdmin"],
  "organization.invitation.view": ["anyone"],
  "organization.invitation.accept": ["mayJoin"],
  "user.list": ["systemAdmin"],
  "user.deactivate": ["orgAdmin", "systemAdmin"],
  "user.reactivate": ["orgAdmin", "systemAdmin"],
  "case.example.view": ["caseEditor", "caseReviewer", "caseOwnerApprover"],
  "case.example.propose": ["caseEditor"],
  "case.example.approve": ["caseOwnerApprover"],
  "case.example.withdraw": ["caseEditor", "caseOwnerApprover"],
  "catalogue.read": ["skrStaff"],
  "statistics.read": ["skrStaff"],
  "api.catalogue": ["skrStaff"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

/** Why each action's roles are what they are; shown next to the table in the docs. */
export const PERMISSION_NOTES: Partial<Record<Action, string>> = {
  "auth.api": "Only get-session and sign-out are reachable; everything else under /api/auth answers 404.",
  "auth.passwordReset.request": "Mails a single-use link to an active account's address; the answer is the same whether or not the address has one. Limited per account and per client address.",
  "auth.passwordReset.complete": "The secret token in the mailed link is the credential; a wrong, used, replaced or expired token shows nothing about the account. Ends every session of the account.",
  "invitation.view": "The secret token in the link is the credential; a wrong, used or expired token shows nothing.",
  "invitation.accept": "Requires a valid, unused token; a signed-in user must have the invited e-mail address.",
  "case.list": "Lists only the cases the actor has a case role in. Someone who holds only global roles (SKR staff, system admins) works in no case, so is not offered the list.",
  "case.invitation.revoke": "Withdraws a pending invitation to the case, for the same roles that may invite. Its link then says it was withdrawn and nothing about the case; the invitation keeps when and by whom (revokedAt).",
  "outbox.read": "Delivery status always; mail text only while mail is not sent through SMTP.",
  "admin.view": "Organisation admins see only the organisations they administer.",
  "organization.view": "People, invitations and cases (owned and taking part) of one organisation; organisation admins only for their own (organizationScope).",
  "organization.invite": "Organisation admins only for their own organisation; same token rules as case invitations.",
  "organization.invitation.revoke": "Withdraws a pending invitation, for the same roles that may invite; organisation admins only for their own organisation. Its link then says it was withdrawn and nothing about the organisation; the invitation keeps when and by whom (revokedAt).",
  "organization.member.update": "Organisation admins only for their own organisation; the last active admin cannot be removed.",
  "organization.invitation.view": "The secret token in the link is the credential; a wrong, used or expired token shows nothing.",
  "organization.invitation.accept": "Requires a valid, unused token; a signed-in user must have the invited e-mail address.",
  "user.deactivate": "Organisation admins only for people whose every membership is in an organisation they administer and who hold no global role; never oneself.",
  "user.reactivate": "Undoes a deactivation: the account may sign in again with its own password, and keeps its memberships and case roles. The same people as deactivation, but a deactivation made by a system admin only a system admin undoes.",
  "case.review.dispose": "Marks a comment thread resolved: any editor, or the reviewer who started the thread.",
  "case.review.decide": "A decision on a finding is recorded for the reviewer's own party organisation.",
  "case.review.approve": "Approve (\"Godkänn\") or return (\"Skicka tillbaka\"), for the reviewer's own party organisation.",
  "case.review.queue": "Lists only the cases waiting for the actor's review, so everyone else sees an empty queue.",
  "case.document.generate": "Stores the case's documents (DOCX and PDF) for its current version; each generation is audited with the version.",
  "case.document.download": "Stored documents and the print view; every case member may fetch what a nämnd decided on, unchanged.",
  "case.decision.record": "Records a party's decision on the case (nämnd, fullmäktige, styrelse or delegate, as the minutes give it) or its signature of the agreement, for any party of the case: the parties' editors work the case together, and a party may have none of its own in it. Every case member sees the entries, with who recorded each.",
  "case.review.withdraw": "Takes back a party's open review request before a jurist has answered (sent to the wrong party, or to a party whose jurists have left): it counts as never sent, and those it waited for are told. The same people who may send one.",
  "case.decision.withdraw": "Takes a mistaken decision or signature entry off the page (\"Ta bort registreringen\"; the decision itself is not revoked): the entry stays in the table and the log, never changed or deleted. Only the editor who recorded the entry, or an editor for the entry's own organisation (any editor, for a party named only in step 2B), may take it off (mayWithdrawEntry).",
  "case.example.propose": "Proposing and editing the anonymised text; publishing needs approval.",
  "case.example.approve": "Approves the exact text; only approved examples reach SKR staff.",
  "catalogue.read": "Only approved, anonymised examples; never a case.",
  "statistics.read": "Aggregates only, with small cells suppressed.",
  "api.catalogue": "Read-only JSON of the same published examples and statistics.",
};

export function rolesFor(action: Action): readonly Role[] {
  return PERMISSIONS[action];
}

export function isCaseRole(role: Role): role is CaseRoleName {
  return (CASE_ROLES as readonly Role[]).includes(role);
}

export function isCaseScoped(action: Action): boolean {
  return rolesFor(action).some(isCaseRole);
}

/**
 * SKR staff see anonymised examples and statistics, never an identifiable case (DOMAIN.md,
 * "Who uses it"). So they hold no organisation role (an organisation role brings its cases) and
 * no case role, whatever rows the database holds: loadActor drops their memberships, caseScope
 * and mayOnLoadedCase give them no case role, and invitations refuse them.
 */
export function seesNoCase(globalRoles: readonly string[]): boolean {
  return globalRoles.includes("SKR_STAFF");
}
