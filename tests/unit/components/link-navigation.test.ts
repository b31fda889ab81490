import { describe, expect, it } from "vitest";
import { clientNavigationTarget, focusTargetAfterNavigation } from "@/components/link-navigation";

const PLAIN = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const HERE = "https://samverka.example/arenden/abc/granska";
const link = (href: string, extra: Partial<{ target: string; hasDownload: boolean }> = {}) => ({ href, target: "", hasDownload: false, ...extra });

describe("clientNavigationTarget: which link clicks the router follows", () => {
  it("follows a plain click on a link to another page of the app, keeping its query and fragment", () => {
    expect(clientNavigationTarget(PLAIN, link("https://samverka.example/arenden"), HERE)).toBe("/arenden");
    expect(clientNavigationTarget(PLAIN, link("/arenden/abc/steg/1?x=1#f-needs-problem"), HERE)).toBe("/arenden/abc/steg/1?x=1#f-needs-problem");
    expect(clientNavigationTarget(PLAIN, link("/arenden/abc/granska", { target: "_self" }), "https://samverka.example/arenden")).toBe("/arenden/abc/granska");
  });

  it("leaves to the browser a click that asks for a new tab or window, or another button", () => {
    for (const modifier of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) {
      expect(clientNavigationTarget({ ...PLAIN, [modifier]: true }, link("/arenden"), HERE)).toBeNull();
    }
    expect(clientNavigationTarget({ ...PLAIN, button: 1 }, link("/arenden"), HERE)).toBeNull();
  });

  it("leaves alone a click some other handler has already taken", () => {
    expect(clientNavigationTarget({ ...PLAIN, defaultPrevented: true }, link("/arenden"), HERE)).toBeNull();
  });

  it("leaves to the browser links with a target or a download, and links to another origin", () => {
    expect(clientNavigationTarget(PLAIN, link("/arenden", { target: "_blank" }), HERE)).toBeNull();
    expect(clientNavigationTarget(PLAIN, link("/arenden/abc/dokument/1", { hasDownload: true }), HERE)).toBeNull();
    expect(clientNavigationTarget(PLAIN, link("https://skr.se/"), HERE)).toBeNull();
    expect(clientNavigationTarget(PLAIN, link("http://samverka.example/arenden"), HERE)).toBeNull();
  });

  it("leaves to the browser a link to a fragment of the page already shown", () => {
    expect(clientNavigationTarget(PLAIN, link(`${HERE}#svar`), HERE)).toBeNull();
    expect(clientNavigationTarget(PLAIN, link("#svar"), `${HERE}#kommentarer`)).toBeNull();
    // The same path with another query is another page.
    expect(clientNavigationTarget(PLAIN, link("/arenden/abc/granska?steg=2#svar"), HERE)).toBe("/arenden/abc/granska?steg=2#svar");
  });

  it("leaves to the browser an address it cannot read", () => {
    expect(clientNavigationTarget(PLAIN, link("http://[::1"), HERE)).toBeNull();
  });
});

describe("focusTargetAfterNavigation: where focus goes once the new page is shown", () => {
  it("waits for the target's path and query, and names the element of its fragment", () => {
    expect(focusTargetAfterNavigation("/arenden/abc/granska?steg=2a&avsnitt=ekonomi")).toEqual({ pathAndQuery: "/arenden/abc/granska?steg=2a&avsnitt=ekonomi", fragmentId: null });
    expect(focusTargetAfterNavigation("/arenden/abc/steg/1#f-needs-problem")).toEqual({ pathAndQuery: "/arenden/abc/steg/1", fragmentId: "f-needs-problem" });
  });

  it("decodes the fragment as the browser does for an element's id, and keeps a malformed one as written", () => {
    expect(focusTargetAfterNavigation("/a#kommentar%20%C3%A5")).toEqual({ pathAndQuery: "/a", fragmentId: "kommentar å" });
    expect(focusTargetAfterNavigation("/a#%E0%A4%A")).toEqual({ pathAndQuery: "/a", fragmentId: "%E0%A4%A" });
    expect(focusTargetAfterNavigation("/a#")).toEqual({ pathAndQuery: "/a", fragmentId: null });
  });
});
