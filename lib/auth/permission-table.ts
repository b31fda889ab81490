import { type Action, PERMISSIONS, PERMISSION_NOTES, ROLES } from "./permissions";

/** The permission table as markdown, for README.md (a test keeps the two identical). */
export function permissionTableMarkdown(): string {
  const rows = (Object.keys(PERMISSIONS) as Action[]).map((action) => {
    const roles = PERMISSIONS[action].map((role) => `\`${role}\``).join(", ");
    return `| \`${action}\` | ${roles} | ${PERMISSION_NOTES[action] ?? ""} |`;
  });
  const roleRows = (Object.keys(ROLES) as Array<keyof typeof ROLES>).map((role) => `| \`${role}\` | ${ROLES[role]} |`);
  return [
    "| Action | Roles | Note |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "| Role | Who holds it |",
    "| --- | --- |",
    ...roleRows,
  ].join("\n");
}
