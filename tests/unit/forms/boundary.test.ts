import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { BOUNDARY_LIMITS, checkAutosave, checkStructured, readForm, readId } from "@/lib/forms/boundary";
import { UNSAFE_TEXT_MESSAGE, isSafeText, unsafeCharacterIn, withoutUnsafeCharacters } from "@/lib/format/safe-text";
import { caseSchema } from "@/lib/case";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("not refused");
}

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("safe text", () => {
  it.each([
    ["a\u0000b", "U+0000"],
    ["\u0007", "U+0007"],
    ["x\ud800", "U+D800"],
    ["\udc00x", "U+DC00"],
    ["\u007f", "U+007F"],
  ])("finds the unsafe character in %j", (text, code) => {
    expect(unsafeCharacterIn(text)).toBe(code);
    expect(isSafeText(withoutUnsafeCharacters(text))).toBe(true);
  });

  it.each(["", "Åsa Öberg", "rad 1\nrad 2\r\n\tindrag", "😀 emoji", "\u202e"])("accepts %j", (text) => {
    expect(unsafeCharacterIn(text)).toBeNull();
    expect(withoutUnsafeCharacters(text)).toBe(text);
  });
});

describe("readForm", () => {
  it("returns the string fields and skips React's own", () => {
    expect(readForm(form([["title", "Ärende"], ["$ACTION_ID_x", ""]]))).toEqual({ title: "Ärende" });
  });

  it.each([null, undefined, "title=x", 42, { title: "x" }, ["title", "x"]])("refuses %j instead of a form", (value) => {
    expect(refusal(() => readForm(value)).code).toBe("VALIDATION");
  });

  it("refuses a NUL in a field, naming the field", () => {
    const error = refusal(() => readForm(form([["title", "a\u0000b"]])));
    expect(error.fieldErrors).toEqual([{ path: "title", message: UNSAFE_TEXT_MESSAGE }]);
  });

  it("refuses too many fields and too long a field", () => {
    expect(refusal(() => readForm(form(Array.from({ length: BOUNDARY_LIMITS.formFields + 1 }, (_, i) => [`f${i}`, "x"])))).code).toBe("VALIDATION");
    expect(refusal(() => readForm(form([["title", "x".repeat(BOUNDARY_LIMITS.fieldLength + 1)]]))).fieldErrors[0]!.path).toBe("title");
  });
});

describe("readId", () => {
  it.each([42, null, {}, "", "a\u0000", "x".repeat(201)])("refuses %j", (value) => {
    expect(refusal(() => readId(value, "caseId")).fieldErrors[0]!.path).toBe("caseId");
  });
});

describe("checkStructured", () => {
  it("accepts an autosave", () => {
    expect(() => checkStructured({ caseId: "x", baseVersion: 1, changes: [{ path: "title", value: "Å", base: undefined }] }, "input")).not.toThrow();
  });

  it("refuses a 100 000-deep value without overflowing the stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(() => checkStructured(deep, "input")).code).toBe("VALIDATION");
  });

  it("names the field holding a NUL or a lone surrogate", () => {
    expect(refusal(() => checkStructured({ changes: [{ value: "a\u0000" }] }, "input")).fieldErrors[0]!.path).toBe("input.changes.0.value");
    expect(refusal(() => checkStructured({ changes: [{ value: ["\ud800"] }] }, "input")).fieldErrors[0]!.path).toBe("input.changes.0.value.0");
  });

  it("refuses non-plain objects, non-finite numbers and too many values", () => {
    expect(refusal(() => checkStructured({ a: new Map() }, "input")).code).toBe("VALIDATION");
    expect(refusal(() => checkStructured({ a: Number.NaN }, "input")).code).toBe("VALIDATION");
    expect(refusal(() => checkStructured(Array(BOUNDARY_LIMITS.nodes + 1).fill(0), "input")).code).toBe("VALIDATION");
  });
});

describe("checkAutosave", () => {
  it("names the answer that holds the unsafe character, as the page's fields are named", () => {
    const input = { caseId: "x", baseVersion: 1, changes: [{ path: "title", value: "ok" }, { path: "economy.costShares", value: [{ partyId: "p\u0000" }] }] };
    expect(refusal(() => checkAutosave(input)).fieldErrors).toEqual([{ path: "economy.costShares.0.partyId", message: UNSAFE_TEXT_MESSAGE }]);
  });

  it.each([null, 42, "x", [], { changes: "x" }, { changes: [null, 1, { path: 5, value: "\u0000" }] }])("survives %j", (input) => {
    try {
      checkAutosave(input);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
    }
  });
});

describe("the case schema's free text", () => {
  it("refuses NUL and lone surrogates with a message on the field", () => {
    for (const text of ["Problem\u0000", "\ud83d"]) {
      const result = caseSchema.safeParse({ formatVersion: 1, title: text });
      expect(result.success).toBe(false);
      expect(result.error!.issues.some((issue) => issue.path.join(".") === "title" && issue.message === UNSAFE_TEXT_MESSAGE)).toBe(true);
    }
  });
});
