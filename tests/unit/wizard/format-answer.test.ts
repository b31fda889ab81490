import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OPTIONAL_NOT_ANSWERED, AnswerLines } from "@/lib/wizard/components/answer-lines";
import { emptyCase } from "@/lib/case";
import { NO_ANSWER, formatAnswer, formatAnswerValue } from "@/lib/wizard/format-answer";
import { stepSpec } from "@/lib/wizard/steps";

const NBSP = "\u00a0";

describe("an answer shown to a person", () => {
  const doc = { ...emptyCase(), parties: [{ id: "p1", name: "Norrströms kommun" }, { id: "p2", name: "Fjällvikens kommun" }] };

  it("shows a list answer in the conflict panel item by item, never as JSON", () => {
    const goals = [{ id: "g1", description: "Kortare väntan.", keyFigure: "Dagar till första behandling", baseline: 45, target: 14, unit: "dagar", targetDate: "2027-12-31" }];
    const lines = formatAnswerValue(doc, "needs.goals", goals);
    expect(lines).toEqual(["Kortare väntan. Nyckeltal: Dagar till första behandling. Värde från 45 till 14 dagar. Senast 2027-12-31."]);
    expect(lines.join("")).not.toMatch(/[{}"]|keyFigure/);
  });

  it("names a cost share's party and a choice by its label, and says when there is no answer", () => {
    expect(formatAnswerValue(doc, "economy.costShares", [{ partyId: "p2", percent: 40 }])).toEqual([`Fjällvikens kommun: 40${NBSP}%`]);
    expect(formatAnswerValue(doc, "economy.costSplitMethod", "befolkning")[0]).not.toBe("befolkning");
    expect(formatAnswerValue(doc, "economy.selfCostBudget", 2_500_000)).toEqual([`2${NBSP}500${NBSP}000${NBSP}kr`]);
    expect(formatAnswerValue(doc, "needs.benefits", [])).toEqual([NO_ANSWER]);
    expect(formatAnswerValue(doc, "agreement.clauses.parter", "Avtalet gäller mellan …")).toEqual(["Avtalet gäller mellan …"]);
  });

  // A walk: "Svaren steg för steg" left out a party's population, nämnd and diarienummer and a task's
  // competence and law, and "Ändringar sedan godkännandet" showed a changed population as before = after.
  it("shows every answer of a party and a task, so a change to any of them reads as a change", () => {
    const parties = stepSpec("2B").groups.flatMap((g) => g.fields).find((f) => f.path === "parties")!;
    const party = { id: "p2", name: "Fjällvikens kommun", type: "kommun" as const, role: "uppdragsgivare" as const, officialCode: "2462", population: 12_000, committee: "Socialnämnden", diaryNumber: "SN 2026/45" };
    expect(formatAnswer({ ...doc, parties: [party] }, parties)).toEqual([`Fjällvikens kommun, kommun, uppdragsgivare, kod 2462, 12${NBSP}000 invånare, ansvarig nämnd: Socialnämnden, dnr SN 2026/45`]);
    expect(formatAnswerValue(doc, "parties", [{ ...party, population: 9_500 }])).not.toEqual(formatAnswerValue(doc, "parties", [party]));
    const tasks = stepSpec("2A").groups.flatMap((g) => g.fields).find((f) => f.path === "tasks")!;
    const [task] = formatAnswer({ ...doc, tasks: [{ id: "t", description: "Utredningar enligt föräldrabalken.", kind: "myndighetsutovning", withinOwnCompetence: true, governingLaw: "Föräldrabalken" }] }, tasks);
    expect(task).toBe("Utredningar enligt föräldrabalken. Typ: myndighetsutövning (utredning och beslut). Får utföra uppgiften själv: Ja. Lagstiftning: Föräldrabalken.");
  });

  // By inhabitants the documents split the cost by the population figures; a share typed earlier is
  // not what they use, and the jurist must read the share they use (a walk: 83,48 % shown, 80 % used).
  it("shows the cost shares the documents use, by inhabitants when so split", () => {
    const spec = stepSpec("2A").groups.flatMap((g) => g.fields).find((f) => f.path === "economy.costShares")!;
    const split = {
      ...doc,
      parties: [{ id: "p1", name: "Norrströms kommun", population: 40_000 }, { id: "p2", name: "Fjällvikens kommun", population: 10_000 }],
      economy: { ...doc.economy, costSplitMethod: "befolkning" as const, costShares: [{ partyId: "p1", percent: 83.48 }, { partyId: "p2", percent: 16.52 }] },
    };
    expect(formatAnswer(split, spec)).toEqual([`Norrströms kommun: 80${NBSP}% (efter antal invånare)`, `Fjällvikens kommun: 20${NBSP}% (efter antal invånare)`]);
    expect(formatAnswer({ ...split, economy: { ...split.economy, costSplitMethod: "fast" as const } }, spec)).toEqual([`Norrströms kommun: 83,48${NBSP}%`, `Fjällvikens kommun: 16,52${NBSP}%`]);
  });

  it("joins a goal's parts without a stop before a comma", () => {
    const spec = stepSpec("1").groups.flatMap((g) => g.fields).find((f) => f.path === "needs.goals")!;
    const [line] = formatAnswer({ ...doc, needs: { ...doc.needs, goals: [{ id: "g", description: "Utan lång väntan.", keyFigure: "Dagar" }] } }, spec);
    expect(line).toBe("Utan lång väntan. Nyckeltal: Dagar.");
    expect(line).not.toContain(".,");
  });

  // A walk: "9 av 9 frågor besvarade" above two answers reading "Inte besvarat": the two are the
  // prices an agreement may leave out ("Lämna tomt om …"), which the count leaves out.
  it("says that a question that may be left empty may be, where it is empty, and only there", () => {
    const field = (path: string) => stepSpec("2A").groups.flatMap((g) => g.fields).find((f) => f.path === path)!;
    const shown = (d: typeof doc, path: string) => renderToStaticMarkup(createElement(AnswerLines, { doc: d, field: field(path) }));
    expect(shown(doc, "economy.pricePerMonth")).toContain(OPTIONAL_NOT_ANSWERED);
    expect(shown(doc, "economy.fixedTotalPrice")).toContain(OPTIONAL_NOT_ANSWERED);
    expect(shown({ ...doc, economy: { ...doc.economy, pricePerMonth: 40_000 } }, "economy.pricePerMonth")).not.toContain("Inte besvarat");
    // A question the count includes stays plainly unanswered.
    expect(shown(doc, "economy.selfCostBudget")).toContain(">Inte besvarat<");
  });
});

describe("a yes/no question of the step form left at 'Vet inte än'", () => {
  // A walk chose "Vet inte än" in step 2C and read "Inte besvarat" in "Kontrollera svaren".
  const field = (path: string) => stepSpec("2C").groups.flatMap((g) => g.fields).find((f) => f.path === path)!;

  it("reads as not answered, in the words the form offered", () => {
    const doc = emptyCase();
    expect(formatAnswer(doc, field("collaborationForm.decisionAid"))).toContain("Statliga myndigheter med: Inte besvarat (”Vet inte än”)");
    const yesNoField = stepSpec("3C").groups.flatMap((g) => g.fields).find((f) => "kind" in f && f.kind === "yesno")!;
    expect(formatAnswer(doc, yesNoField)).toEqual(["Inte besvarat (”Vet inte än”)"]);
    doc.collaborationForm.decisionAid.stateAgencies = false;
    expect(formatAnswer(doc, field("collaborationForm.decisionAid"))).toContain("Statliga myndigheter med: Nej");
  });
});
