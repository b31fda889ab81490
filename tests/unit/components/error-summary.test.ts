import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { describedByOf } from "@/components/forms/Field";
import { VALIDATION_SUMMARY } from "@/lib/forms/validation";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const render = (message: string | undefined, errors: { path: string; message: string }[]) =>
  text(renderToStaticMarkup(createElement(ErrorSummary, { message, errors, fieldId: (p: string) => p, attempt: 1 })));

// "Ärendet väntar redan på granskning för den parten." stood twice in the summary: once as the
// refusal's message and once as the link to the party field.
describe("the error summary", () => {
  it("says a message that is also a field's error once, as the link to the field", () => {
    const same = "Ärendet väntar redan på granskning för den parten.";
    expect(render(same, [{ path: "organizationId", message: same }])).toBe(`Rätta följande ${same}`);
  });

  it("leaves out the generic 'Formuläret innehåller fel' where the fields' errors are listed under its heading", () => {
    // A walk: the review form said it above the field's own error, which says what is wrong.
    expect(render(VALIDATION_SUMMARY, [{ path: "comment", message: "Skriv en kommentar." }])).toBe("Rätta följande Skriv en kommentar.");
    // With no field to list, it is all the summary has to say.
    expect(render(VALIDATION_SUMMARY, [])).toBe(`Det gick inte ${VALIDATION_SUMMARY}`);
  });

  it("keeps a message of its own beside the field errors", () => {
    expect(render("Svaren kunde inte sparas.", [{ path: "title", message: "Skriv en titel." }])).toBe("Rätta följande Svaren kunde inte sparas. Skriv en titel.");
    expect(render("Det gick inte att spara.", [])).toBe("Det gick inte Det gick inte att spara.");
    expect(render(undefined, [])).toBe("");
  });
});

describe("a control's description", () => {
  // A screen reader reads aria-describedby in its order: what is wrong first, then the hint heard before.
  it("names the error before the hint, and the extras after them", () => {
    expect(describedByOf("f", "Tips", "Fel", "f-grans")).toBe("f-error f-hint f-grans");
    expect(describedByOf("f", "Tips")).toBe("f-hint");
    expect(describedByOf("f")).toBeUndefined();
  });
});
