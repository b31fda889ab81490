import { describe, expect, it } from "vitest";
import { backTo } from "@/lib/users/return-path";

const ID = "0b6f1a52-6b1e-4d0e-9a39-2f7c1f0e8a11";

describe("backTo: where an account change returns to", () => {
  it("returns to the admin page it came from, with the list's search and page, and announces the change", () => {
    expect(backTo("/admin/anvandare?q=Karin&sida=3", "aktiverad", ID)).toBe(`/admin/anvandare?q=Karin&sida=3&aktiverad=${ID}`);
    expect(backTo("/admin/organisationer/abc-123", "inaktiverad", ID)).toBe(`/admin/organisationer/abc-123?inaktiverad=${ID}`);
  });

  it("keeps only the search and the page, so an old announcement does not stand beside the new one", () => {
    expect(backTo(`/admin/anvandare?inaktiverad=${ID}&q=a%20b&x=1`, "aktiverad", ID)).toBe(`/admin/anvandare?q=a+b&aktiverad=${ID}`);
  });

  it("never leads outside the administration, whatever the form was given", () => {
    for (const elsewhere of ["https://evil.example/admin", "//evil.example/admin", "/arenden", "/admin/../arenden", "javascript:alert(1)", "", 42, undefined]) {
      expect(backTo(elsewhere, "aktiverad", ID)).toBe(`/admin/anvandare?aktiverad=${ID}`);
    }
  });
});
