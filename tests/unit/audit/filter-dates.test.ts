import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "@/lib/audit/schemas";

const messages = (input: Record<string, string>) => {
  const parsed = auditFilterSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("the audit log's date filter", () => {
  it("names an unreadable date once, and compares the dates only when both can be read (a walk saw both messages)", () => {
    expect(messages({ fran: "2026-13-45", till: "2020-01-01" })).toEqual(["fran: Ange från-datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-25."]);
    expect(messages({ fran: "2026-11-25", till: "2020-01-01" })).toEqual(["till: Till-datumet kan inte vara före från-datumet."]);
    expect(messages({ fran: "2020-01-01", till: "2026-11-25" })).toEqual([]);
  });
});
