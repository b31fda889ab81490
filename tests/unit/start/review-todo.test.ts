import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { StartCase } from "@/lib/start/cases";
import { ReviewTodo } from "@/lib/start/components/ReviewTodo";

// Found by a tester: in "Att göra efter den juridiska granskningen" each case's title linked to
// its review, while the same title just below (the case list) linked to its overview: two links
// of the same text to different pages. And with two cases or more the only way to a review was
// the title, since the button "Gå till granskningen" was shown for one case only.

const startCase = (id: string, title: string, parts: Partial<StartCase> = {}): StartCase => ({
  id,
  title,
  organizationName: "Norrströms kommun",
  review: "returned",
  reviewParties: [],
  returns: [],
  commentsWaiting: 0,
  commentsWaitingAt: null,
  waitsForActor: true,
  ...parts,
});
const AT = new Date(Date.UTC(2026, 4, 1, 8, 0));
const RETURNED = startCase("c1", "Gemensam överförmyndare", {
  returns: [{ organizationId: "o", byName: "Julia Jurist", at: AT, summary: "Komplettera målen.", partyName: "Norrströms kommun", mustFix: 2 }],
});
const COMMENTED = startCase("c2", "Familjeterapi för unga", { review: "in_review", commentsWaiting: 1, commentsWaitingAt: AT });

/** Each link: its destination and its text as a screen reader reads it (the visually hidden part included). */
function links(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map(([, href, inner]) => ({ href: href!, text: inner!.replace(/<[^>]+>/g, "") }));
}
const render = (todo: StartCase[]) => renderToStaticMarkup(createElement(ReviewTodo, { todo }));

describe("the start page's to-do after the legal review", () => {
  it("gives each case a link to its review named for the case, and keeps the title as text", () => {
    const html = render([RETURNED, COMMENTED]);
    expect(links(html)).toEqual([
      { href: "/arenden/c1/juridisk-granskning", text: "Gå till granskningen av Gemensam överförmyndare" },
      { href: "/arenden/c2/juridisk-granskning", text: "Gå till granskningen av Familjeterapi för unga" },
    ]);
    // The case's name is visible once per case, as text: the case list's link of that name goes to the overview.
    expect(html).toContain('<p class="font-semibold">Gemensam överförmyndare</p>');
    expect(html).toContain('<span class="sr-only"> av Gemensam överförmyndare</span>');
    expect(html).not.toContain("bg-brand-700");
    expect(html).toContain("2 iakttagelser med beslutet ”Ska åtgärdas”.");
    expect(html).toContain("1 kommentar från granskningen väntar på svar.");
  });

  it("makes the one case's link the block's main button", () => {
    const html = render([RETURNED]);
    expect(links(html)).toEqual([{ href: "/arenden/c1/juridisk-granskning", text: "Gå till granskningen av Gemensam överförmyndare" }]);
    expect(html).toMatch(/<a [^>]*class="[^"]*bg-brand-700[^"]*"[^>]*>Gå till granskningen<span class="sr-only"> av Gemensam överförmyndare<\/span><\/a>/);
  });
});
