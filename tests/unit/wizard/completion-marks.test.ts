import { describe, expect, it } from "vitest";
import { markOfPage, marksAfter, readCompletionMarks } from "@/lib/wizard/completion-marks";
import { applyCompletion } from "@/lib/wizard/pages";

const ANNA = { name: "Anna Andersson", at: "2026-12-01T10:00:00.000Z" };
const FIA = { name: "Fia Fjäll", at: "2026-12-02T10:00:00.000Z" };

describe("who marked a step complete", () => {
  it("is the person who marked it; the other steps keep theirs; a step marked not complete loses it", () => {
    const afterOne = marksAfter({}, applyCompletion([], "1", true), "1", true, ANNA);
    expect(afterOne).toEqual({ "1": ANNA });
    const afterTwo = marksAfter(afterOne, applyCompletion(["1"], "2B", true), "2B", true, FIA);
    expect(afterTwo).toEqual({ "1": ANNA, "2B": FIA });
    expect(marksAfter(afterTwo, applyCompletion(["1", "2B"], "1", false), "1", false, FIA)).toEqual({ "2B": FIA });
  });

  it("passes a whole step's mark to its topics when one topic is marked on its own", () => {
    // Step 2A stored complete as one: marking its economy topic not complete leaves the other topics complete, by whoever marked the step.
    const after = applyCompletion(["2A"], "2A:ekonomi", false);
    expect(after.length).toBeGreaterThan(0);
    const marks = marksAfter({ "2A": ANNA }, after, "2A:ekonomi", false, FIA);
    expect(Object.keys(marks).sort()).toEqual([...after].sort());
    expect(Object.values(marks).every((mark) => mark === ANNA)).toBe(true);
    expect(markOfPage({ "2A": ANNA }, "2A:ekonomi")).toBe(ANNA);
  });

  it("reads a stored value that is not marks as none, and leaves out only the marks it cannot read", () => {
    expect(readCompletionMarks(null)).toEqual({});
    expect(readCompletionMarks([ANNA])).toEqual({});
    expect(readCompletionMarks({ "1": { name: 3 } })).toEqual({});
    // A time that is not one would break the page's date (new Date("igår") throws when formatted).
    expect(readCompletionMarks({ "1": { name: "Anna", at: "igår" }, "2B": FIA, "3A": { name: "", at: FIA.at } })).toEqual({ "2B": FIA });
    expect(readCompletionMarks({ "1": ANNA })).toEqual({ "1": ANNA });
  });
});
