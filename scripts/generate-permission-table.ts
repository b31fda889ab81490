// Writes the permission table from lib/auth/permissions.ts into README.md between its
// markers (`npm run docs:permissions`); the authorization matrix test fails when it is stale.
import fs from "node:fs";
import path from "node:path";
import { permissionTableMarkdown } from "../lib/auth/permission-table";

const file = path.join(import.meta.dirname, "..", "README.md");
const readme = fs.readFileSync(file, "utf8");
const start = "<!-- permission-table:start -->\n";
const end = "\n<!-- permission-table:end -->";
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from < 0 || to < from) {
  console.error("README.md has no permission-table markers");
  process.exit(1);
}
fs.writeFileSync(file, readme.slice(0, from + start.length) + permissionTableMarkdown() + readme.slice(to));
console.log("README.md: permission table updated");
