import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "@/lib/anonymisation";
import { suppressMultiResponse } from "@/lib/anonymisation/multi-response";
import { tableCsv } from "@/lib/catalogue/csv";

describe("statistics CSV", () => {
  const csv = tableCsv("Samverkansformer", suppressSmallCells({ rows: ["avtalssamverkan", "gemensam nämnd"], columns: ["B4", "C8"], counts: [[6, 2], [5, 7]] }, 5));
  const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

  it("opens in Swedish Excel: BOM, semicolons, hidden cells as –", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[1]).toBe(";B4;C8;Totalt");
    expect(lines[2]).toMatch(/^avtalssamverkan;/);
    expect(lines[2]!.split(";")[2]).toBe("–");
  });

  it("says that each municipality's kommungrupp is unverified", () => {
    expect(lines[lines.length - 1]).toMatch(/^Kommungrupp per kommun: verifiera\./);
  });

  it("has no Totalt row for a table where a case can be in several rows, and says why", () => {
    const findings = tableCsv(
      "Vanligaste iakttagelserna",
      suppressMultiResponse({ rows: ["Fynd A", "Fynd B"], columns: ["B4", "C8"], counts: [[6, 7], [5, 8]] }, { minCount: 5, groupSizes: [12, 14] }),
    );
    const rows = findings.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(rows.slice(1, 4)).toEqual([";B4;C8;Totalt", "Fynd A;6;7;13", "Fynd B;5;8;13"]);
    expect(rows.filter((line) => line.startsWith("Totalt"))).toEqual([]);
    expect(rows).toContain("Ett ärende kan räknas på flera rader, så kolumnerna summeras inte.");
    expect(lines).not.toContain("Ett ärende kan räknas på flera rader, så kolumnerna summeras inte.");
  });
});
