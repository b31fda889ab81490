import { describe, expect, it } from "vitest";
import { refusalStillCurrent } from "@/lib/review/components/refusal";
import type { ActionState } from "@/lib/forms/action-state";

const BOX = "confirmIncomplete";
const box = { name: BOX };
const refusedForBox: ActionState = { status: "error", message: "Bekräfta att du godkänner ärendet ändå. 2 kommentarer är inte lösta.", fieldErrors: [{ path: BOX, message: "Kryssa i rutan om du godkänner ärendet ändå." }] };

describe("a refusal beside a field shown only while it applies", () => {
  it("is said while the form still shows the box it asks to tick", () => {
    expect(refusalStillCurrent(refusedForBox, [box], BOX)).toBe(true);
  });

  it("is no longer said once the comments are resolved and the box is gone", () => {
    expect(refusalStillCurrent(refusedForBox, [], BOX)).toBe(false);
  });

  it("is said when it names another field too, or no field at all (the page had gone stale)", () => {
    const both: ActionState = { ...refusedForBox, fieldErrors: [...refusedForBox.fieldErrors!, { path: "organizationId", message: "Välj en part." }] };
    expect(refusalStillCurrent(both, [], BOX)).toBe(true);
    expect(refusalStillCurrent({ status: "error", message: "Ärendet har ändrats sedan du öppnade det." }, [], BOX)).toBe(true);
  });

  it("is said as it is by a form with no such field, and a success is no refusal", () => {
    expect(refusalStillCurrent(refusedForBox, [], undefined)).toBe(true);
    expect(refusalStillCurrent({ status: "success", message: "Ärendet är godkänt." }, [], BOX)).toBe(false);
  });
});
