import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The step page renders with the server's assessment and loads the case schema and the rules
// engine after its first paint (lib/wizard/components/live-engine.ts). One value imported from a
// barrel ("@/lib/case", "@/lib/rules") would bring both back into the page's first load, about
// 45 kB gzip, without any test failing; this walks the static imports the browser follows.

const root = path.resolve(__dirname, "../../..");
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config, ts.sys, root);
const host = ts.createCompilerHost(config.options);

/** Imports that bring code: not `import type`, not all-`type` named imports, not dynamic import(). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  // A server action module reaches the browser as references only.
  if (source.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server")) return [];
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every module the file reaches by static value imports: project files by path, packages by name. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of valueImports(file)) {
      const resolved = ts.resolveModuleName(specifier, file, config.options, host).resolvedModule;
      const key = !resolved || resolved.isExternalLibraryImport ? specifier : resolved.resolvedFileName;
      if (chains.has(key)) continue;
      chains.set(key, [...chains.get(file)!, key]);
      if (resolved && !resolved.isExternalLibraryImport) queue.push(key);
    }
  }
  return chains;
}

const relative = (chain: string[]) => chain.map((f) => path.relative(root, f) || f).join(" → ");

describe("the step page's first-load JavaScript", () => {
  const chains = reachable(path.join(root, "lib/wizard/components/step-form.tsx"));
  const reached = [...chains.keys()];

  it("walks the whole form, so the checks below look at something", () => {
    expect(reached.some((f) => f.endsWith("lib/wizard/components/fields/basic.tsx"))).toBe(true);
    expect(reached.some((f) => f.endsWith("lib/wizard/components/finding-body.tsx"))).toBe(true);
    expect(reached).toContain("react-hook-form");
  });

  it("does not import zod, the case schema or the rules engine; live-engine.ts loads them later", () => {
    const heavy = reached.filter(isHeavy);
    expect(heavy.map((f) => relative(chains.get(f)!))).toEqual([]);
  });

  it("the engine module it loads later does reach them, so the check above can fail", () => {
    const engine = [...reachable(path.join(root, "lib/wizard/components/live-engine.ts")).keys()];
    expect(engine.some((f) => f.endsWith("lib/rules/evaluate.ts"))).toBe(true);
    expect(engine.some((f) => /^zod(\/|$)/.test(f))).toBe(true);
  });

  it("the engine brings the rules, not their documentation or the barrels that re-export everything", () => {
    const chains = reachable(path.join(root, "lib/wizard/components/live-engine.ts"));
    const extra = [...chains.keys()].filter((f) => /lib\/rules\/(rule-docs|catalogue|rules-doc|pretty|index)\.ts$|lib\/case\/index\.ts$|lib\/guide\/index\.ts$/.test(f));
    expect(extra.map((f) => relative(chains.get(f)!))).toEqual([]);
  });

  // The form is not the page's only client code: every client component the page's server
  // components import is in its first load too. A review component importing a constant from a
  // module that also builds zod schemas put all of zod there (172.9 → 208.3 kB gzip) while the
  // checks above, which start at the form, stayed green.
  it("no client component the step pages render reaches zod, the case schema or the engine", () => {
    const pages = ["app/arenden/[id]/steg/[steg]/page.tsx", "app/arenden/[id]/steg/[steg]/[del]/page.tsx"].map((p) => path.join(root, p));
    const clientEntries = new Set<string>();
    for (const page of pages) {
      for (const file of reachable(page).keys()) if (path.isAbsolute(file) && isClientModule(file)) clientEntries.add(file);
    }
    expect([...clientEntries].some((f) => f.endsWith("lib/wizard/components/step-form.tsx"))).toBe(true);
    expect([...clientEntries].some((f) => f.endsWith("lib/review/components/form-toggle.tsx"))).toBe(true);
    const heavy: string[] = [];
    for (const entry of clientEntries) {
      const chains = reachable(entry);
      for (const [file, chain] of chains) if (isHeavy(file)) heavy.push(relative(chain));
    }
    expect(heavy).toEqual([]);
  });
});

/** zod, the case schema, the rules engine, or the module that loads them after the first paint. */
function isHeavy(file: string): boolean {
  return /^zod(\/|$)/.test(file) || /lib\/case\/schema\.ts$|lib\/rules\/(evaluate|catalogue)\.ts$|lib\/wizard\/components\/live-engine\.ts$/.test(file);
}

function isClientModule(file: string): boolean {
  if (!/\.(ts|tsx)$/.test(file)) return false;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  return source.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use client");
}
