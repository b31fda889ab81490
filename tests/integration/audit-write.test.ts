import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ANONYMOUS } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { resetDatabase } from "./reset-db";

// Issue 8 §5: refusals went unaudited because writeAudit itself failed on what a caller
// sent (caseId.slice on a number, NUL in a case id or in details). Whatever it is given,
// it writes one row, against the real database.

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;
let deep: unknown = "botten";
for (let i = 0; i < 10_000; i++) deep = [deep];

const ODD_CASE_IDS: unknown[] = [
  42,
  { id: "x" },
  ["a", "b"],
  true,
  "abc\u0000def",
  "\ud800",
  "x".repeat(10_000),
  "3F0C5E0E-8C3A-4A3B-9D1E-0C8F7D6B5A41",
  Symbol("id"),
  () => "id",
  123n,
];

const ODD_DETAILS: unknown[] = [
  { text: "nolltecken\u0000här" },
  { "nyckel\u0000": "värde" },
  { lone: "\udc00 och \ud83d" },
  cyclic,
  deep,
  { n: Number.NaN, inf: Number.POSITIVE_INFINITY, big: 10n, fn: () => 1, sym: Symbol("s"), date: new Date("x") },
  Array.from({ length: 5_000 }, (_, i) => i),
  "bara en sträng\u0000",
  42,
];

describe("writeAudit", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it.each(ODD_CASE_IDS.map((value, i) => [i, value]))("writes a row for odd case id #%i", async (_i, caseId) => {
    await writeAudit(ANONYMOUS, { action: "case.update", outcome: "DENIED", caseId, details: { reason: "test" } });
    const rows = await prisma.auditLog.findMany();
    expect(rows).toHaveLength(1);
    const details = rows[0]!.details as Record<string, unknown>;
    if (typeof caseId === "string" && /^[0-9a-f-]{36}$/i.test(caseId)) expect(rows[0]!.caseId).toBe(caseId.toLowerCase());
    else {
      expect(rows[0]!.caseId).toBeNull();
      expect(typeof details.requestedCaseId).toBe("string");
      expect(String(details.requestedCaseId)).not.toContain("\u0000");
    }
  });

  it.each(ODD_DETAILS.map((value, i) => [i, value]))("writes a row for odd details #%i", async (_i, details) => {
    await writeAudit(ANONYMOUS, { action: "case.update\u0000", outcome: "FAILURE", details, email: "a\u0000@b.test" });
    const rows = await prisma.auditLog.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toMatch(/\\u0000/);
    expect(rows[0]!.action).toBe("case.update\ufffd");
  });

  it("stores an outcome outside the enum as FAILURE", async () => {
    await writeAudit(ANONYMOUS, { action: "x", outcome: "MAYBE" as never });
    expect((await prisma.auditLog.findFirstOrThrow()).outcome).toBe("FAILURE");
  });
});
