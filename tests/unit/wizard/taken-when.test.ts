import { describe, expect, it } from "vitest";
import { takenByAndWhen, takenWhen } from "@/lib/wizard/components/taken-note";

describe("when an answer taken in was saved, as the page's notice says it", () => {
  const now = new Date("2026-12-07T20:40:00Z");
  it("says the time of day for today and the date with it for another day, in Stockholm time", () => {
    expect(takenWhen("2026-12-07T20:36:00Z", now)).toBe("kl. 21:36");
    expect(takenWhen("2026-12-06T22:50:00Z", now)).toBe("2026-12-06 kl. 23:50");
    // Past midnight in Stockholm, still the 6th in UTC: today.
    expect(takenWhen("2026-12-06T23:10:00Z", now)).toBe("kl. 00:10");
  });
  it("names who, and when where the server said who", () => {
    expect(takenByAndWhen({ name: "Per Partner", at: "2026-12-07T20:36:00Z" }).startsWith("av Per Partner, ")).toBe(true);
    expect(takenByAndWhen(undefined)).toBe("av en kollega eller i en annan flik");
    // With the party the saver represents, where the server said it.
    expect(takenByAndWhen({ name: "Per Partner", organization: "Fjällvikens kommun", at: "2026-12-07T20:36:00Z" }).startsWith("av Per Partner från Fjällvikens kommun, ")).toBe(true);
  });
});
