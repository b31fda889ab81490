import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/next-path";

// Issue 8 §3: the shapes that make a browser leave the site. Each one is how the value
// arrives in the action or page (already URL-decoded once by the framework), or still
// percent-encoded when it came through a form field.
const OFF_SITE = [
  "/\t/evil.example/phish", // the reported bypass: %2F%09%2Fevil.example%2Fphish
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " /evil.example",
  "/ /evil.example",
  "/\u000b/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  "/\u00a0/evil.example",
  "/\u2028/evil.example",
  "\\evil.example",
  "\\\\evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "//evil.example",
  "//evil.example/arenden",
  "///evil.example",
  "////evil.example",
  "/%2F/evil.example",
  "/%2F%2Fevil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0d/evil.example",
  "/%00/evil.example",
  "/%2f%5cevil.example",
  "/%E0%A4%A", // malformed escape
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "/javascript:alert(1)//%0a", // decodes to a newline
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "http://evil.example",
  "https://evil.example/arenden",
  "HTTPS://evil.example",
  "http:/evil.example",
  "http:evil.example",
  "evil.example",
  "arenden",
  "./arenden",
  "../arenden",
  "?next=/x",
  "#x",
  "",
  "/" + "a".repeat(3000),
];

describe("safeNextPath", () => {
  it.each(OFF_SITE)("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/arenden"], { toString: () => "/x" }]) expect(safeNextPath(value)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeNextPath("//evil.example", "/konto")).toBe("/konto");
  });

  it.each([
    ["/arenden", "/arenden"],
    ["/arenden/3f0c5e0e-8c3a-4a3b-9d1e-0c8f7d6b5a41/steg/2a", "/arenden/3f0c5e0e-8c3a-4a3b-9d1e-0c8f7d6b5a41/steg/2a"],
    ["/inbjudan/abc?x=1#del", "/inbjudan/abc?x=1#del"],
    ["/konto?tab=s%C3%A4kerhet", "/konto?tab=s%C3%A4kerhet"],
    ["/a/../konto", "/konto"],
    ["/", "/"],
  ])("keeps the in-app path %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("never returns anything that resolves off the site, whatever it is given", () => {
    for (const next of OFF_SITE) {
      const result = safeNextPath(next);
      expect(new URL(result, "https://samverka.example").origin).toBe("https://samverka.example");
    }
  });
});
