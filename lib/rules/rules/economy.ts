import { formatKronor, formatNumber } from "../../format/money";
import { LEGAL } from "../../reference/legal";
import { defineRule, type Rule } from "../rule";

// Shares are entered by hand with decimals; half a hundredth of a percent absorbs rounding.
const SHARE_TOLERANCE = 0.005;

function compensationComparable(ctx: Parameters<Rule["check"]>[0]): { cost: number; compensation: number } | undefined {
  const e = ctx.c.economy;
  if (e.compensationForm === "motprestation") return undefined;
  if (e.annualCost === undefined || e.annualCompensation === undefined) return undefined;
  return { cost: e.annualCost, compensation: e.annualCompensation };
}

export const economyRules: readonly Rule[] = [
  defineRule({
    code: "ECON_COMPENSATION_ABOVE_COST",
    severity: "blocker",
    step: "2A",
    area: "economy",
    firesWhen: "Compensation is paid in money and `economy.annualCompensation` > `economy.annualCost`.",
    why: "Under the self-cost principle a municipality may not charge more than the cost of what it provides.",
    title: "Ersättningen överstiger självkostnaden",
    explanation:
      "Enligt självkostnadsprincipen får uppdragstagaren inte ta ut mer än vad uppgiften kostar. Ersättningen ska täcka kostnaden men inte överstiga den.",
    nextAction: "Sänk ersättningen till uppdragstagarens självkostnad eller visa att kostnaden är högre.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const v = compensationComparable(ctx);
      if (v && v.compensation > v.cost) {
        emit(
          ["economy.annualCompensation", "economy.annualCost"],
          `Ersättningen är ${formatKronor(v.compensation)} per år och kostnaden ${formatKronor(v.cost)} per år.`,
        );
      }
    },
  }),
  defineRule({
    code: "ECON_COMPENSATION_BELOW_COST",
    severity: "warning",
    step: "2A",
    area: "economy",
    firesWhen: "Compensation is paid in money and `economy.annualCompensation` < `economy.annualCost`.",
    why: "The report says compensation should not fall below the contractor's costs; the contractor's own residents would otherwise fund the service for others.",
    title: "Ersättningen understiger självkostnaden",
    explanation:
      "Ersättningen bör inte understiga uppdragstagarens kostnader. Annars finansierar uppdragstagarens egna invånare tjänster åt andra kommuner.",
    nextAction: "Justera ersättningen så att den täcker kostnaden, eller motivera skillnaden i beslutsunderlaget.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const v = compensationComparable(ctx);
      if (v && v.compensation < v.cost) {
        emit(
          ["economy.annualCompensation", "economy.annualCost"],
          `Ersättningen är ${formatKronor(v.compensation)} per år och kostnaden ${formatKronor(v.cost)} per år.`,
        );
      }
    },
  }),
  defineRule({
    code: "ECON_SELF_COST_UNCHECKABLE",
    severity: "info",
    step: "2A",
    area: "economy",
    firesWhen: "Compensation is not a counter-performance and either `economy.annualCost` or `economy.annualCompensation` is missing.",
    why: "The self-cost check needs both the contractor's cost and the compensation.",
    title: "Självkostnaden kan inte kontrolleras",
    explanation: "För att pröva självkostnadsprincipen behövs både uppdragstagarens kostnad och den ersättning som ska betalas.",
    nextAction: "Ange uppdragstagarens årliga kostnad och den årliga ersättningen.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const e = ctx.c.economy;
      if (e.compensationForm === "motprestation") return;
      const fields: string[] = [];
      if (e.annualCost === undefined) fields.push("economy.annualCost");
      if (e.annualCompensation === undefined) fields.push("economy.annualCompensation");
      if (fields.length > 0) emit(fields);
    },
  }),
  defineRule({
    code: "ECON_SPLIT_METHOD_MISSING",
    severity: "warning",
    step: "2A",
    area: "economy",
    firesWhen: "The case has at least two parties and `economy.costSplitMethod` is not set.",
    why: "The economic terms must say how costs are divided; the report's examples split by population or by share of staff costs.",
    title: "Kostnadsfördelningen saknar metod",
    explanation:
      "Det ska framgå hur kostnaderna fördelas mellan parterna, till exempel efter antal invånare, fasta andelar, nyttjande eller andel av personalkostnaderna.",
    nextAction: "Välj och motivera en metod för kostnadsfördelningen.",
    legalBasis: [LEGAL.KL_2_6, LEGAL.KL_9_37],
    reportChapter: "4.2.1",
    check: (ctx, emit) => {
      if (ctx.c.parties.length >= 2 && ctx.c.economy.costSplitMethod === undefined) emit(["economy.costSplitMethod"]);
    },
  }),
  defineRule({
    code: "ECON_SHARE_MISSING",
    severity: "warning",
    step: "2A",
    area: "economy",
    firesWhen: "A cost share has no percentage.",
    why: "Every listed party's share must be known before the split can be checked.",
    title: "Kostnadsandel saknar procentsats",
    explanation: "Varje part i kostnadsfördelningen behöver en andel i procent.",
    nextAction: "Ange partens andel i procent.",
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      ctx.c.economy.costShares.forEach((share, index) => {
        if (share.percent === undefined) emit([`economy.costShares[${index}].percent`]);
      });
    },
  }),
  defineRule({
    code: "ECON_SHARES_NOT_100",
    severity: "blocker",
    step: "2A",
    area: "economy",
    firesWhen: "Every cost share has a percentage and they do not add up to 100 (±0.005).",
    why: "If the shares do not add up to 100 %, part of the cost is unfunded or charged twice.",
    title: "Kostnadsandelarna blir inte 100 %",
    explanation: "Andelarna måste tillsammans bli 100 %. Annars blir en del av kostnaden ofinansierad eller betald två gånger.",
    nextAction: "Justera andelarna så att summan blir 100 %.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const shares = ctx.c.economy.costShares;
      if (shares.length === 0) return;
      let sum = 0;
      for (const share of shares) {
        if (share.percent === undefined) return;
        sum += share.percent;
      }
      if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
        emit(
          shares.map((_, index) => `economy.costShares[${index}].percent`),
          `Summan av andelarna är ${formatNumber(sum)} %.`,
        );
      }
    },
  }),
  defineRule({
    code: "ECON_NOT_PREPARED_FOR_DECISION",
    severity: "warning",
    step: "2A",
    area: "economy",
    firesWhen: "`economy.preparedForDecision` is not true.",
    why: "Officials cannot decide the economic terms themselves; proposals go to the committees and then to the council.",
    title: "De ekonomiska villkoren är inte beredda för beslut",
    explanation:
      "Tjänstepersoner kan inte själva besluta om de ekonomiska villkoren. Förslaget ska beredas för nämnd och vid behov fullmäktige.",
    nextAction: "Ta fram ett beslutsunderlag om de ekonomiska villkoren för nämnd och fullmäktige.",
    legalBasis: [LEGAL.KL_5_1],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (ctx.c.economy.preparedForDecision !== true) emit(["economy.preparedForDecision"]);
    },
  }),
];
