import { describe, expect, it } from "vitest";
import { CLAUSE_IDS } from "@/lib/case";
import { clauseFigureMismatches, figuresIn, showFigure } from "@/lib/rules/clause-figures";
import { draftClause } from "@/lib/wizard/agreement-draft";
import { evaluateCase } from "@/lib/rules";
import { exampleCase } from "../../support/documents";

const DATE = "2026-11-25";

describe("figures in a clause", () => {
  it("reads amounts, shares and months as the documents print them, thousands spaced or not", () => {
    expect(figuresIn("Fjällviken betalar 660\u00a0870\u00a0kr per år (16,52\u00a0%) och 3 304 348 kronor under avtalstiden; uppsägningstid 12 månader, förlängning 24 månaders.")).toEqual([
      "660870 kr",
      "16,52 %",
      "3304348 kr",
      "12 månader",
      "24 månader",
    ]);
    expect(figuresIn("Avtalet gäller från 2027 och ersättningen följer bilaga 2.")).toEqual([]);
    expect(showFigure("4400000 kr")).toBe("4\u00a0400\u00a0000\u00a0kr");
    expect(showFigure("1 månader")).toBe("1\u00a0månad");
  });

  // A review's cases: a year before an amount, other thousands separators, trailing zeros.
  it("reads a year before an amount apart from it, no tail of another number, and equal shares as equal", () => {
    expect(figuresIn("Från 2027 500 000 kr per år.")).toEqual(["500000 kr"]);
    expect(figuresIn("Totalt 4.400.000 kr och 16.52 % enligt kalkylen.")).toEqual([]);
    expect(figuresIn("Andelen är 20,00 %, sedan 16,50 procent.")).toEqual(["20 %", "16,5 %"]);
  });

  // A walk: "sex månaders uppsägningstid" where the answers said three months passed the check.
  it("reads months written in words as months, in their place among the other figures", () => {
    expect(figuresIn("Avtalet kan sägas upp med sex månaders uppsägningstid och förlängs med Tolv månader; ersättningen är 500 000 kr.")).toEqual(["6 månader", "12 månader", "500000 kr"]);
    expect(figuresIn("Ersättningen är 500 000 kr och uppsägningstiden sex månader.")).toEqual(["500000 kr", "6 månader"]);
    // A deadline of one month is no term the answers give; a word inside another word is no number.
    expect(figuresIn("Rapporten lämnas inom en månad och senast ett par månader efter årets slut.")).toEqual([]);
    expect(figuresIn("Texten ändras efter behovssex månader.")).toEqual([]);
    expect(figuresIn("Uppsägningstiden är 1 månads.")).toEqual(["1 månader"]);
  });
});

// The walk's case: step 4's clauses filled from the suggestions, then the budget and a party's
// population changed. The tjänsteskrivelse followed the answers; the agreement kept the old figures.
describe("a clause whose figures the answers no longer give", () => {
  it("is found for every clause filled from an older suggestion, and not for one filled from today's", () => {
    const c = exampleCase();
    for (const id of CLAUSE_IDS) c.agreement.clauses[id] = draftClause(c, id);
    expect(clauseFigureMismatches(c)).toEqual([]);
    const before = draftClause(c, "ekonomi");
    expect(figuresIn(before).some((f) => f.endsWith(" kr")), "the economy clause states amounts").toBe(true);

    c.economy.selfCostBudget = (c.economy.selfCostBudget ?? 0) + 400_000;
    const stale = clauseFigureMismatches(c);
    expect(stale.map((m) => m.clauseId)).toContain("ekonomi");
    const economy = stale.find((m) => m.clauseId === "ekonomi")!;
    expect(economy.suggested).toEqual(figuresIn(draftClause(c, "ekonomi")));
    // Today's suggestion carries today's budget, and the old budget is not in it.
    expect(economy.suggested).toContain(`${c.economy.selfCostBudget} kr`);
    expect(economy.suggested).not.toContain(`${c.economy.selfCostBudget! - 400_000} kr`);
    expect(economy.notInAnswers.every((f) => figuresIn(before).includes(f))).toBe(true);

    const finding = evaluateCase(c, DATE).findings.find((f) => f.code === "AGREEMENT_CLAUSE_FIGURES_NOT_IN_ANSWERS" && f.fields.includes("agreement.clauses.ekonomi"));
    expect(finding).toMatchObject({ severity: "warning", verify: true, step: "4" });
    // The old budget is named as not in the answers, and today's budget as what the suggestion has.
    const oldBudget = showFigure(`${c.economy.selfCostBudget! - 400_000} kr`);
    const newBudget = showFigure(`${c.economy.selfCostBudget} kr`);
    expect(economy.notInAnswers).toContain(`${c.economy.selfCostBudget! - 400_000} kr`);
    expect(finding!.explanation).toMatch(new RegExp(`^”Ekonomi[^”]*” har .*${oldBudget}.* som inte finns i svaren\\. Förslaget från svaren har .*${newBudget}`));

    // Filled again from today's suggestion, the clause agrees with the answers.
    c.agreement.clauses.ekonomi = draftClause(c, "ekonomi");
    expect(clauseFigureMismatches(c).map((m) => m.clauseId)).not.toContain("ekonomi");
  });

  it("is found for a notice period the answers have changed", () => {
    const c = exampleCase();
    c.agreement.noticePeriodMonths = 6;
    c.agreement.clauses.uppsagning = "Varje part får säga upp avtalet skriftligen med 12 månaders uppsägningstid.";
    expect(clauseFigureMismatches(c)).toEqual([expect.objectContaining({ clauseId: "uppsagning", notInAnswers: ["12 månader"] })]);
    c.agreement.clauses.uppsagning = "Varje part får säga upp avtalet skriftligen med 6 månaders uppsägningstid.";
    expect(clauseFigureMismatches(c)).toEqual([]);
    // Written in words, as a clause of the editors' own often is.
    c.agreement.clauses.uppsagning = "Varje part får säga upp avtalet skriftligen med tolv månaders uppsägningstid.";
    expect(clauseFigureMismatches(c)).toEqual([expect.objectContaining({ clauseId: "uppsagning", notInAnswers: ["12 månader"] })]);
    c.agreement.clauses.uppsagning = "Varje part får säga upp avtalet skriftligen med sex månaders uppsägningstid.";
    expect(clauseFigureMismatches(c)).toEqual([]);
  });

  it("leaves the editors' own wording without figures alone", () => {
    const c = exampleCase();
    for (const id of CLAUSE_IDS) c.agreement.clauses[id] = "Parterna är överens om detta enligt bilaga.";
    expect(clauseFigureMismatches(c)).toEqual([]);
  });
});

// A review's case: the shares written the wrong way round leave the same set of figures, so the
// comparison of figures alone passed them. By the answers each party pays its own share.
/** The example case with fixed shares for its contractor and its client, the economy clause drafted from them. */
function withShares(contractorPercent: number, clientPercent: number) {
  const c = exampleCase();
  c.economy.costSplitMethod = "fast";
  const [contractor, client] = c.parties;
  c.economy.costShares = [
    { partyId: contractor!.id, percent: contractorPercent },
    { partyId: client!.id, percent: clientPercent },
  ];
  c.agreement.clauses.ekonomi = draftClause(c, "ekonomi");
  return { c, contractor: contractor!, client: client! };
}

describe("a share or an amount written beside the wrong party", () => {
  const seventyThirty = () => withShares(70, 30);

  it("is found when the table's rows carry each other's figures, and named with both parties", () => {
    const { c, contractor, client } = seventyThirty();
    expect(clauseFigureMismatches(c)).toEqual([]);
    const text = c.agreement.clauses.ekonomi!;
    expect(text).toMatch(/30\u00a0%/);
    // Swap the two shares in the written text (the amounts stay).
    const swapped = text.replace(/70\u00a0%/g, "X").replace(/30\u00a0%/g, "70\u00a0%").replace(/X/g, "30\u00a0%");
    c.agreement.clauses.ekonomi = swapped;
    const [mismatch] = clauseFigureMismatches(c);
    expect(mismatch).toMatchObject({ clauseId: "ekonomi", notInAnswers: [] });
    // The table's rows in the parties' order: the contractor's first.
    expect(mismatch!.misplaced).toEqual([
      { party: contractor.name, figure: "30 %", belongsTo: [client.name] },
      { party: client.name, figure: "70 %", belongsTo: [contractor.name] },
    ]);
    const finding = evaluateCase(c, DATE).findings.find((f) => f.code === "AGREEMENT_CLAUSE_FIGURES_NOT_IN_ANSWERS");
    expect(finding).toMatchObject({ severity: "warning", verify: true, fields: ["agreement.clauses.ekonomi"] });
    expect(finding!.explanation).toContain(`anger 70\u00a0% för ${client.name}, men enligt svaren gäller den för ${contractor.name}.`);
  });

  it("is found in the editors' own sentence naming one party, in the genitive or without 'kommun'", () => {
    const { c, client } = seventyThirty();
    const base = client.name!.replace(/s kommun$/, "");
    c.agreement.clauses.ekonomi = `${base}s andel är 70 % av kostnaden.`;
    expect(clauseFigureMismatches(c)[0]?.misplaced).toEqual([{ party: client.name, figure: "70 %", belongsTo: [c.parties[0]!.name] }]);
    c.agreement.clauses.ekonomi = `${base} betalar 30 % av kostnaden.`;
    expect(clauseFigureMismatches(c)).toEqual([]);
  });

  it("is found in one sentence naming both parties the wrong way round, whichever side of the name the figure stands", () => {
    // The note of an earlier session: "Norrström betalar 70 % och Fjällviken 30 %" the wrong way round passed.
    const { c, contractor, client } = seventyThirty();
    const base = (name: string) => name.replace(/s kommun$/, "");
    for (const sentence of [
      `${base(contractor.name!)} betalar 30 % och ${base(client.name!)} 70 %.`,
      `Kostnaden delas så att ${contractor.name} bär 30 % och ${client.name} 70 %.`,
      `30 % betalas av ${contractor.name} och 70 % av ${client.name}.`,
    ]) {
      c.agreement.clauses.ekonomi = sentence;
      expect(clauseFigureMismatches(c)[0]?.misplaced, sentence).toEqual([
        { party: contractor.name, figure: "30 %", belongsTo: [client.name] },
        { party: client.name, figure: "70 %", belongsTo: [contractor.name] },
      ]);
    }
    // The right way round, in either order of name and figure: nothing to find.
    for (const sentence of [
      `${base(contractor.name!)} betalar 70 % och ${base(client.name!)} 30 %.`,
      `70 % betalas av ${contractor.name} och 30 % av ${client.name}.`,
      `${client.name} betalar 30 % av kostnaden, ${contractor.name} resten, 70 %.`,
    ]) {
      c.agreement.clauses.ekonomi = sentence;
      expect(clauseFigureMismatches(c), sentence).toEqual([]);
    }
  });

  it("leaves a sentence whose wording allows the figures to be right, or naming no party, to the reader, and equal shares alone", () => {
    const { c, contractor, client } = seventyThirty();
    // Read with the figure after the name it is the contractor's 30 %; read with the figure before
    // the name, the client's 30 %, as the answers say: the wording decides, not the check.
    c.agreement.clauses.ekonomi = `${contractor.name} och ${client.name} delar kostnaden. ${contractor.name} står för det mesta, och 30 % står ${client.name} för.`;
    expect(clauseFigureMismatches(c)).toEqual([]);
    // Right, and built so that neither reading fits them (a review found each flagged).
    for (const sentence of [
      `${contractor.name} och ${client.name} betalar 70 % respektive 30 %.`,
      `Kostnaden fördelas mellan ${contractor.name} och ${client.name}: 70 % respektive 30 %.`,
      `${client.name} betalar ${contractor.name} 30 % av självkostnaden.`,
      `${client.name} ersätter ${contractor.name} med 30 % av kostnaden.`,
      `${contractor.name} betalar 70 % och 30 % betalas av ${client.name}.`,
    ]) {
      c.agreement.clauses.ekonomi = sentence;
      expect(clauseFigureMismatches(c), sentence).toEqual([]);
    }
    c.agreement.clauses.ekonomi = "Den ena parten betalar 70 % och den andra 30 %.";
    expect(clauseFigureMismatches(c)).toEqual([]);
    const even = exampleCase();
    even.agreement.clauses.ekonomi = draftClause(even, "ekonomi");
    expect(clauseFigureMismatches(even)).toEqual([]);
  });
});

describe("a figure of the whole beside one party", () => {
  it("is no party's misplaced figure: the budget may stand beside the contractor when a client pays it all", () => {
    const { c, contractor, client } = withShares(0, 100);
    c.agreement.clauses.ekonomi = `${contractor!.name!.replace(/s kommun$/, "")}s självkostnad beräknas till ${c.economy.selfCostBudget} kr per år.`;
    expect(clauseFigureMismatches(c)).toEqual([]);
    // The client's share beside the contractor's name is still flagged.
    c.agreement.clauses.ekonomi = `${contractor!.name!.replace(/s kommun$/, "")} betalar 100 % av kostnaden.`;
    expect(clauseFigureMismatches(c)[0]?.misplaced).toEqual([{ party: contractor!.name, figure: "100 %", belongsTo: [client!.name] }]);
  });
});

// A review's cases of wording that names more, or less, than it seems to.
describe("a line whose parties are not plain", () => {
  it("leaves a sentence that also names a party by its role to the reader", () => {
    const { c, client } = withShares(70, 30);
    c.agreement.clauses.ekonomi = `${client.name} betalar 30 %, resterande 70 % bär uppdragstagaren.`;
    expect(clauseFigureMismatches(c)).toEqual([]);
  });

  it("reads a name in its own letter case: a municipality named like a word is not found in the word", () => {
    const { c, contractor, client } = withShares(60, 40);
    contractor.name = "Essunga kommun";
    client.name = "Vara kommun";
    c.agreement.clauses.ekonomi = "Andelen för den som utför uppgiften ska vara 60 % av kostnaden.";
    expect(clauseFigureMismatches(c)).toEqual([]);
    c.agreement.clauses.ekonomi = "Vara betalar 60 % av kostnaden.";
    expect(clauseFigureMismatches(c)[0]?.misplaced).toEqual([{ party: "Vara kommun", figure: "60 %", belongsTo: ["Essunga kommun"] }]);
  });

  it("takes a name inside another party's longer name as that party's only", () => {
    const { c, contractor, client } = withShares(70, 30);
    contractor.name = "Stockholms stad";
    client.name = "Region Stockholm";
    c.agreement.clauses.ekonomi = "Region Stockholms andel är 70 % av kostnaden.";
    expect(clauseFigureMismatches(c)[0]?.misplaced).toEqual([{ party: "Region Stockholm", figure: "70 %", belongsTo: ["Stockholms stad"] }]);
  });

  it("compares nothing for a party whose share is not answered", () => {
    const { c, client } = withShares(70, 30);
    c.parties.push({ ...client, id: "odeby", name: "Ödeby kommun", diaryNumber: undefined });
    c.agreement.clauses.ekonomi = "Ödeby kommun betalar 30 % av kostnaden.";
    expect(clauseFigureMismatches(c)).toEqual([]);
  });

  it("counts the contractor's share over the whole term as its own", () => {
    const { c, contractor } = withShares(50, 50);
    c.economy.term = { kind: "fast", months: 36, extensionMonths: 0 };
    const overTerm = (c.economy.selfCostBudget! / 2) * 3;
    c.agreement.clauses.ekonomi = `${contractor.name} bär ${overTerm} kr under avtalstiden.`;
    expect(clauseFigureMismatches(c).flatMap((m) => m.misplaced)).toEqual([]);
  });
});
