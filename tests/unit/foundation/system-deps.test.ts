import { describe, expect, it } from "vitest";
import { ensureSystemTools } from "../../../scripts/lib/system-deps.mjs";

// A machine without the tools: CHROMIUM_PATH points nowhere and PATH holds nothing.
const bare = { PATH: "/nonexistent", CHROMIUM_PATH: "/nonexistent/chromium" };

describe("npm test's own set-up of system programs", () => {
  it("says exactly what to install when it cannot install itself", () => {
    const calls: string[][] = [];
    const message = ensureSystemTools(["chromium", "pdfinfo"], {
      env: bare,
      isRoot: false,
      log: () => {},
      run: ((cmd: string, args: string[]) => (calls.push([cmd, ...args]), { status: 0 })) as never,
    });
    expect(calls).toEqual([]);
    expect(message).toContain('Install Debian\'s "chromium" package, or set CHROMIUM_PATH');
    expect(message).toContain("apt-get install -y --no-install-recommends");
    expect(message).toContain("poppler-utils");
  });

  it("asks for nothing when the programs are there", () => {
    const here = { PATH: "/nonexistent", CHROMIUM_PATH: process.execPath }; // any existing executable
    expect(ensureSystemTools(["chromium"], { env: here })).toBeNull();
    expect(ensureSystemTools([], { env: bare })).toBeNull();
  });
});
