import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "@/lib/anonymisation";
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
});
