import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES, RULE_CATALOGUE } from "@/lib/rules/catalogue";
import { RULE_DOCS } from "@/lib/rules/rule-docs";
import { renderRulesDoc } from "@/lib/rules/rules-doc";

const docPath = fileURLToPath(new URL("../../../docs/rules.md", import.meta.url));

describe("docs/rules.md", () => {
  it("is up to date with the rule catalogue (run `npm run docs:rules`)", () => {
    expect(readFileSync(docPath, "utf8")).toBe(renderRulesDoc());
  });

  it("documents every rule with its code", () => {
    const doc = renderRulesDoc();
    for (const rule of RULE_CATALOGUE) expect(doc).toContain(`\`${rule.code}\``);
  });

  it("has each rule's documentation in rule-docs.ts, and none for a rule that is gone", () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual(RULES.map((rule) => rule.code).sort());
  });
});
