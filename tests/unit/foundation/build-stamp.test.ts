import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/config.mjs";
import { sourceHash } from "../../../scripts/lib/build-stamp.mjs";

const probe = path.join(projectRoot, "public", ".build-stamp-probe");

describe("the build stamp", () => {
  afterEach(() => fs.rmSync(probe, { force: true }));

  it("is stable while the sources are unchanged and changes when one changes", () => {
    const before = sourceHash();
    expect(sourceHash()).toBe(before);
    fs.writeFileSync(probe, "changed");
    expect(sourceHash()).not.toBe(before);
  });
});
