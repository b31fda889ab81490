import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IDLE } from "@/lib/forms/action-state";
import { OrganizationEditForm } from "@/lib/organizations/components/OrganizationEditForm";

// Found by a tester without JavaScript: react-hook-form fills its fields from a ref once the
// page's script runs, so the server's HTML had them empty — the organisation's edit form showed
// no current name or code and posted an empty type, and a refused form lost what was typed.
describe("a form of useServerForm as the server renders it", () => {
  const action = async () => IDLE;
  const html = renderToStaticMarkup(
    createElement(OrganizationEditForm, { action, organization: { id: "o1", name: "Norrströms kommun", type: "KOMMUN", officialCode: "2584" } }),
  );

  it("holds each field's value, text and hidden alike", () => {
    expect(html).toMatch(/<input[^>]*type="hidden"[^>]*name="type"[^>]*value="KOMMUN"|<input[^>]*type="hidden"[^>]*value="KOMMUN"[^>]*name="type"/);
    expect(html).toMatch(/<input[^>]*id="[^"]*name"[^>]*value="Norrströms kommun"/);
    expect(html).toMatch(/value="2584"/);
  });
});
