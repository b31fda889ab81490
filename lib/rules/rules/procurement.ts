import { LEGAL } from "../../reference/legal";
import { findProcurementLimit } from "../../reference/procurement-limits";
import { formatPercent } from "../../format/money";
import { HAMBURG_SHARE_LIMIT } from "../procurement";
import type { RuleContext } from "../context";
import { defineRule, type Rule } from "../rule";
import type { Hamburg } from "../../case/sections/procurement";

const hasServiceWork = (ctx: RuleContext) => ctx.tasks.service.length > 0 || ctx.tasks.unknownKind.length > 0;

/** The value and service category only matter for direct award, or while no route has been chosen. */
const directAwardInPlay = (ctx: RuleContext) =>
  hasServiceWork(ctx) && (ctx.relied.size === 0 || ctx.relied.has("direktupphandling"));

/** True when the whole value reaches the limit but the direct-award verdict is still open (per-party counting). */
function dependsOnPerPartyCounting(ctx: RuleContext): boolean {
  const category = ctx.c.procurement.serviceCategory;
  const amount = ctx.procurement.estimatedValue.amount;
  if (category === undefined || amount === undefined) return false;
  const limit = findProcurementLimit(category, ctx.date);
  if (!limit) return false;
  const compared = amount + (ctx.c.procurement.otherDirectAwardsSameKindValue ?? 0);
  return compared >= limit.amount && ctx.route.direktupphandling.verdict === "needs_legal_assessment";
}

type HamburgBooleanKey = "establishesCooperation" | "publicServicesCommonGoals" | "publicInterestOnly";

function hamburgCriterionRules(
  key: HamburgBooleanKey,
  codeStem: string,
  number: number,
  criterionSv: string,
  criterionEn: string,
): Rule[] {
  const field = `procurement.hamburg.${key}`;
  const value = (h: Hamburg) => h[key];
  return [
    defineRule({
      code: `PROC_HAMBURG_${codeStem}_NOT_MET`,
      severity: "blocker",
      step: "2A",
      area: "procurement",
      firesWhen: `The case relies on the Hamburg exception and \`${field}\` is false.`,
      why: `All four Hamburg criteria are cumulative; criterion ${number} (${criterionEn}) is not met.`,
      title: `Hamburgundantaget: villkor ${number} är inte uppfyllt`,
      explanation: `Alla fyra villkor för Hamburgundantaget måste vara uppfyllda. Villkor ${number} – ${criterionSv} – är enligt ärendet inte uppfyllt, så undantaget kan inte användas.`,
      nextAction: "Välj en annan grund, till exempel direktupphandling eller upphandling, eller ändra upplägget så att villkoret uppfylls.",
      legalBasis: [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4],
      reportChapter: "3.4",
      check: (ctx, emit) => {
        if (ctx.relied.has("hamburg") && value(ctx.c.procurement.hamburg) === false) emit([field]);
      },
    }),
    defineRule({
      code: `PROC_HAMBURG_${codeStem}_UNANSWERED`,
      severity: "warning",
      step: "2A",
      area: "procurement",
      firesWhen: `The case relies on the Hamburg exception and \`${field}\` is not answered.`,
      why: `Criterion ${number} (${criterionEn}) must be shown to hold before the exception can be relied on.`,
      title: `Hamburgundantaget: villkor ${number} är inte prövat`,
      explanation: `Ärendet åberopar Hamburgundantaget men har inte besvarat om villkor ${number} är uppfyllt: ${criterionSv}.`,
      nextAction: "Pröva och dokumentera om villkoret är uppfyllt.",
      legalBasis: [LEGAL.LOU_3_17_18],
      reportChapter: "3.4",
      check: (ctx, emit) => {
        if (ctx.relied.has("hamburg") && value(ctx.c.procurement.hamburg) === undefined) emit([field]);
      },
    }),
  ];
}

export const procurementRules: readonly Rule[] = [
  defineRule({
    code: "PROC_NO_ROUTE_CHOSEN",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen: "At least one task is an insats (or unclassified) and `procurement.reliedOnRoutes` is empty.",
    why: "Avtalssamverkan about services is covered by procurement law unless an exception applies; the parties must say which route they rely on.",
    title: "Ingen upphandlingsrättslig grund är vald",
    explanation:
      "Samverkan om insatser omfattas av upphandlingsreglerna om inget undantag gäller. Det ska framgå vilken grund parterna stöder sig på.",
    nextAction: "Välj grund: myndighetsutövning, direktupphandling, Hamburgundantaget eller upphandling enligt LOU.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_3_17_18],
    reportChapter: "3",
    check: (ctx, emit) => {
      if (hasServiceWork(ctx) && ctx.relied.size === 0) emit(["procurement.reliedOnRoutes"]);
    },
  }),
  defineRule({
    code: "PROC_VALUE_NOT_ESTIMABLE",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen:
      "At least one task is an insats (or unclassified), the case relies on direct award or on no route yet, and the contract value cannot be estimated under LOU 5 kap. 13 §.",
    why: "Whether direct award is possible depends on the estimated value over the whole term.",
    title: "Kontraktsvärdet kan inte uppskattas",
    explanation:
      "Det uppskattade värdet räknas över hela avtalstiden inklusive optioner och förlängningar, och vid tillsvidareavtal eller avtalstid över 48 månader som månadsvärdet gånger 48.",
    nextAction: "Ange avtalstid och månadsvärde, årlig ersättning eller totalt kontraktsvärde.",
    legalBasis: [LEGAL.LOU_5_13],
    reportChapter: "3.2",
    check: (ctx, emit) => {
      const value = ctx.procurement.estimatedValue;
      if (directAwardInPlay(ctx) && value.amount === undefined) {
        emit(["economy.term", "economy.monthlyValue"], `Det saknas: ${value.missing.join("; ")}.`);
      }
    },
  }),
  defineRule({
    code: "PROC_SERVICE_CATEGORY_MISSING",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen:
      "At least one task is an insats (or unclassified), the case relies on direct award or on no route yet, and `procurement.serviceCategory` is not set.",
    why: "Social and other specific services have a much higher direct-award limit than other services.",
    title: "Typ av tjänst är inte angiven",
    explanation:
      "Sociala tjänster och andra särskilda tjänster har en betydligt högre direktupphandlingsgräns än övriga tjänster. Vilken gräns som gäller beror på typen av tjänst.",
    nextAction: "Ange om insatserna är sociala tjänster och andra särskilda tjänster eller övriga tjänster.",
    legalBasis: [LEGAL.LOU_19A],
    reportChapter: "3.2",
    check: (ctx, emit) => {
      if (directAwardInPlay(ctx) && ctx.c.procurement.serviceCategory === undefined) emit(["procurement.serviceCategory"]);
    },
  }),
  defineRule({
    code: "PROC_LIMIT_UNKNOWN",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen:
      "At least one task is an insats (or unclassified), the case relies on direct award or on no route yet, and no direct-award limit is known for the evaluation date.",
    why: "Limits change; the engine never guesses one. 2026 values have not been confirmed.",
    title: "Ingen känd direktupphandlingsgräns för datumet – verifiera",
    explanation:
      "Det finns ingen bekräftad beloppsgräns för utvärderingsdatumet i referensdata. Gränsen måste verifieras innan direktupphandling kan bedömas.",
    nextAction: "Kontrollera gällande beloppsgräns hos Upphandlingsmyndigheten och låt referensdata uppdateras.",
    legalBasis: [LEGAL.LOU_19A],
    reportChapter: "3.2",
    verify: true,
    check: (ctx, emit) => {
      if (!directAwardInPlay(ctx)) return;
      const category = ctx.c.procurement.serviceCategory;
      const known =
        category === undefined
          ? findProcurementLimit("allman", ctx.date) && findProcurementLimit("sociala_och_andra_sarskilda_tjanster", ctx.date)
          : findProcurementLimit(category, ctx.date);
      if (!known) emit(["procurement.serviceCategory"], `Utvärderingsdatum: ${ctx.date}.`);
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_OVER_LIMIT",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on direct award, has insats tasks, and the estimated value reaches the limit (also per party).",
    why: "Direct award is only allowed when the estimated value is below the direct-award limit.",
    title: "Värdet når direktupphandlingsgränsen",
    explanation:
      "Direktupphandling får bara användas när det uppskattade värdet understiger gränsen. Här når värdet gränsen, även räknat per part.",
    nextAction: "Korta avtalstiden, välj en annan grund (till exempel Hamburgundantaget) eller upphandla enligt LOU.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_5_13],
    reportChapter: "3.2",
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && ctx.tasks.service.length > 0 && ctx.route.direktupphandling.verdict === "does_not_apply") {
        emit(["economy.term", "economy.monthlyValue", "economy.contractValue"], ctx.route.direktupphandling.conclusion);
      }
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_PER_MUNICIPALITY",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on direct award, the whole value reaches the limit, but each party's share is below it.",
    why: "The report counts the limit per participating municipality, but the procurement authority calls the legal position on joint purchases unclear; relying on it is an assumption.",
    title: "Direktupphandling bygger på att gränsen räknas per kommun – verifiera",
    explanation:
      "Hela samverkans värde når gränsen, men varje parts andel ligger under den. Rapporten räknar gränsen per deltagande kommun, men rättsläget för gemensamma köp är oklart enligt Upphandlingsmyndigheten.",
    nextAction: "Låt en jurist bedöma om gränsen kan räknas per kommun, eller välj en annan grund.",
    legalBasis: [{ ...LEGAL.LOU_19A, verify: true }],
    reportChapter: "3.2",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && dependsOnPerPartyCounting(ctx)) emit(["economy.costShares"]);
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_ASSUMPTIONS",
    severity: "info",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on direct award and the direct-award verdict is `applies`.",
    why: "The conclusion rests on assumptions that must be checked: direct awards of the same kind in one financial year are counted together, and the limit in force when the contract is signed applies.",
    title: "Direktupphandling är möjlig – kontrollera antagandena",
    explanation:
      "Bedömningen bygger på att inga andra direktupphandlingar av samma slag under räkenskapsåret ska räknas samman med detta avtal, och på den gräns som gäller vid utvärderingsdatumet.",
    nextAction: "Kontrollera andra direktupphandlingar av samma slag under året och dokumentera direktupphandlingen.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_5_13],
    reportChapter: "3.2",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && ctx.route.direktupphandling.verdict === "applies") {
        emit(["procurement.otherDirectAwardsSameKindValue"]);
      }
    },
  }),
  ...hamburgCriterionRules(
    "establishesCooperation",
    "COOPERATION",
    1,
    "att avtalet upprättar eller reglerar ett samarbete mellan myndigheterna",
    "the contract establishes or governs cooperation between the authorities",
  ),
  ...hamburgCriterionRules(
    "publicServicesCommonGoals",
    "COMMON_GOALS",
    2,
    "att samarbetet säkerställer offentliga tjänster som myndigheterna ska utföra, för att nå gemensamma mål",
    "the cooperation ensures public services the authorities must provide, for shared goals",
  ),
  ...hamburgCriterionRules(
    "publicInterestOnly",
    "PUBLIC_INTEREST",
    3,
    "att samarbetet bara styrs av överväganden som hänger samman med allmänintresset",
    "the cooperation is governed only by public-interest considerations",
  ),
  defineRule({
    code: "PROC_HAMBURG_MARKET_SHARE_TOO_HIGH",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    firesWhen: `The case relies on the Hamburg exception and \`procurement.hamburg.openMarketSharePercent\` is ${HAMBURG_SHARE_LIMIT} or more.`,
    why: `The participating authorities must perform less than ${HAMBURG_SHARE_LIMIT} % of the activities concerned on the open market.`,
    title: "Hamburgundantaget: andelen på den öppna marknaden är för hög",
    explanation: `Myndigheterna får utföra mindre än ${HAMBURG_SHARE_LIMIT} % av den berörda verksamheten på den öppna marknaden. Andelen mäts som genomsnittlig omsättning eller annat verksamhetsbaserat mått under tre år före tilldelningen.`,
    nextAction: "Hamburgundantaget kan inte användas. Välj en annan grund eller upphandla enligt LOU.",
    legalBasis: [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4],
    reportChapter: "3.4",
    check: (ctx, emit) => {
      const share = ctx.c.procurement.hamburg.openMarketSharePercent;
      if (ctx.relied.has("hamburg") && share !== undefined && share >= HAMBURG_SHARE_LIMIT) {
        emit(["procurement.hamburg.openMarketSharePercent"], `Angiven andel: ${formatPercent(share)}.`);
      }
    },
  }),
  defineRule({
    code: "PROC_HAMBURG_MARKET_SHARE_UNKNOWN",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on the Hamburg exception and `procurement.hamburg.openMarketSharePercent` is not given.",
    why: `The ${HAMBURG_SHARE_LIMIT} % market-share test cannot be made without the share.`,
    title: "Hamburgundantaget: andelen på den öppna marknaden är inte angiven",
    explanation: `För Hamburgundantaget måste det visas att myndigheterna utför mindre än ${HAMBURG_SHARE_LIMIT} % av den berörda verksamheten på den öppna marknaden.`,
    nextAction: "Beräkna andelen som genomsnittlig omsättning eller annat verksamhetsbaserat mått för de tre senaste åren.",
    legalBasis: [LEGAL.LOU_3_17_18],
    reportChapter: "3.4",
    check: (ctx, emit) => {
      if (ctx.relied.has("hamburg") && ctx.c.procurement.hamburg.openMarketSharePercent === undefined) {
        emit(["procurement.hamburg.openMarketSharePercent"]);
      }
    },
  }),
  defineRule({
    code: "PROC_HAMBURG_LEGAL_REVIEW",
    severity: "info",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on the Hamburg exception.",
    why: "The exception must be applied restrictively and the legal position is partly unclear; legal review is always advised.",
    title: "Hamburgundantaget ska granskas av jurist",
    explanation:
      "Hamburgundantaget ska tillämpas restriktivt och rättsläget är delvis oklart, till exempel vad som menas med offentliga tjänster.",
    nextAction: "Låt en jurist granska bedömningen av samtliga fyra villkor innan beslut fattas.",
    legalBasis: [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4],
    reportChapter: "3.4",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.relied.has("hamburg")) emit(["procurement.reliedOnRoutes"]);
    },
  }),
  defineRule({
    code: "PROC_TECKAL_BETWEEN_MUNICIPALITIES",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on the Teckal exception and no party is a municipal company.",
    why: "Teckal covers purchases from entities the authority controls (its own companies); it is not a route for avtalssamverkan between municipalities.",
    title: "Teckalundantaget kan inte användas mellan kommuner",
    explanation:
      "Teckalundantaget gäller köp från myndighetens egna bolag och andra enheter den kontrollerar. Det används inte vid avtalssamverkan mellan kommuner och regioner.",
    nextAction: "Välj en annan grund, till exempel direktupphandling eller Hamburgundantaget.",
    legalBasis: [LEGAL.LOU_3_11_16],
    reportChapter: "3.3",
    check: (ctx, emit) => {
      if (ctx.relied.has("teckal") && !ctx.c.parties.some((p) => p.type === "kommunalt_bolag")) {
        emit(["procurement.reliedOnRoutes"]);
      }
    },
  }),
  defineRule({
    code: "PROC_NON_ECONOMIC_SERVICES_RELIED",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on the exception for non-economic services of general interest.",
    why: "There is no case law and the legal position is unclear (SOU 2016:78).",
    title: "Undantaget för icke-ekonomiska tjänster har oklart rättsläge – verifiera",
    explanation:
      "Det saknas rättspraxis om undantaget för icke-ekonomiska tjänster av allmänt intresse och rättsläget är oklart.",
    nextAction: "Låt en jurist bedöma undantaget, och överväg en grund med klarare rättsläge.",
    legalBasis: [LEGAL.SOU_2016_78],
    reportChapter: "3.3",
    verify: true,
    check: (ctx, emit) => {
      if (ctx.relied.has("icke_ekonomiska_tjanster")) emit(["procurement.reliedOnRoutes"]);
    },
  }),
  defineRule({
    code: "PROC_AUTHORITY_ROUTE_MISSES_SERVICES",
    severity: "warning",
    step: "2A",
    area: "procurement",
    firesWhen: "The case relies on the exercise-of-public-authority route and at least one task is an insats.",
    why: "Only tasks that are exercise of public authority fall outside LOU; services need another route.",
    title: "Myndighetsutövning täcker inte alla uppgifter",
    explanation:
      "Bara uppgifter som är myndighetsutövning faller utanför LOU. Insatserna i samverkan behöver en egen grund, till exempel direktupphandling eller Hamburgundantaget.",
    nextAction: "Ange en grund för insatserna eller bryt ut dem ur samverkan.",
    legalBasis: [LEGAL.LOU_SCOPE_AUTHORITY],
    reportChapter: "3.1",
    check: (ctx, emit) => {
      if (!ctx.relied.has("myndighetsutovning")) return;
      for (const t of ctx.tasks.service) emit([`tasks[${t.index}].kind`], `${t.label} är en insats.`);
    },
  }),
  defineRule({
    code: "PROC_ORDINARY_PROCUREMENT_REQUIRED",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    firesWhen: "The ordinary-procurement assessment is `applies` and the case does not say it will procure under LOU.",
    why: "When no exception applies, services must be procured in competition; avtalssamverkan cannot replace the procurement.",
    title: "Inget undantag gäller – insatserna måste upphandlas",
    explanation:
      "Enligt uppgifterna i ärendet är inget undantag från upphandlingsreglerna tillämpligt. Insatserna kan då inte lämnas över genom avtalssamverkan utan upphandling.",
    nextAction: "Ändra upplägget så att ett undantag blir tillämpligt, eller upphandla insatserna enligt LOU.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_3_17_18],
    reportChapter: "3",
    check: (ctx, emit) => {
      if (ctx.route.ordinarie_upphandling.verdict === "applies" && !ctx.relied.has("ordinarie_upphandling")) {
        emit(["procurement.reliedOnRoutes"], ctx.route.ordinarie_upphandling.conclusion);
      }
    },
  }),
];
