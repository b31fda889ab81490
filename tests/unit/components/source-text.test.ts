import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceText } from "@/components/SourceText";
import { PROCUREMENT_LIMITS } from "@/lib/reference/procurement-limits";

const render = (source: string | undefined) => renderToStaticMarkup(createElement(SourceText, { source }));

// A walk: the direct-award limits' sources, written out with their addresses, took three lines of a
// phone's screen in the economy calculator.
describe("a source with its address", () => {
  it("links its title to the address and keeps the note after it", () => {
    expect(render("Upphandlingsmyndigheten: Nya beloppsgränser för 2024 – här är listan, https://www.upphandlingsmyndigheten.se/frageportalen/2904774/ (citeras i SKR:s rapport, kap. 3)")).toBe(
      '<a href="https://www.upphandlingsmyndigheten.se/frageportalen/2904774/" class="text-brand-700 underline">Upphandlingsmyndigheten: Nya beloppsgränser för 2024 – här är listan</a> (citeras i SKR:s rapport, kap. 3)',
    );
  });

  it("shows a source without an address as it is, and nothing for none", () => {
    expect(render("SKR:s rapport, kap. 3")).toBe("SKR:s rapport, kap. 3");
    expect(render(undefined)).toBe("");
  });

  it("reads every stored limit's source as a title with a link", () => {
    for (const limit of PROCUREMENT_LIMITS) expect(render(limit.source)).toMatch(/^<a href="https:\/\/[^"]+" class="text-brand-700 underline">Upphandlingsmyndigheten: [^<]+<\/a>/);
  });
});
