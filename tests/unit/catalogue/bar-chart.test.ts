import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "@/lib/anonymisation";
import { BarChart } from "@/lib/catalogue/components/BarChart";

// Long labels as the statistics have them: collaboration forms, procurement routes, findings.
const LONG = "Personuppgiftsbiträdesavtal saknas för den gemensamma socialjouren i båda kommunerna";
const ROWS = ["Avtalssamverkan", "Icke-ekonomiska tjänster av allmänt intresse", LONG, "Gemensam nämnd"];

function chart(counts: number[][], rows = ROWS) {
  const table = suppressSmallCells({ rows, columns: ["A1", "C8"], counts }, 5);
  return renderToStaticMarkup(createElement(BarChart, { id: "diagram-x", title: "Samverkansformer, totalt per rad", table }));
}

const text = (html: string) => html.replace(/<[^>]+>/g, "\n");

describe("the statistics bar chart", () => {
  it("shows every label whole, as text that can wrap, never cut", () => {
    const html = chart([[12, 20], [9, 14], [6, 6], [30, 10]]);
    // Each label once in full in the chart, and once in its text alternative.
    for (const label of ROWS) expect(html).toContain(`<span>${label}</span>`);
    for (const label of ROWS) expect(text(html)).toContain(`${label}: `);
    expect(html).not.toContain("…");
    expect(html).not.toContain("<text");
  });

  it("is an image named by its title and every row's total, the text alternative of the bars", () => {
    const html = chart([[12, 20], [9, 14], [6, 6], [2, 1]]);
    expect(html).toMatch(/^<div role="img" aria-labelledby="diagram-x-titel diagram-x-beskrivning"/);
    expect(html).toContain('<span id="diagram-x-titel" hidden="">Samverkansformer, totalt per rad</span>');
    expect(html).toContain(`<span id="diagram-x-beskrivning" hidden="">Avtalssamverkan: 32; Icke-ekonomiska tjänster av allmänt intresse: 23; ${LONG}: dolt; Gemensam nämnd: dolt</span>`);
    expect(chart([], [])).toContain(">Inga ärenden att visa.</span>");
  });

  it("draws bars in proportion, the longest at 80 % of its row, and none for a hidden total", () => {
    // Gemensam nämnd's 3 is hidden, and so is a second total (suppressSmallCells), so neither can be worked out.
    const html = chart([[12, 20], [9, 14], [6, 6], [2, 1]]);
    expect([...html.matchAll(/<svg width="(\d+)%"/g)].map((m) => Number(m[1]))).toEqual([80, 58]);
    expect([...html.matchAll(/<svg [^>]*aria-hidden="true"/g)]).toHaveLength(2);
    expect(text(html).split("\n").filter((line) => line === "dolt")).toHaveLength(2);
  });
});
