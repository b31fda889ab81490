import { describe, expect, it } from "vitest";
import { statementName } from "@/lib/db/client";

// A prepared statement is found again by its name, so the name must depend on the SQL text alone,
// also after the names remembered for speed have been forgotten.
describe("statementName", () => {
  it("names one text the same every time, before and after the remembered names are cleared, and two texts differently", () => {
    const first = statementName({ sql: "SELECT 1 AS a" });
    expect(statementName({ sql: "SELECT 1 AS a" })).toBe(first);
    expect(statementName({ sql: "SELECT 1 AS b" })).not.toBe(first);
    for (let i = 0; i < 2_500; i++) statementName({ sql: `SELECT ${i} AS filler` });
    expect(statementName({ sql: "SELECT 1 AS a" })).toBe(first);
    expect(first).toMatch(/^s_[A-Za-z0-9_-]{40}$/);
    // A text too long to remember (a list of thousands of ids) is named the same way every time.
    const long = `SELECT 1 WHERE id IN (${Array.from({ length: 5_000 }, (_, i) => `$${i + 1}`).join(",")})`;
    expect(statementName({ sql: long })).toBe(statementName({ sql: long }));
    expect(statementName({ sql: long })).not.toBe(first);
  });
});
