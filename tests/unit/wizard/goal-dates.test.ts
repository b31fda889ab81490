import { describe, expect, it } from "vitest";
import { emptyCase } from "@/lib/case";
import { passedGoalDatesText } from "@/lib/wizard/goal-dates";

describe("step 1's word on goal dates already passed", () => {
  // A re-walk read "Inga anmärkningar" on step 1 while every document listed a passed goal date as open.
  const withGoals = (...goals: { description?: string; targetDate?: string }[]) => ({ ...emptyCase(), needs: { ...emptyCase().needs, goals: goals.map((g, i) => ({ id: `g${i}`, ...g })) } });

  it("names each goal whose date has passed, and says the documents keep it open", () => {
    const c = withGoals({ description: "Kortare väntan på familjebehandling", targetDate: "2025-12-31" }, { targetDate: "2026-01-15" }, { description: "Fler familjer", targetDate: "2027-12-31" });
    expect(passedGoalDatesText(c, "2026-12-07")).toBe(
      "Måldatumet har passerat för ”Kortare väntan på familjebehandling” (2025-12-31) och mål 2 (2026-01-15). Dokumenten tar upp det som en öppen punkt tills ni anger nya datum.",
    );
  });

  it("says nothing on the day itself, nor without a passed date", () => {
    expect(passedGoalDatesText(withGoals({ description: "Mål", targetDate: "2026-12-07" }), "2026-12-07")).toBe("");
    expect(passedGoalDatesText(withGoals({ description: "Mål" }), "2026-12-07")).toBe("");
  });
});
