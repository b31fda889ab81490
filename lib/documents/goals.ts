import type { Case } from "../case/schema";
import { formatNumber } from "../format/money";
import { gap, type Block, type Inline } from "./model";

function valueWithUnit(value: number | undefined, unit: string | undefined, what: string): Inline[] {
  if (value === undefined) return [gap(what)];
  return [`${formatNumber(value)}${unit?.trim() ? ` ${unit.trim()}` : ""}`];
}

/**
 * The goals as a table of key figures, baselines and targets: what a nämnd needs to be able to
 * check later whether the collaboration did what it promised. A goal date already passed on the
 * document's date (YYYY-MM-DD) is an open point: a nämnd would otherwise decide on a goal due
 * before its decision (a walk: "Nås senast 2025-12-31" on documents dated 2026-12-07).
 */
export function goalsTable(c: Case, documentDate?: string): Block {
  const goals = c.needs.goals;
  const rows: Inline[][][] = goals.length
    ? goals.map((g, index) => {
        const name = g.description?.trim() || `Mål ${index + 1}`;
        return [
          [g.description?.trim() ? g.description.trim() : gap(`beskrivning av mål ${index + 1}`)],
          [g.keyFigure?.trim() ? g.keyFigure.trim() : gap(`nyckeltal för ${name}`)],
          valueWithUnit(g.baseline, g.unit, `utgångsvärde för ${name}`),
          valueWithUnit(g.target, g.unit, `målvärde för ${name}`),
          !g.targetDate
            ? [gap(`datum då ${name} ska vara nått`)]
            : documentDate && g.targetDate < documentDate
              ? [g.targetDate, " ", gap(`måldatum för ${name.replace(/[.!]+$/u, "")} (${g.targetDate}) har passerat – ange ett nytt datum`)]
              : [g.targetDate],
        ];
      })
    : [[[gap("mätbara mål")], [gap("nyckeltal")], [gap("utgångsvärde")], [gap("målvärde")], [gap("måldatum")]]];
  return {
    kind: "table",
    caption: "Nyckeltal, utgångsvärden och målvärden",
    header: ["Mål", "Nyckeltal", "Utgångsvärde", "Målvärde", "Nås senast"],
    numericColumns: [2, 3, 4],
    rows,
  };
}
