import { execFile } from "node:child_process";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { auditSentence } from "@/lib/audit/sentence";
import { grantGlobalRole, revokeGlobalRole, GLOBAL_ROLE_MESSAGES } from "@/lib/users/global-roles";
import { AppError } from "@/lib/errors/app-error";
import { projectRoot } from "../../scripts/lib/config.mjs";
import { createFreshDatabase } from "../../scripts/lib/fresh-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { query } from "./helpers/raw-sql";
import { resetDatabase } from "./reset-db";

// A production database started with `npm start -- --no-seed` has no account: `npm run users`
// is how its first system admin, and SKR's analysts, get theirs (lib/users/global-roles.ts).

const operator = { name: "drift" };
const PASSWORD = "ett-langt-losenord-2026";

function cli(args: string[], databaseUrl: string, stdin?: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/users-cli.ts", ...args],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  return appError.fieldErrors.length ? appError.fieldErrors.map((f) => `${f.path}: ${f.message}`).join("; ") : appError.userMessage;
}

const rowCounts = async () => ({
  users: await prisma.user.count(),
  accounts: await prisma.account.count(),
  roles: await prisma.userGlobalRole.count(),
  audit: await prisma.auditLog.count(),
});

describe("npm run users, as an operator runs it on a database with no account", () => {
  const name = `users_cli_${process.pid}`;
  let url = "";
  afterAll(async () => {
    if (url) await query(inject("serverUrl"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  // Two runs of the command itself (each loads the app's code: seconds under CI's load); the
  // command line's refusals are tested in-process (tests/unit/scripts/users-command.test.ts), and
  // the rules of giving and taking roles in the data functions below.
  it("refuses a database the app has not started on with exit code 2, then creates the first system admin with the password from standard input", async () => {
    url = await createFreshDatabase(inject("serverUrl"), name);
    // It never migrates (the app does, at start): a database without the app's tables is refused, and nothing is created.
    const unmigrated = await cli(["list"], url);
    expect(unmigrated.code).toBe(2);
    expect(unmigrated.err).not.toMatch(/at .*\.ts:\d+/);
    expect(unmigrated.err).toMatch(/^Databasen saknar \d+ av appens migreringar\. Starta appen på den en gång först/);
    expect(await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).toEqual([{ n: 0 }]);
    await migrate(url);

    const made = await cli(["grant", "Ada.Admin@Kommun.se", "systemadmin", "--name", "Ada Admin", "--password-stdin"], url, `${PASSWORD}\n`);
    expect(made.err).not.toContain("Oväntat fel");
    expect(made).toMatchObject({ code: 0 });
    expect(made.out).toContain("Kontot ada.admin@kommun.se skapades med rollen Systemadministratör.");
    const [account] = await query<{ password: string; role: string; emailVerified: boolean }>(
      url,
      `SELECT a.password, g.role, u."emailVerified" FROM "User" u JOIN "Account" a ON a."userId" = u.id AND a."providerId" = 'credential' JOIN "UserGlobalRole" g ON g."userId" = u.id WHERE u.email = 'ada.admin@kommun.se'`,
    );
    expect(account).toMatchObject({ role: "SYSTEM_ADMIN", emailVerified: true });
    // The trailing newline of standard input is not part of the password.
    expect(await verifyPassword({ hash: account!.password, password: PASSWORD })).toBe(true);
  }, 120_000);
});

describe("global roles given and taken by the operator", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("gives a role to an account that exists, once, and says so in the audit log", async () => {
    const user = await prisma.user.create({ data: { name: "Stina Statistik", email: "stina@skr.se", emailVerified: true } });
    expect(await grantGlobalRole(operator, { email: " Stina@SKR.se ", role: "SKR_STAFF" })).toMatchObject({ createdAccount: false, alreadyHeld: false });
    expect(await grantGlobalRole(operator, { email: "stina@skr.se", role: "SKR_STAFF" })).toMatchObject({ alreadyHeld: true });
    expect(await prisma.userGlobalRole.findMany({ where: { userId: user.id }, select: { role: true } })).toEqual([{ role: "SKR_STAFF" }]);
    const entries = await prisma.auditLog.findMany({ where: { action: "user.globalRole.grant" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: null, outcome: "SUCCESS" });
    expect(auditSentence(entries[0]!, { users: new Map([[user.id, "Stina Statistik"]]), organizations: new Map(), cases: new Map() })).toBe(
      "Driften (kommandoraden, drift) gav Stina Statistik rollen SKR-medarbetare.",
    );
  });

  it("never makes SKR staff of someone who works in a case or an organisation (SKR never sees an identifiable case)", async () => {
    const organization = await prisma.organization.create({ data: { name: "Norrströms kommun", type: "KOMMUN" } });
    const user = await prisma.user.create({ data: { name: "Sara Socialchef", email: "sara@norrstrom.se", emailVerified: true } });
    await prisma.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "CASE_EDITOR" } });
    const before = await rowCounts();
    expect(await refusal(grantGlobalRole(operator, { email: "sara@norrstrom.se", role: "SKR_STAFF" }))).toBe(GLOBAL_ROLE_MESSAGES.skrStaffWithCases);
    // A system admin may also work in an organisation.
    await grantGlobalRole(operator, { email: "sara@norrstrom.se", role: "SYSTEM_ADMIN" });
    expect((await rowCounts()).roles).toBe(before.roles + 1);
  });

  it("refuses a new account without a name or with a short password, and a role not held, naming what to mend", async () => {
    const before = await rowCounts();
    expect(await refusal(grantGlobalRole(operator, { email: "stina@skr.se", role: "SKR_STAFF" }))).toBe(`name: ${GLOBAL_ROLE_MESSAGES.newAccountNeedsName}`);
    expect(await refusal(grantGlobalRole(operator, { email: "stina@skr.se", role: "SKR_STAFF", name: "Stina Statistik", password: "kort" }))).toBe("password: Lösenordet måste ha minst 12 tecken.");
    await prisma.user.create({ data: { name: "Ada Admin", email: "ada@kommun.se", emailVerified: true } });
    expect(await refusal(revokeGlobalRole(operator, { email: "ada@kommun.se", role: "SKR_STAFF" }))).toBe("ada@kommun.se har inte rollen SKR-medarbetare. Inget ändrades.");
    expect({ ...(await rowCounts()), users: before.users }).toEqual(before);
  });

  it("keeps an existing account's name and password, and refuses a deactivated one", async () => {
    await prisma.user.create({ data: { name: "Olle", email: "olle@kommun.se", emailVerified: true, deactivatedAt: new Date() } });
    const before = await rowCounts();
    expect(await refusal(grantGlobalRole(operator, { email: "olle@kommun.se", role: "SYSTEM_ADMIN", name: "Olle Nyman" }))).toBe(`name: ${GLOBAL_ROLE_MESSAGES.existingAccountName}`);
    expect(await refusal(grantGlobalRole(operator, { email: "olle@kommun.se", role: "SYSTEM_ADMIN" }))).toBe(GLOBAL_ROLE_MESSAGES.deactivated);
    expect(await refusal(grantGlobalRole(operator, { email: "ny@kommun.se", role: "SYSTEM_ADMIN", name: "Ny Person" }))).toBe(`password: ${GLOBAL_ROLE_MESSAGES.newAccountNeedsPassword}`);
    expect(await rowCounts()).toEqual(before);
  });

  it("takes a role away, but never from the last active system admin, even two at once", async () => {
    await grantGlobalRole(operator, { email: "a@kommun.se", role: "SYSTEM_ADMIN", name: "Anna Admin", password: PASSWORD });
    await grantGlobalRole(operator, { email: "b@kommun.se", role: "SYSTEM_ADMIN", name: "Bo Admin", password: PASSWORD });
    const both = await Promise.allSettled([revokeGlobalRole(operator, { email: "a@kommun.se", role: "SYSTEM_ADMIN" }), revokeGlobalRole(operator, { email: "b@kommun.se", role: "SYSTEM_ADMIN" })]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = both.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect((rejected.reason as AppError).userMessage).toBe(GLOBAL_ROLE_MESSAGES.lastSystemAdmin);
    expect(await prisma.userGlobalRole.count({ where: { role: "SYSTEM_ADMIN" } })).toBe(1);
    expect(await refusal(revokeGlobalRole(operator, { email: "c@kommun.se", role: "SKR_STAFF" }))).toBe(GLOBAL_ROLE_MESSAGES.unknownAccount);
    const revoked = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.globalRole.revoke" } });
    expect(auditSentence(revoked)).toMatch(/^Driften \(kommandoraden, drift\) tog rollen Systemadministratör från [ab]@kommun\.se\.$/);
  });
});
