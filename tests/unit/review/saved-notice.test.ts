import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// What a review form's save without JavaScript saved, said on the page it is redirected to
// (?sparat=…): the redirect's address, the value read back, and the notice.

let address = new URLSearchParams();
vi.mock("next/navigation", () => ({ useSearchParams: () => address }));

import { reviewView } from "@/lib/review/components/answer-anchors";
import { commentFormHref, decisionFormHref } from "@/lib/review/components/form-anchors";
import { SavedNotice, SavedNoticeAtAddress } from "@/lib/review/components/saved-notice";
import { SAVED_KINDS, SAVED_MESSAGES, savedKindOf, withSaved } from "@/lib/review/saved";

const page = "/arenden/c1/juridisk-granskning";

beforeEach(() => {
  address = new URLSearchParams();
});

describe("the redirect's address", () => {
  it("names what was saved before the fragment, which the browser keeps and moves to", () => {
    expect(withSaved(`${page}?del=svar&steg=1#kommentera-answer-needs.problem`, "kommentar")).toBe(`${page}?del=svar&steg=1&sparat=kommentar#kommentera-answer-needs.problem`);
    expect(withSaved(`${page}#besluta-X`, "beslut")).toBe(`${page}?sparat=beslut#besluta-X`);
    expect(withSaved("/arenden/c1/steg/1#kommentar-t1", "svar")).toBe("/arenden/c1/steg/1?sparat=svar#kommentar-t1");
    expect(withSaved(page, "godkant")).toBe(`${page}?sparat=godkant`);
    // A fragment holding "#" (a finding key's) is kept whole.
    expect(withSaved(`${page}#kommentera-finding-A@b#2`, "kommentar")).toBe(`${page}?sparat=kommentar#kommentera-finding-A@b#2`);
  });

  it("is read back as what was saved, and anything else as nothing", () => {
    for (const kind of SAVED_KINDS) expect(savedKindOf(kind)).toBe(kind);
    for (const value of [undefined, null, "", "okant", "Kommentar", " kommentar", ["kommentar"], 1, "toString", "__proto__"]) expect(savedKindOf(value)).toBeUndefined();
    expect(reviewView({ del: "svar", sparat: "svar" }).saved).toBe("svar");
    expect(reviewView({ besluta: "X", sparat: "beslut" }).saved).toBe("beslut");
    expect(reviewView({ kommentera: "answer:needs.problem", sparat: "kommentar" }).saved).toBe("kommentar");
    expect(reviewView({ sparat: "okant" }).saved).toBeUndefined();
    expect(reviewView({ sparat: ["svar", "svar"] }).saved).toBeUndefined();
  });

  it("is not carried on by Kommentera and Besluta, which keep the part and step", () => {
    const current = new URLSearchParams("del=svar&steg=1&sparat=kommentar");
    expect(commentFormHref("ANSWER", "needs.problem", current)).toBe("?del=svar&steg=1&kommentera=answer%3Aneeds.problem#kommentera-answer-needs.problem");
    expect(decisionFormHref("X", new URLSearchParams("sparat=beslut"))).toBe("?besluta=X#besluta-X");
  });
});

describe("the notice", () => {
  it("says what the form says with JavaScript, as a status", () => {
    expect(renderToStaticMarkup(createElement(SavedNotice, { kind: "beslut" }))).toMatch(/^<p role="status"[^>]*>Beslutet är sparat\.<\/p>$/);
    expect(SAVED_MESSAGES.kommentar).toBe("Kommentaren är sparad.");
    expect(renderToStaticMarkup(createElement(SavedNotice, { kind: undefined }))).toBe("");
  });

  it("on a step page, says a reply or a resolved thread from the address, and nothing else", () => {
    const at = (query: string) => {
      address = new URLSearchParams(query);
      return renderToStaticMarkup(createElement(SavedNoticeAtAddress, { kinds: ["svar", "lost"] }));
    };
    expect(at("sparat=svar")).toContain(">Svaret är sparat.</p>");
    expect(at("sparat=lost")).toContain(">Tråden är markerad som löst.</p>");
    for (const query of ["", "sparat=", "sparat=okant", "sparat=godkant", "x=svar"]) expect(at(query)).toBe("");
  });
});
