import { describe, expect, it } from "vitest";
import { approvalReminders, confirmationMissingMessage, hasReminders, reminderLines } from "@/lib/review/reminders";

const ALL = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"];
/** An open thread with one comment. */
const t = (id: string, comments = 1) => ({ id, comments });

describe("what a jurist is reminded of before approving", () => {
  it("names the steps not marked finished, in the guide's order, and counts open comments", () => {
    const reminders = approvalReminders(["4", "1", "2B", "2C", "3A", "3B"], [t("t1"), t("t2")]);
    expect(reminders.unfinishedSteps.map((s) => s.id)).toEqual(["2A", "3C"]);
    expect(reminderLines(reminders)).toEqual(["Redigerarna har inte markerat stegen 2A och 3C som klara.", "2 kommentarer från granskningen är inte markerade som lösta."]);
  });

  it("counts step 2A finished only when each of its topics is, or the step as a whole", () => {
    const rest = ALL.filter((id) => id !== "2A");
    const twoOfThree = [...rest, "2A:organisation", "2A:ekonomi"];
    expect(approvalReminders(twoOfThree, []).unfinishedSteps.map((s) => s.id)).toEqual(["2A"]);
    expect(reminderLines(approvalReminders(twoOfThree, []))).toEqual(["Redigerarna har inte markerat steg 2A som klart."]);
    expect(hasReminders(approvalReminders([...twoOfThree, "2A:juridik"], []))).toBe(false);
    expect(hasReminders(approvalReminders(ALL, []))).toBe(false);
  });

  it("asks for the confirmation with one comment in the singular", () => {
    const reminders = approvalReminders(ALL, [t("t1")]);
    expect(hasReminders(reminders)).toBe(true);
    expect(confirmationMissingMessage(reminders)).toBe("Bekräfta att du godkänner ärendet ändå. 1 kommentar från granskningen är inte markerad som löst.");
  });

  it("tell one set of reminders from another, so a box ticked beside the old ones does not cover new ones", () => {
    const shown = approvalReminders(["1"], [t("t2"), t("t1")]);
    expect(shown.key).toBe(approvalReminders(["1"], [t("t1"), t("t2")]).key);
    // The same count of open comments, but another one: a new objection.
    expect(approvalReminders(["1"], [t("t1"), t("t3")]).key).not.toBe(shown.key);
    expect(approvalReminders(["1", "4"], [t("t1"), t("t2")]).key).not.toBe(shown.key);
    // A reply in a thread that was open already.
    expect(approvalReminders(["1"], [t("t1", 2), t("t2")]).key).not.toBe(shown.key);
    // Bounded, however many threads are open.
    expect(approvalReminders([], Array.from({ length: 2000 }, (_, i) => t(`tråd-${i}`))).key.length).toBeLessThan(200);
  });
});
