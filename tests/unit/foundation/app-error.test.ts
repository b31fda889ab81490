import { describe, expect, it } from "vitest";
import { AppError, GENERIC_ERROR_MESSAGE, HTTP_STATUS, toUserMessage } from "@/lib/errors/app-error";

describe("AppError", () => {
  it("carries its own Swedish message to the user", () => {
    const error = new AppError("CONFLICT", "Någon annan har ändrat ärendet.");
    expect(toUserMessage(error)).toBe("Någon annan har ändrat ärendet.");
    expect(HTTP_STATUS[error.code]).toBe(409);
  });

  it("hides every other error behind the generic message", () => {
    const leak = new Error('relation "User" does not exist at /srv/app/lib/db.ts:12');
    expect(toUserMessage(leak)).toBe(GENERIC_ERROR_MESSAGE);
    expect(toUserMessage("a string")).toBe(GENERIC_ERROR_MESSAGE);
  });

  it("keeps field errors for forms", () => {
    const error = new AppError("VALIDATION", "Kontrollera fälten.", {
      fieldErrors: [{ path: "title", message: "Ange en titel" }],
    });
    expect(error.fieldErrors).toEqual([{ path: "title", message: "Ange en titel" }]);
  });
});
