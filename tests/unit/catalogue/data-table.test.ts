import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "@/lib/anonymisation";
import { suppressMultiResponse } from "@/lib/anonymisation/multi-response";
import { DataTable } from "@/lib/catalogue/components/BarChart";

const LEGEND = "– betyder att siffran är dold för att skydda enskilda ärenden.";

function tableHtml(counts: number[][]) {
  const table = suppressSmallCells({ rows: ["Avtalssamverkan", "Gemensam nämnd"], columns: ["A1", "C8"], counts }, 5);
  return renderToStaticMarkup(createElement(DataTable, { caption: "Samverkansformer per kommungrupp", table }));
}

describe("the statistics table", () => {
  it("says once, in its caption, what a hidden cell means, and shows the hidden cells as –", () => {
    const html = tableHtml([[12, 2], [9, 14]]);
    const caption = /<caption[^>]*>(.*?)<\/caption>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "");
    expect(caption).toBe(`Samverkansformer per kommungrupp ${LEGEND}`);
    expect(html).toContain("<td>–</td>");
    expect(html).not.toContain("<td>2</td>");
  });

  it("has no legend when no cell is hidden", () => {
    const html = tableHtml([[12, 20], [9, 14]]);
    expect(html).not.toContain("–");
    expect(html).toContain("<td>20</td>");
  });

  it("shows no Totalt row for a multi-response table, and keeps a header for every row and column", () => {
    const table = suppressMultiResponse({ rows: ["Fynd A", "Fynd B"], columns: ["A1", "C8"], counts: [[12, 2], [9, 14]] }, { minCount: 5, groupSizes: [20, 16] });
    const html = renderToStaticMarkup(createElement(DataTable, { caption: "Vanligaste iakttagelserna per kommungrupp", table }));
    const rowHeaders = [...html.matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(rowHeaders).toEqual(["Fynd A", "Fynd B"]);
    expect([...html.matchAll(/<th scope="col">/g)]).toHaveLength(4);
    expect(html).toContain("<td>–</td>");
    expect(html).not.toContain("<td></td>");
  });
});
