import { describe, expect, it } from "vitest";
import { organizationSchema, officialCodeProblem } from "@/lib/organizations/schemas";

// A kommunkod or länskod decides the municipality group a case is generalised to in SKR's
// statistics and published examples, so only SCB's codes are taken, and a municipality named
// in the organisation's name must have its own code. SCB: Lund 1281, Kiruna 2584, Upplands
// Väsby 0114, Göteborg 1480; län 01–25 without 02, 11, 15 and 16.

describe("officialCodeProblem", () => {
  it("takes SCB's codes, and a municipality whose name matches its code", () => {
    expect(officialCodeProblem("KOMMUN", "1281", "Lunds kommun")).toBeNull();
    expect(officialCodeProblem("KOMMUN", "1480", "Göteborgs Stad")).toBeNull();
    expect(officialCodeProblem("KOMMUN", "0114", "Upplands Väsby kommun")).toBeNull();
    expect(officialCodeProblem("REGION", "05", "Region Östergötland")).toBeNull();
    expect(officialCodeProblem("REGION", "25")).toBeNull();
  });

  it("refuses a well-formed code that is no municipality's or region's", () => {
    expect(officialCodeProblem("KOMMUN", "9999", "Testköpings kommun")).toBe("Det finns ingen kommun med kommunkod 9999 i SCB:s förteckning.");
    expect(officialCodeProblem("KOMMUN", "0100")).toMatch(/ingen kommun med kommunkod 0100/);
    for (const code of ["00", "02", "11", "15", "16", "26", "99"]) expect(officialCodeProblem("REGION", code), code).toMatch(/ingen region med länskod/);
  });

  it("refuses a real code that belongs to another municipality than the one named", () => {
    expect(officialCodeProblem("KOMMUN", "2584", "Lunds kommun")).toBe("Kommunkoden 2584 hör till Kiruna. Lund har kommunkod 1281.");
  });

  it("lets a name that is no municipality's, such as a fictional one, have any real code", () => {
    expect(officialCodeProblem("KOMMUN", "2584", "Norrströms kommun")).toBeNull();
  });

  it("still names the format first, and leaves organisation numbers to their format", () => {
    expect(officialCodeProblem("KOMMUN", "128", "Lunds kommun")).toBe("En kommunkod har fyra siffror, till exempel 1281.");
    expect(officialCodeProblem("KOMMUNALFORBUND", "222000-1234")).toBeNull();
  });

  it("puts the problem on the code field of the organisation form", () => {
    const parsed = organizationSchema.safeParse({ name: "Lunds kommun", type: "KOMMUN", officialCode: "9999" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["officialCode", "Det finns ingen kommun med kommunkod 9999 i SCB:s förteckning."]]);
  });
});
