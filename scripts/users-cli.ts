/**
 * The roles of all Samverka, from the command line (lib/users/global-roles.ts):
 *   npm run users -- grant <e-post> <systemadmin|skr> [--name "Förnamn Efternamn"] [--password-stdin]
 *   npm run users -- revoke <e-post> <systemadmin|skr>
 *   npm run users -- list
 * A database started with `npm start -- --no-seed` has no account: `grant` with --name creates
 * the first system admin, who then adds organisations and invites their people in the app.
 * The new account's password is asked for twice, unseen, or read from standard input with
 * --password-stdin (for scripts). Works on DATABASE_URL, or on the embedded database as
 * `npm run db:backup` does (started for the command when the app is not running); it never
 * migrates, and refuses a database the app has not started on yet.
 * Exit codes: 0 done, 2 refused (usage, bad input, a rule), 1 an unexpected fault.
 */
import os from "node:os";
import { openTargetDatabase } from "./lib/db-target.mjs";
import pg from "pg";
import { DbStartError } from "./lib/db-process.mjs";
import { pendingMigrations } from "./lib/migrate.mjs";
import { readUsersCommand, roleListText } from "./lib/users-command";

/** A refusal: said on standard error, exit code 2 (130 when the operator pressed Ctrl-C), after the database the command started is stopped. */
class Refusal extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
function refuse(message: string): never {
  throw new Refusal(message);
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** A line typed at the terminal and not shown. Ctrl-C stops the command. */
function askUnseen(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  let value = "";
  return new Promise((resolve, reject) => {
    const done = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return (done(), resolve(value));
        // Ctrl-C and Ctrl-D stop; other control characters (arrows' escape sequences) are not part of a password.
        if (ch === "\u0003" || ch === "\u0004") return (done(), reject(new Refusal("Avbrutet. Inget ändrades.", 130)));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function newPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(process.stdin)).replace(/\r?\n$/, "");
  if (!process.stdin.isTTY) refuse("Lösenordet för det nya kontot läses från terminalen. Utan terminal: ange --password-stdin och skicka lösenordet på standard in.");
  const first = await askUnseen("Lösenord för det nya kontot: ");
  const again = await askUnseen("Samma lösenord en gång till: ");
  if (first !== again) refuse("Lösenorden stämmer inte överens. Inget ändrades.");
  return first;
}

async function main(): Promise<void> {
  const read = readUsersCommand(process.argv.slice(2));
  if (read.kind === "refused") refuse(read.message);
  if (read.kind === "help") {
    process.stdout.write(`${read.text}\n`);
    return;
  }
  const { command, email, role, name: givenName, passwordStdin } = read;

  const target = await openTargetDatabase({ log: (line: string) => process.stderr.write(`[users] ${line}\n`) });
  try {
    // Never migrates: the app applies its own migrations at start, and this checkout may be newer
    // than the app that runs on the database (a review). A database not yet started by the app says so.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const pending = await pendingMigrations(client).finally(() => client.end());
    if (pending.length) refuse(`Databasen saknar ${pending.length} av appens migreringar. Starta appen på den en gång först (npm start -- --no-seed), så skapar den sina tabeller.`);
    // The database client reads DATABASE_URL when it loads: set it first.
    process.env.DATABASE_URL = target.url;
    const { grantGlobalRole, listGlobalRoles, revokeGlobalRole } = await import("../lib/users/global-roles");
    const { AppError } = await import("../lib/errors/app-error");
    // A container may run as a user with no name: its uid, then.
    const operator = { name: process.env.USER || (() => { try { return os.userInfo().username; } catch { return `uid ${process.getuid?.() ?? "?"}`; } })() };
    try {
      if (command === "list") {
        process.stdout.write(roleListText(await listGlobalRoles()));
      } else if (command === "grant") {
        // A password is asked for only when the account is new; the data function says so.
        const exists = await (await import("../lib/db/client")).prisma.user.count({ where: { email: email.trim().toLowerCase() } });
        const password = !exists && givenName !== undefined ? await newPassword(passwordStdin) : passwordStdin ? await readAll(process.stdin) : undefined;
        const done = await grantGlobalRole(operator, { email, role, name: givenName, password });
        process.stdout.write(
          done.alreadyHeld
            ? `${done.email} har redan rollen ${done.roleLabel}. Inget ändrades.\n`
            : done.createdAccount
              ? `Kontot ${done.email} skapades med rollen ${done.roleLabel}. Personen loggar in med sin e-postadress och lösenordet.\n`
              : `${done.email} har nu rollen ${done.roleLabel}.\n`,
        );
      } else {
        const done = await revokeGlobalRole(operator, { email, role });
        process.stdout.write(`${done.email} har inte längre rollen ${done.roleLabel}.\n`);
      }
    } catch (error) {
      // The fields' own messages name what to mend; a form's summary says nothing here.
      if (error instanceof AppError) refuse(error.fieldErrors.length ? [...new Set(error.fieldErrors.map((f) => f.message))].join("\n") : error.userMessage);
      throw error;
    } finally {
      const { prisma } = await import("../lib/db/client");
      await prisma.$disconnect();
    }
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof Refusal) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
  // The embedded database's own words have been said (scripts/lib/db-process.mjs).
  if (error instanceof DbStartError) process.exit(1);
  process.stderr.write(`Oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
