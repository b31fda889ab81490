import { formatKronor, formatNumber } from "../../format/money";
import { LEGAL } from "../../reference/legal";
import { defineRule, type Rule } from "../rule";
import { compensationAgainstCost, deriveEconomy } from "../../case/economy";

// Shares are entered by hand with decimals; half a hundredth of a percent absorbs rounding.
const SHARE_TOLERANCE = 0.005;

type Ctx = Parameters<Rule["check"]>[0];

const paymentsAgainstCost = (ctx: Ctx) => compensationAgainstCost(ctx.c);

export const economyRules: readonly Rule[] = [
  defineRule({
    code: "ECON_COMPENSATION_ABOVE_COST",
    severity: "blocker",
    step: "2A",
    area: "economy",
    title: "Betalningarna överstiger självkostnaden",
    explanation:
      "Kommunen får inte ta ut högre avgifter än som motsvarar kostnaden för det den tillhandahåller. Prövningen görs över en period och avser alla betalningar tillsammans, inklusive uppdragstagarens egen andel. Här är de planerade betalningarna högre än den budgeterade självkostnaden, så överskottet finns redan i planen och jämnas inte ut över tiden; ett tillfälligt överskott i utfallet är en annan sak.",
    nextAction: "Sänk priset till uppdragstagarens självkostnad eller visa att kostnaden är högre.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const v = paymentsAgainstCost(ctx);
      if (v && v.payments > v.cost + 1) {
        emit(
          ["economy.pricePerMonth", "economy.fixedTotalPrice", "economy.counterPerformance.annualValue", "economy.selfCostBudget"],
          `Betalningarna är ${formatKronor(v.payments)} ${v.period} och självkostnaden ${formatKronor(v.cost)} per år.`,
        );
      }
    },
  }),
  defineRule({
    code: "ECON_COMPENSATION_BELOW_COST",
    severity: "warning",
    step: "2A",
    area: "economy",
    title: "Betalningarna understiger självkostnaden",
    explanation:
      "Ersättningen bör täcka uppdragstagarens kostnad för det den gör åt andra. Annars finansierar uppdragstagarens egna invånare tjänster åt andra kommuner.",
    nextAction: "Justera priset så att det täcker kostnaden, eller motivera skillnaden i beslutsunderlaget.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const v = paymentsAgainstCost(ctx);
      if (v && v.payments < v.cost - 1) {
        emit(
          ["economy.pricePerMonth", "economy.fixedTotalPrice", "economy.counterPerformance.annualValue", "economy.selfCostBudget"],
          `Betalningarna är ${formatKronor(v.payments)} ${v.period} och självkostnaden ${formatKronor(v.cost)} per år.`,
        );
      }
    },
  }),
  defineRule({
    code: "ECON_SELF_COST_UNCHECKABLE",
    severity: "info",
    step: "2A",
    area: "economy",
    title: "Självkostnaden kan inte kontrolleras",
    explanation: "Det varje part betalar räknas fram ur uppdragstagarens självkostnad per år och parternas andelar.",
    nextAction: "Ange uppdragstagarens självkostnad per år för den gemensamma verksamheten.",
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const e = ctx.c.economy;
      if (e.selfCostBudget === undefined) emit(["economy.selfCostBudget"]);
    },
  }),
  defineRule({
    code: "ECON_COUNTER_PERFORMANCE_UNVALUED",
    severity: "warning",
    step: "2A",
    area: "economy",
    title: "Motprestationen är inte beskriven och värderad",
    explanation:
      "När ersättningen är en motprestation, till exempel att en part utför en annan uppgift, behöver det framgå vad den är och vad den är värd per år.",
    nextAction: "Beskriv motprestationen och ange dess värde per år.",
    legalBasis: [LEGAL.KL_2_6, LEGAL.LOU_5_MAIN_RULE],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const e = ctx.c.economy;
      if (e.compensationForm !== "motprestation") return;
      const fields: string[] = [];
      if (!e.counterPerformance.description?.trim()) fields.push("economy.counterPerformance.description");
      if (e.counterPerformance.annualValue === undefined) fields.push("economy.counterPerformance.annualValue");
      if (fields.length > 0) emit(fields);
    },
  }),
  defineRule({
    code: "ECON_SPLIT_METHOD_MISSING",
    severity: "warning",
    step: "2A",
    area: "economy",
    title: "Kostnadsfördelningen saknar metod",
    explanation:
      "Det bör framgå hur kostnaderna fördelas mellan parterna, till exempel efter antal invånare, fasta andelar, nyttjande eller andel av personalkostnaderna.",
    nextAction: "Välj och motivera en metod för kostnadsfördelningen.",
    legalBasis: [],
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
    title: "Kostnadsandel saknar procentsats",
    explanation: "Varje part i kostnadsfördelningen behöver en andel i procent.",
    nextAction: "Ange partens andel i procent.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      deriveEconomy(ctx.c).parties.forEach((share, index) => {
        if (share.percent === undefined) emit([`economy.costShares[${index}].percent`]);
      });
    },
  }),
  defineRule({
    code: "ECON_SHARES_NOT_100",
    severity: "blocker",
    step: "2A",
    area: "economy",
    title: "Kostnadsandelarna blir inte 100 %",
    explanation: "Andelarna måste tillsammans bli 100 %. Annars blir en del av kostnaden ofinansierad eller betald två gånger.",
    nextAction: "Justera andelarna så att summan blir 100 %.",
    legalBasis: [],
    reportChapter: "2.1.2",
    check: (ctx, emit) => {
      const derived = deriveEconomy(ctx.c);
      const shares = derived.parties;
      const sum = derived.sharesTotal;
      if (sum === undefined) return;
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
    title: "De ekonomiska villkoren är inte beredda för beslut",
    explanation:
      "Tjänstepersoner kan bara besluta på delegation, och beslut om verksamhetens mål, inriktning, omfattning eller kvalitet får inte delegeras. Förslaget om de ekonomiska villkoren bör därför beredas för nämnd och vid behov fullmäktige.",
    nextAction: "Ta fram ett beslutsunderlag om de ekonomiska villkoren för nämnd och fullmäktige.",
    legalBasis: [LEGAL.KL_5_1, LEGAL.KL_6_37_38],
    reportChapter: "5.3",
    check: (ctx, emit) => {
      if (ctx.c.economy.preparedForDecision !== true) emit(["economy.preparedForDecision"]);
    },
  }),
];
