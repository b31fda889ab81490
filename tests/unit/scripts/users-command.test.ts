import { describe, expect, it } from "vitest";
import { HELP, USAGE, readUsersCommand, roleListText } from "../../../scripts/lib/users-command";

// `npm run users`: what the command line was asked, refused in the operator's language before a
// password is asked for or the database is opened (a walk: a bad address was first told about
// the terminal, a mistyped option in Node's English).

const refusal = (args: string[]) => {
  const read = readUsersCommand(args);
  expect(read.kind, args.join(" ")).toBe("refused");
  return (read as { message: string }).message;
};

describe("readUsersCommand", () => {
  it("reads grant, revoke and list", () => {
    expect(readUsersCommand(["grant", "Ada@Kommun.se", "systemadmin", "--name", "Ada Admin", "--password-stdin"])).toEqual({
      kind: "run",
      command: "grant",
      email: "Ada@Kommun.se",
      role: "SYSTEM_ADMIN",
      name: "Ada Admin",
      passwordStdin: true,
    });
    expect(readUsersCommand(["revoke", "stina@skr.se", "skr"])).toMatchObject({ kind: "run", command: "revoke", role: "SKR_STAFF", passwordStdin: false });
    expect(readUsersCommand(["list"])).toMatchObject({ kind: "run", command: "list" });
    expect(readUsersCommand(["--help"])).toEqual({ kind: "help", text: HELP });
    expect(HELP).toContain("skr          SKR-medarbetare: ser anonymiserade exempel och statistik, aldrig ett enskilt ärende.");
  });

  it("refuses a bad command line naming what to mend, in Swedish", () => {
    expect(refusal(["grant", "stina@skr.se", "analytiker"])).toBe(`Rollen ska vara systemadmin eller skr, inte "analytiker".\n${USAGE}`);
    expect(refusal(["grant", "inte-en-adress", "skr", "--name", "X Y"])).toBe("Ange en giltig e-postadress, till exempel namn@kommun.se.");
    expect(refusal(["grant", "stina@skr.se", "skr", "--name", "S"])).toBe("Ange personens namn (--name).");
    expect(refusal(["grant", "stina@skr.se", "skr", "--nmae", "Stina"])).toBe(`Okänt alternativ: --nmae. Alternativen är --name, --password-stdin och --help.\n${USAGE}`);
    expect(refusal(["grant", "stina@skr.se", "skr", "--name"])).toBe(`--name behöver ett värde, till exempel --name "Anna Admin".\n${USAGE}`);
    expect(refusal(["revoke", "stina@skr.se", "skr", "--name", "Stina"])).toBe(`revoke tar inget namn eller lösenord.\n${USAGE}`);
    expect(refusal(["grant"])).toBe(`Ange kontots e-postadress.\n${USAGE}`);
    expect(refusal(["grant", "a@b.se", "skr", "extra"])).toBe(`För många argument: extra\n${USAGE}`);
    expect(refusal(["delete", "a@b.se"])).toBe(USAGE);
    expect(refusal(["list", "a@b.se"])).toBe(USAGE);
    expect(refusal([])).toBe(USAGE);
  });
});

describe("roleListText", () => {
  it("lists who holds a role under a header, and says how to give the first", () => {
    expect(roleListText([])).toBe('Ingen har en roll i hela Samverka än. Ge den första: npm run users -- grant <e-post> systemadmin --name "…"\n');
    expect(
      roleListText([
        { roleLabel: "Systemadministratör", email: "ada@kommun.se", name: "Ada Admin", deactivated: false },
        { roleLabel: "SKR-medarbetare", email: "olle@skr.se", name: "Olle", deactivated: true },
      ]),
    ).toBe("Roll\tE-post\tNamn\nSystemadministratör\tada@kommun.se\tAda Admin\nSKR-medarbetare\tolle@skr.se\tOlle\t(inaktiverat)\n");
  });
});
