import { describe, expect, it } from "vitest";
import { NOUNS, formatCharacterLimit, formatCount, formatCountOf, formatFindingCounts, formatInteger, joinList, plural } from "@/lib/format";

// Written from Swedish grammar (the singular for exactly one, otherwise the plural; the
// adjective agrees too) and Språkrådet's rule of a space between groups of three digits.
const NBSP = "\u00a0";

describe("Swedish counts and plurals", () => {
  it("groups thousands with a non-breaking space", () => {
    expect(formatInteger(20000)).toBe(`20${NBSP}000`);
    expect(formatInteger(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(0)).toBe("0");
  });

  it("uses the singular for exactly one and the plural for zero and more", () => {
    expect(plural(1, NOUNS.question)).toBe("fråga");
    expect(plural(0, NOUNS.question)).toBe("frågor");
    expect(plural(2, NOUNS.question)).toBe("frågor");
  });

  it("says the issue's examples correctly", () => {
    expect(formatCount(1, NOUNS.verifyItem)).toBe("1 punkt att verifiera");
    expect(formatCount(2, NOUNS.verifyItem)).toBe("2 punkter att verifiera");
    expect(formatCount(1, NOUNS.openBlocker)).toBe("1 öppet hinder");
    expect(formatCount(2, NOUNS.openBlocker)).toBe("2 öppna hinder");
    expect(formatCount(0, NOUNS.openBlocker)).toBe("0 öppna hinder");
    expect(formatCharacterLimit(20000)).toBe(`högst 20${NBSP}000 tecken`);
  });

  it("lets the noun agree with the total in 'x av y'", () => {
    expect(formatCountOf(0, 1, NOUNS.question)).toBe("0 av 1 fråga");
    expect(formatCountOf(1, 1, NOUNS.question)).toBe("1 av 1 fråga");
    expect(formatCountOf(2, 34, NOUNS.question)).toBe("2 av 34 frågor");
    expect(formatCountOf(3, 8, NOUNS.step)).toBe("3 av 8 steg");
  });

  it("formats large counts with grouping", () => {
    expect(formatCount(12500, NOUNS.event)).toBe(`12${NBSP}500 händelser`);
    expect(formatCount(1, NOUNS.event)).toBe("1 händelse");
  });

  it("joins lists the Swedish way", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a och b");
    expect(joinList(["a", "", "b", "c"])).toBe("a, b och c");
    // A choice: "Du godkänner … för A, B eller C".
    expect(joinList(["a", "b", "c"], "eller")).toBe("a, b eller c");
  });
});

describe("a rules summary", () => {
  it("agrees in number for each kind of finding, and counts the points to verify apart: one may be one of the warnings", () => {
    expect(formatFindingCounts({ blockers: 1, warnings: 1, verifyItems: 1 })).toBe("1 hinder och 1 varning; 1 punkt att verifiera (räknas för sig: en punkt kan också vara ett hinder eller en varning)");
    expect(formatFindingCounts({ blockers: 0, warnings: 2, verifyItems: 3 })).toBe("0 hinder och 2 varningar; 3 punkter att verifiera (räknas för sig: en punkt kan också vara ett hinder eller en varning)");
    // Nothing to explain without a point to verify.
    expect(formatFindingCounts({ blockers: 1, warnings: 0, verifyItems: 0 })).toBe("1 hinder och 0 varningar; 0 punkter att verifiera");
  });
});
