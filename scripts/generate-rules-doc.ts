/** Writes docs/rules.md from the rule catalogue: npm run docs:rules */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRulesDoc } from "../lib/rules/rules-doc";

const target = fileURLToPath(new URL("../docs/rules.md", import.meta.url));
writeFileSync(target, renderRulesDoc(), "utf8");
process.stdout.write(`Wrote ${target}\n`);
