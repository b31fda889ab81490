import { describe, expect, it } from "vitest";
import { formatDate, formatKronor, formatPercent, isIsoDate, todayInStockholm } from "@/lib/format";

describe("Swedish formatting", () => {
  it("formats kronor with non-breaking spaces", () => {
    expect(formatKronor(1_234_567)).toBe("1\u00a0234\u00a0567\u00a0kr");
    expect(formatKronor(8_109_450.4)).toBe("8\u00a0109\u00a0450\u00a0kr");
  });

  it("uses the Unicode minus sign for negative amounts", () => {
    expect(formatKronor(-1500)).toBe("\u22121\u00a0500\u00a0kr");
  });

  it("formats percentages with a decimal comma", () => {
    expect(formatPercent(19.5)).toBe("19,5\u00a0%");
  });

  it("gives the Stockholm calendar date, across midnight UTC and DST", () => {
    expect(formatDate(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(formatDate(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
    expect(formatDate(new Date("2025-06-30T22:00:00Z"))).toBe("2025-07-01");
    expect(todayInStockholm(new Date("2024-02-29T12:00:00Z"))).toBe("2024-02-29");
  });

  it("validates ISO dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
  });
});
