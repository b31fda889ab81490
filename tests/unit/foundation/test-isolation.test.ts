import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The test files share one module graph per worker (vitest.config.ts: isolate: false). A file
// that replaces a module with vi.mock must not leave the replacement to the files after it, nor
// find the real module already loaded by the files before it.

const read = (path: string) => readFileSync(path, "utf8");
const replacesModule = (source: string) => /\bvi\.(do)?[mM]ock\(/.test(source);

describe("integration files that replace a module", () => {
  const files = readdirSync("tests/integration").filter((name) => name.endsWith(".test.ts"));

  it("start a module graph of their own and leave none of their replacements behind", () => {
    const replacing = files.filter((name) => replacesModule(read(`tests/integration/${name}`)));
    expect(replacing.length).toBeGreaterThan(0);
    for (const name of replacing) {
      const source = read(`tests/integration/${name}`);
      expect(source, name).toMatch(/vi\.hoisted\(\(\) => vi\.resetModules\(\)\)/);
      const replaced = [...source.matchAll(/\bvi\.(?:do)?[mM]ock\("([^"]+)"/g)].map((m) => m[1]);
      const undone = [...source.matchAll(/\bvi\.doUnmock\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(undone.sort(), name).toEqual([...new Set(replaced)].sort());
      expect(source.slice(source.indexOf("afterAll(")), name).toMatch(/vi\.resetModules\(\)/);
    }
  });

  it("do not replace what setup-file.ts replaces for every file", () => {
    for (const name of files) expect(read(`tests/integration/${name}`), name).not.toMatch(/vi\.mock\("next\/(headers|cache)"/);
  });
});
