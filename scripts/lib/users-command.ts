// Plain module: what `npm run users` was asked (scripts/users-cli.ts), read and checked before a
// password is asked for or the database opened, so that every refusal of the command line itself
// is tested in-process (tests/unit/scripts/users-command.test.ts).
import { parseArgs } from "node:util";
import { safeParse } from "zod/v4/core";
import { GLOBAL_ROLE_WORDS, type GlobalRoleWord, grantGlobalRoleSchema, revokeGlobalRoleSchema } from "../../lib/users/global-role-schemas";

export const USAGE = [
  "Användning:",
  '  npm run users -- grant <e-post> <systemadmin|skr> [--name "Förnamn Efternamn"] [--password-stdin]',
  "  npm run users -- revoke <e-post> <systemadmin|skr>",
  "  npm run users -- list",
].join("\n");

export const HELP = [
  "Roller i hela Samverka, från kommandoraden.",
  "",
  USAGE,
  "",
  "Roller:",
  "  systemadmin  Systemadministratör: lägger till organisationer, ser alla användare och händelseloggen.",
  "  skr          SKR-medarbetare: ser anonymiserade exempel och statistik, aldrig ett enskilt ärende.",
  "",
  "grant ger rollen till kontot med adressen. Finns inget konto skapas det: ange då --name, och",
  "lösenordet frågas efter två gånger utan att visas (eller läses från standard in med --password-stdin).",
  "Ett konto som finns behåller sitt namn och lösenord. revoke tar rollen från kontot, men aldrig från",
  "den sista aktiva systemadministratören. list visar vem som har en roll.",
].join("\n");

/** node:util's parseArgs refusals, in the operator's language. */
function optionRefusal(error: unknown): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^']+)'/.exec(String((error as Error).message))?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Okänt alternativ: ${option}. Alternativen är --name, --password-stdin och --help.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option.split(" ")[0] || "Alternativet"} behöver ett värde, till exempel --name "Anna Admin".`;
  return "Kommandot gick inte att läsa.";
}

export type UsersCommand =
  | { kind: "help"; text: string }
  | { kind: "refused"; message: string }
  | { kind: "run"; command: "list"; email?: undefined; role?: undefined; name?: undefined; passwordStdin: false }
  | { kind: "run"; command: "grant" | "revoke"; email: string; role: string; name: string | undefined; passwordStdin: boolean };

const refused = (message: string): UsersCommand => ({ kind: "refused", message });

/** The command line's arguments (without node and the script), read and checked. */
export function readUsersCommand(args: readonly string[]): UsersCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { name: { type: "string" }, "password-stdin": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return refused(`${optionRefusal(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help", text: HELP };
  const [command, email, word, ...extra] = positionals;
  if (extra.length) return refused(`För många argument: ${extra.join(" ")}\n${USAGE}`);
  if (command === "list") return email === undefined ? { kind: "run", command, passwordStdin: false } : refused(USAGE);
  if (command !== "grant" && command !== "revoke") return refused(USAGE);
  if (!email) return refused(`Ange kontots e-postadress.\n${USAGE}`);
  if (command === "revoke" && (values.name !== undefined || values["password-stdin"])) return refused(`revoke tar inget namn eller lösenord.\n${USAGE}`);
  if (!word || !Object.hasOwn(GLOBAL_ROLE_WORDS, word)) return refused(`Rollen ska vara systemadmin eller skr${word ? `, inte ${JSON.stringify(word)}` : ""}.\n${USAGE}`);
  const role = GLOBAL_ROLE_WORDS[word as GlobalRoleWord];
  // The address and the name are checked before a password is asked for or the database opened (a walk).
  const checked = safeParse(command === "grant" ? grantGlobalRoleSchema : revokeGlobalRoleSchema, { email, role, name: values.name });
  if (!checked.success) return refused([...new Set(checked.error.issues.map((issue) => issue.message))].join("\n"));
  return { kind: "run", command, email, role, name: values.name, passwordStdin: values["password-stdin"] === true };
}

/** `list`'s answer: a header and a line per role held, tab-separated; or how to give the first. */
export function roleListText(rows: readonly { roleLabel: string; email: string; name: string; deactivated: boolean }[]): string {
  if (!rows.length) return 'Ingen har en roll i hela Samverka än. Ge den första: npm run users -- grant <e-post> systemadmin --name "…"\n';
  return ["Roll\tE-post\tNamn", ...rows.map((r) => `${r.roleLabel}\t${r.email}\t${r.name}${r.deactivated ? "\t(inaktiverat)" : ""}`)].join("\n") + "\n";
}
