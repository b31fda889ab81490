import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// What a review form's save without JavaScript saved, said on the page it is redirected to
// (?sparat=…): the redirect's address, the value read back, and the notice.

let address = new URLSearchParams();
vi.mock("next/navigation", () => ({ useSearchParams: () => address }));

import { reviewView } from "@/lib/review/components/answer-anchors";
import { commentFormHref, decisionFormHref } from "@/lib/review/components/form-anchors";
import { SavedNotice, SavedNoticeHere } from "@/lib/review/components/saved-notice";
import { SAVED_KINDS, SAVED_MESSAGES, savedKindOf, savedOf, withSaved } from "@/lib/review/saved";

const page = "/arenden/c1/juridisk-granskning";

beforeEach(() => {
  address = new URLSearchParams();
});

describe("the redirect's address", () => {
  it("names what was saved and where, before the fragment, which the browser keeps and moves to", () => {
    expect(withSaved(`${page}?del=svar&steg=1#kommentera-answer-needs.problem`, "kommentar")).toBe(`${page}?del=svar&steg=1&sparat=kommentar&vid=kommentera-answer-needs.problem#kommentera-answer-needs.problem`);
    expect(withSaved(`${page}#besluta-X`, "beslut")).toBe(`${page}?sparat=beslut&vid=besluta-X#besluta-X`);
    expect(withSaved("/arenden/c1/steg/1#kommentar-t1", "svar")).toBe("/arenden/c1/steg/1?sparat=svar&vid=kommentar-t1#kommentar-t1");
    expect(withSaved(page, "godkant")).toBe(`${page}?sparat=godkant`);
    // A fragment holding "#" (a finding key's) is kept whole, and encoded in the query.
    const address = withSaved(`${page}#kommentera-finding-A@b#2`, "kommentar");
    expect(address).toBe(`${page}?sparat=kommentar&vid=kommentera-finding-A%40b%232#kommentera-finding-A@b#2`);
    expect(savedOf(new URL(address, "http://x").searchParams)).toEqual({ kind: "kommentar", at: "kommentera-finding-A@b#2" });
  });

  it("is read back as what was saved, and anything else as nothing", () => {
    for (const kind of SAVED_KINDS) expect(savedKindOf(kind)).toBe(kind);
    for (const value of [undefined, null, "", "okant", "Kommentar", " kommentar", ["kommentar"], 1, "toString", "__proto__"]) expect(savedKindOf(value)).toBeUndefined();
    expect(reviewView({ del: "svar", sparat: "svar" }).saved).toBe("svar");
    expect(reviewView({ besluta: "X", sparat: "beslut" }).saved).toBe("beslut");
    expect(reviewView({ kommentera: "answer:needs.problem", sparat: "kommentar" }).saved).toBe("kommentar");
    expect(reviewView({ sparat: "okant" }).saved).toBeUndefined();
    expect(reviewView({ sparat: ["svar", "svar"] }).saved).toBeUndefined();
    // A save that names its block is said there, not at the top of the part as well.
    expect(reviewView({ del: "svar", sparat: "svar", vid: "kommentera-answer-needs.problem" }).saved).toBeUndefined();
    expect(savedOf(new URLSearchParams("sparat=svar"))).toEqual({ kind: "svar", at: undefined });
    expect(savedOf(new URLSearchParams("sparat=okant&vid=x"))).toBeUndefined();
  });

  it("is not carried on by Kommentera and Besluta, which keep the part and step", () => {
    const current = new URLSearchParams("del=svar&steg=1&sparat=kommentar&vid=kommentera-answer-x");
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

  it("is said by the block the address names, and by no other", () => {
    const at = (query: string, id: string, kinds?: ("svar" | "lost")[]) => {
      address = new URLSearchParams(query);
      return renderToStaticMarkup(createElement(SavedNoticeHere, { id, ...(kinds ? { kinds } : {}) }));
    };
    expect(at("sparat=svar&vid=kommentar-t1", "kommentar-t1", ["svar"])).toContain(">Ditt svar på kommentaren är sparat.</p>");
    expect(at("sparat=lost&vid=steg-kommentarer", "steg-kommentarer", ["lost"])).toContain(">Tråden är markerad som löst.</p>");
    expect(at("sparat=beslut&vid=besluta-X", "besluta-X")).toContain(">Beslutet är sparat.</p>");
    // Another block, no block named, a kind this block is not saved with, or nothing saved: nothing.
    for (const query of ["sparat=svar&vid=kommentar-t2", "sparat=svar", "sparat=godkant&vid=kommentar-t1", "sparat=&vid=kommentar-t1", "sparat=okant&vid=kommentar-t1", "vid=kommentar-t1"]) expect(at(query, "kommentar-t1", ["svar"])).toBe("");
  });
});
