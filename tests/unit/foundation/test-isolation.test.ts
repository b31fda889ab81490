import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The test files share one module graph per worker (vitest.config.ts: isolate: false). A file
// that replaces a module with vi.mock must not leave the replacement to the files after it, nor
// find the real module already loaded by the files before it.

const read = (path: string) => readFileSync(path, "utf8");
// Comments may name the calls without making them.
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const MOCK_CALL = /\bvi\.(?:do)?[mM]ock\(\s*([^,)]*)/g;
const LITERAL = /^(["'`])([^"'`$]+)\1$/;

/** The modules a file replaces; a module not named by a plain string is returned as its source, to fail. */
function replacedModules(source: string): string[] {
  return [...code(source).matchAll(MOCK_CALL)].map((m) => LITERAL.exec(m[1]!.trim())?.[2] ?? `not a plain string: ${m[1]}`);
}

describe("integration files that replace a module", () => {
  const files = readdirSync("tests/integration", { recursive: true, encoding: "utf8" })
    .map((name) => name.replaceAll("\\", "/"))
    .filter((name) => name.endsWith(".test.ts"));

  it("finds the calls in every quoting, and not in comments", () => {
    expect(replacedModules(`vi.mock("a", f);\nvi.doMock('b');\nvi.mock(\`c\`, f);\n// vi.mock("d")\nvi.mock(name, f);`)).toEqual(["a", "b", "c", "not a plain string: name"]);
  });

  it("start a module graph of their own and leave none of their replacements behind", () => {
    const replacing = files.filter((name) => replacedModules(read(`tests/integration/${name}`)).length > 0);
    expect(replacing.length).toBeGreaterThan(0);
    for (const name of replacing) {
      const source = code(read(`tests/integration/${name}`));
      expect(source, name).toMatch(/^vi\.hoisted\(\(\) => vi\.resetModules\(\)\);$/m);
      const replaced = replacedModules(source);
      const cleanup = source.slice(source.indexOf("afterAll("));
      const undone = [...cleanup.matchAll(/\bvi\.doUnmock\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
      expect(undone.sort(), name).toEqual([...new Set(replaced)].sort());
      expect(cleanup, name).toMatch(/vi\.resetModules\(\)/);
    }
  });

  it("do not replace what setup-file.ts replaces for every file", () => {
    for (const name of files) expect(replacedModules(read(`tests/integration/${name}`)), name).not.toContain("next/headers");
    for (const name of files) expect(replacedModules(read(`tests/integration/${name}`)), name).not.toContain("next/cache");
  });
});
