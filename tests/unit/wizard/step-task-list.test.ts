import { describe, expect, it } from "vitest";
import { answeredOf } from "@/lib/wizard/components/step-task-list";

describe("the task list's count of answered questions", () => {
  it("lets the noun agree with the total and the participle with the count (Swedish uses the plural for 0)", () => {
    expect(answeredOf({ answered: 3, total: 7 })).toBe("3 av 7 frågor besvarade");
    expect(answeredOf({ answered: 1, total: 7 })).toBe("1 av 7 frågor besvarad");
    expect(answeredOf({ answered: 1, total: 1 })).toBe("1 av 1 fråga besvarad");
    expect(answeredOf({ answered: 0, total: 1 })).toBe("0 av 1 fråga besvarade");
  });
});
