import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeAnswers } from "@/lib/wizard/merge";
import { getAt, sameAnswer, setAt } from "@/lib/wizard/paths";

const base = { needs: { problem: "Få familjebehandlare", goals: [] as unknown[] }, economy: { term: { months: 24 } } };

describe("paths", () => {
  it("reads and writes nested answers without touching the original", () => {
    const next = setAt(base, "economy.term.months", 36);
    expect(getAt(next, "economy.term.months")).toBe(36);
    expect(getAt(base, "economy.term.months")).toBe(24);
    expect(getAt(next, "needs.problem")).toBe("Få familjebehandlare");
  });
  it("creates missing sections and removes answers set to undefined", () => {
    expect(getAt(setAt({}, "control.followUpRoutine", "Kvartalsvis"), "control.followUpRoutine")).toBe("Kvartalsvis");
    expect(setAt(base, "needs.problem", undefined).needs).toEqual({ goals: [] });
  });
  it("treats empty text, null and a missing answer as the same", () => {
    expect(sameAnswer("", undefined)).toBe(true);
    expect(sameAnswer(null, undefined)).toBe(true);
    expect(sameAnswer({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameAnswer([], undefined)).toBe(true);
    expect(sameAnswer([""], undefined)).toBe(false);
    expect(sameAnswer([1, 2], [2, 1])).toBe(false);
    expect(sameAnswer("a", "b")).toBe(false);
  });
});

describe("mergeAnswers", () => {
  it("applies changes to answers nobody else touched", () => {
    const theirs = setAt(base, "economy.term.months", 48);
    const result = mergeAnswers(theirs, [{ path: "needs.problem", value: "Långa väntetider", base: "Få familjebehandlare" }]);
    expect(result.conflicts).toEqual([]);
    expect(result.applied).toEqual(["needs.problem"]);
    expect(getAt(result.doc, "needs.problem")).toBe("Långa väntetider");
    expect(getAt(result.doc, "economy.term.months")).toBe(48);
  });

  it("refuses to overwrite an answer someone else changed, and returns both versions", () => {
    const theirs = setAt(base, "needs.problem", "Deras text");
    const result = mergeAnswers(theirs, [{ path: "needs.problem", value: "Min text", base: "Få familjebehandlare" }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([{ path: "needs.problem", mine: "Min text", theirs: "Deras text" }]);
    expect(getAt(result.doc, "needs.problem")).toBe("Deras text");
  });

  it("is no conflict when both wrote the same answer", () => {
    const theirs = setAt(base, "needs.problem", "Samma");
    const result = mergeAnswers(theirs, [{ path: "needs.problem", value: "Samma", base: "Få familjebehandlare" }]);
    expect(result).toMatchObject({ applied: [], conflicts: [] });
  });

  it("never loses either side's text (property)", () => {
    const text = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (original, mine, other) => {
        const current = setAt(base, "needs.problem", other);
        const { doc, conflicts } = mergeAnswers(current, [{ path: "needs.problem", value: mine, base: original }]);
        const saved = getAt(doc, "needs.problem");
        const conflict = conflicts[0];
        // Either my text was saved (nobody else had changed it), or both texts are in the conflict.
        if (conflict) return conflict.mine === mine && conflict.theirs === other && saved === other;
        return sameAnswer(saved, mine) && (sameAnswer(other, original) || sameAnswer(other, mine));
      }),
    );
  });
});
