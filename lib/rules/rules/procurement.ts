import { LEGAL } from "../../reference/legal";
import { findProcurementLimit } from "../../reference/procurement-limits";
import { formatPercent } from "../../format/money";
import { startSentence } from "../../format/sentence";
import { HAMBURG_SHARE_LIMIT, partiesAtLimit } from "../procurement";
import type { RuleContext } from "../context";
import { defineRule, type Rule } from "../rule";
import type { Hamburg } from "../../case/sections/procurement";

const hasServiceWork = (ctx: RuleContext) => ctx.tasks.service.length > 0 || ctx.tasks.unknownKind.length > 0;

/** The value and service category only matter for direct award, or while no route has been chosen. */
const directAwardInPlay = (ctx: RuleContext) =>
  hasServiceWork(ctx) && (ctx.relied.size === 0 || ctx.relied.has("direktupphandling"));

/**
 * True when direct award holds per paying authority, but the clients' payments together reach the
 * limit: the report counts per municipality, the procurement authority calls joint purchases unclear.
 */
function dependsOnPerPartyCounting(ctx: RuleContext): boolean {
  const category = ctx.c.procurement.serviceCategory;
  const value = ctx.procurement.estimatedValue;
  if (category === undefined || value.amount === undefined || value.perAuthority.length < 2) return false;
  const limit = findProcurementLimit(category, value.valuationDate);
  if (!limit) return false;
  const together = value.perAuthority.reduce((sum, a) => sum + (a.amount ?? 0), 0);
  return together >= limit.amount && ctx.route.direktupphandling.verdict === "applies";
}

/**
 * Direct award relied on, and whether the value reaches the limit turns on how a fixed term over
 * 48 months is read (partiesAtLimit): the route's verdict is "needs_legal_assessment" then, and
 * only this finding asks the jurist for it (a walk: such a case was approved with no word of it).
 */
function directAwardTurnsOnTermReading(ctx: RuleContext): boolean {
  const category = ctx.c.procurement.serviceCategory;
  const value = ctx.procurement.estimatedValue;
  // Without an estimate the route says the value is missing (PROC_VALUE_NOT_ESTIMABLE speaks then).
  if (!ctx.relied.has("direktupphandling") || ctx.route.direktupphandling.verdict !== "needs_legal_assessment" || category === undefined || value.amount === undefined) return false;
  const limit = findProcurementLimit(category, value.valuationDate);
  if (!limit) return false;
  const { over, lowerBelow } = partiesAtLimit(value, limit.amount);
  return over.length > 0 && lowerBelow.length === over.length;
}

/** A relied-on route that already has its own blocker: the "must procure" blocker would repeat the same fact. */
function reliedRouteAlreadyBlocked(ctx: RuleContext): boolean {
  return (
    (ctx.relied.has("direktupphandling") && ctx.route.direktupphandling.verdict === "does_not_apply") ||
    (ctx.relied.has("hamburg") && ctx.route.hamburg.verdict === "does_not_apply") ||
    (ctx.relied.has("teckal") && ctx.route.teckal.verdict === "does_not_apply")
  );
}

type HamburgBooleanKey = "establishesCooperation" | "publicServicesCommonGoals" | "publicInterestOnly";

function hamburgCriterionRules(
  key: HamburgBooleanKey,
  codeStem: string,
  number: number,
  criterionSv: string,
): Rule[] {
  const field = `procurement.hamburg.${key}`;
  const value = (h: Hamburg) => h[key];
  return [
    defineRule({
      code: `PROC_HAMBURG_${codeStem}_NOT_MET`,
      severity: "blocker",
      step: "2A",
      area: "procurement",
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
    title: "Ingen upphandlingsrättslig grund är vald",
    explanation:
      "Samverkan om tjänster som skulle kunna köpas omfattas av upphandlingsreglerna om inget undantag gäller. Det behöver framgå vilken grund parterna stöder sig på.",
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
    title: "Kontraktsvärdet kan inte uppskattas",
    explanation:
      "Varje upphandlande myndighet räknar det den själv betalar: det totala beloppet inklusive optioner och förlängningar, och utan totalpris hela avtalstiden upp till 48 månader eller månadsvärdet gånger 48 vid avtal utan bestämd tid.",
    // Where each answer is given: a walk's value waited on the parties' roles, which this named nowhere.
    nextAction: "Ange det som saknas: avtalstid, uppdragstagarens självkostnad per år och parternas andelar (eller det pris avtalet anger) i steg 2A Ekonomi, och vilken part som är uppdragsgivare i steg 2B.",
    legalBasis: [LEGAL.LOU_5_13],
    reportChapter: "3.2",
    check: (ctx, emit) => {
      const value = ctx.procurement.estimatedValue;
      if (directAwardInPlay(ctx) && value.amount === undefined) {
        emit(["economy.term", "economy.selfCostBudget"], `Det saknas: ${value.missing.join("; ")}.`);
      }
    },
  }),
  defineRule({
    code: "PROC_SERVICE_CATEGORY_MISSING",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Typ av tjänst är inte angiven",
    explanation:
      "Sociala tjänster och andra särskilda tjänster har en betydligt högre direktupphandlingsgräns än övriga tjänster. Vilken gräns som gäller beror på typen av tjänst.",
    nextAction: "Ange om tjänsterna är sociala tjänster och andra särskilda tjänster eller övriga tjänster.",
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
    // No "– verifiera" in the title: the finding's own "Verifiera" mark follows it, and a screen
    // reader read "– verifiera, Verifiera" (a walk).
    title: "Ingen känd direktupphandlingsgräns för datumet",
    // Plain words: a walk's head of social services met "utvärderingsdatumet i referensdata" and
    // "systemets förvaltare", neither of which she could act on.
    explanation:
      "Samverka har ingen bekräftad direktupphandlingsgräns för den dag värdet uppskattas, och kan därför inte bedöma om direktupphandling är möjlig.",
    nextAction: "Ange när upphandlingen påbörjas, om ni vet det. Kontrollera gällande beloppsgräns hos Upphandlingsmyndigheten och låt er jurist bedöma om direktupphandling är möjlig.",
    legalBasis: [LEGAL.LOU_19A],
    reportChapter: "3.2",
    verify: true,
    route: "direktupphandling",
    check: (ctx, emit) => {
      if (!directAwardInPlay(ctx)) return;
      const category = ctx.c.procurement.serviceCategory;
      // The limits of the day the value is estimated on: when the procurement starts, or else the evaluation date.
      const on = ctx.procurement.estimatedValue.valuationDate;
      const known =
        category === undefined
          ? findProcurementLimit("allman", on) && findProcurementLimit("sociala_och_andra_sarskilda_tjanster", on)
          : findProcurementLimit(category, on);
      // Beside the date it turns on, which is the answer that can change it (a walk's link led to the service type).
      if (!known) {
        emit(
          ["procurement.procurementStartDate", "procurement.serviceCategory"],
          // From the answer, not the date: the pages assess a case on its start date when it has one.
          ctx.c.procurement.procurementStartDate === undefined
            ? `Ärendet anger inte när upphandlingen påbörjas, så Samverka räknar med dagens datum (${on}).`
            : `Upphandlingen påbörjas ${on} enligt ärendet.`,
        );
      }
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_OVER_LIMIT",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    title: "Värdet når eller överstiger direktupphandlingsgränsen",
    // The computed sentence before it names each party over the limit: "minst en betalande part"
    // after it read as a second, vaguer count (a walk).
    explanation:
      "Direktupphandling får användas när kontraktets uppskattade värde understiger direktupphandlingsgränsen. Lagen tillåter direktupphandling också i vissa andra fall, till exempel vid synnerlig brådska; dem bedömer Samverka inte.",
    nextAction: "Välj en annan grund, till exempel Hamburgundantaget om villkoren för det är uppfyllda, eller planera en upphandling enligt LOU, och låt er jurist bedöma valet. En kortare avtalstid hjälper bara om den motsvarar det verkliga behovet: värdet får inte beräknas så, eller kontraktet delas upp så, att lagen kringgås.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_5_13],
    reportChapter: "3.2",
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && ctx.tasks.service.length > 0 && ctx.route.direktupphandling.verdict === "does_not_apply") {
        // Beside the route choice first (2A Juridik), where its next action is taken: the value is
        // answered on 2A Ekonomi before a route is chosen, so the blocker came up on a page already
        // left (a walk). Ekonomi's valuation panel says the value against the limit per party.
        emit(["procurement.reliedOnRoutes", "economy.term", "economy.selfCostBudget", "economy.costShares"], ctx.route.direktupphandling.conclusion);
      }
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_PER_MUNICIPALITY",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Direktupphandling bygger på att gränsen räknas per kommun – verifiera",
    explanation:
      "Varje betalande parts värde ligger under gränsen, men tillsammans når de den. Rapporten räknar gränsen per deltagande kommun, men rättsläget för gemensamma köp är oklart enligt Upphandlingsmyndigheten.",
    nextAction: "Låt en jurist bedöma om gränsen kan räknas per kommun, eller välj en annan grund.",
    legalBasis: [{ ...LEGAL.LOU_19A, verify: true }],
    reportChapter: "3.2",
    verify: true,
    route: "direktupphandling",
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && dependsOnPerPartyCounting(ctx)) emit(["economy.costShares"]);
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_TERM_READING",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Om värdet når direktupphandlingsgränsen beror på hur avtalstiden läses – verifiera",
    explanation:
      "Avtalet gäller en bestämd tid över 48 månader med känt pris per period. Värdet kan då läsas som priset för hela avtalstiden med förlängningar, eller som månadsvärdet gånger 48 (LOU 5 kap. 13 §), och gränsen nås bara med den ena läsningen. Samverka avgör inte vilken som gäller.",
    nextAction: "Låt en jurist bedöma vilken läsning som gäller och verifiera det i granskningen, eller välj en annan grund eller upphandla enligt LOU.",
    legalBasis: [LEGAL.LOU_5_13, LEGAL.LOU_19A],
    reportChapter: "3.2",
    verify: true,
    route: "direktupphandling",
    check: (ctx, emit) => {
      if (!directAwardTurnsOnTermReading(ctx)) return;
      // Every answer the comparison reads, the other direct awards counted with the value included.
      const value = ctx.procurement.estimatedValue.fields.filter((field) => field !== "procurement.otherDirectAwards");
      emit([...value, "procurement.otherDirectAwards", "procurement.serviceCategory", "procurement.procurementStartDate"], ctx.route.direktupphandling.conclusion);
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_ASSUMPTIONS",
    severity: "info",
    step: "2A",
    area: "procurement",
    title: "Direktupphandling är möjlig – kontrollera antagandena",
    explanation:
      "Bedömningen bygger på de andra direktupphandlingar av samma slag som varje betalande part har angett för räkenskapsåret, och på den gräns som gäller när upphandlingen påbörjas.",
    nextAction: "Kontrollera varje parts andra direktupphandlingar av samma slag under året.",
    legalBasis: [LEGAL.LOU_19A, LEGAL.LOU_5_13],
    reportChapter: "3.2",
    verify: true,
    route: "direktupphandling",
    check: (ctx, emit) => {
      if (ctx.relied.has("direktupphandling") && ctx.route.direktupphandling.verdict === "applies") {
        // The value's answers too: a jurist's "Verifierad" rests on the value it saw, and must reopen
        // when the budget or the term changes it (a walk's verification said "3,3 mnkr" after 4,4).
        // Every answer the valuation reads (its own list), the service category and start date that
        // pick the limit, and, split by inhabitants, the populations that set each party's share.
        const populations = ctx.c.economy.costSplitMethod === "befolkning" ? ctx.c.parties.map((_, index) => `parties[${index}].population`) : [];
        const value = ctx.procurement.estimatedValue.fields.filter((field) => field !== "procurement.otherDirectAwards");
        emit(["procurement.otherDirectAwards", ...value, "procurement.serviceCategory", "procurement.procurementStartDate", ...populations]);
      }
    },
  }),
  defineRule({
    code: "PROC_DIRECT_AWARD_DOCUMENTATION",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Dokumentation och riktlinjer för direktupphandlingen är inte bekräftade",
    explanation:
      "Direktupphandling är ett förfarande enligt LOU 19 a kap. Den upphandlande myndigheten ska dokumentera en direktupphandling vars värde uppgår till minst 100\u00a0000 kronor och vid behov besluta om riktlinjer för när förfarandet används.",
    nextAction: "Bekräfta att varje betalande nämnd dokumenterar direktupphandlingen och har de riktlinjer för direktupphandling som behövs.",
    legalBasis: [LEGAL.LOU_19A_DOCUMENTATION],
    reportChapter: "3.2",
    verify: true,
    route: "direktupphandling",
    check: (ctx, emit) => {
      if (!ctx.relied.has("direktupphandling") || !hasServiceWork(ctx)) return;
      // Only for a direct award the assessment finds possible, as PROC_DIRECT_AWARD_ASSUMPTIONS: the
      // duty is the one of a direct award made, and walks read it beside "Inte tillämplig", "Kan
      // inte bedömas än" and an unknown limit as "prepare the direct award" all the same.
      if (ctx.route.direktupphandling.verdict !== "applies") return;
      const d = ctx.c.procurement.directAward;
      const fields: string[] = [];
      if (d.documented !== true) fields.push("procurement.directAward.documented");
      if (d.internalGuidelines !== true) fields.push("procurement.directAward.internalGuidelines");
      if (fields.length > 0) emit(fields);
    },
  }),
  ...hamburgCriterionRules(
    "establishesCooperation",
    "COOPERATION",
    1,
    "att avtalet upprättar eller genomför ett samarbete mellan myndigheterna",
  ),
  ...hamburgCriterionRules(
    "publicServicesCommonGoals",
    "COMMON_GOALS",
    2,
    "att samarbetet säkerställer offentliga tjänster som myndigheterna ska utföra, för att nå gemensamma mål",
  ),
  ...hamburgCriterionRules(
    "publicInterestOnly",
    "PUBLIC_INTEREST",
    3,
    "att samarbetet bara styrs av överväganden som hänger samman med allmänintresset",
  ),
  defineRule({
    code: "PROC_HAMBURG_MARKET_SHARE_TOO_HIGH",
    severity: "blocker",
    step: "2A",
    area: "procurement",
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
    code: "PROC_HAMBURG_PAYMENT_ONLY",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    title: "Hamburgundantaget: en part bidrar bara med betalning",
    explanation:
      "Samarbete enligt Hamburgundantaget kräver att parterna bidrar till gemensamma mål. När en part bara betalar för en tjänst är det ett köp, inte samarbete, och undantaget gäller inte.",
    nextAction: "Välj en annan grund (direktupphandling eller upphandling), eller gör om samarbetet så att varje part bidrar med mer än betalning.",
    legalBasis: [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4, LEGAL.REMONDIS],
    reportChapter: "3.4",
    check: (ctx, emit) => {
      if (!ctx.relied.has("hamburg")) return;
      ctx.c.procurement.hamburg.contributions.forEach((k, i) => {
        if (k.kinds.length > 0 && k.kinds.every((kind) => kind === "endast_betalning")) emit([`procurement.hamburg.contributions[${i}].kinds`]);
      });
    },
  }),
  defineRule({
    code: "PROC_HAMBURG_CONTRIBUTIONS_UNANSWERED",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Hamburgundantaget: vad varje part bidrar med är inte besvarat",
    explanation:
      "För att avtalet ska vara samarbete och inte ett köp ska varje part bidra till de gemensamma målen, till exempel med personal, lokaler, kompetens eller en annan uppgift.",
    nextAction: "Ange vad varje part bidrar med.",
    legalBasis: [LEGAL.LOU_3_17_18, LEGAL.REMONDIS],
    reportChapter: "3.4",
    check: (ctx, emit) => {
      if (!ctx.relied.has("hamburg")) return;
      const answered = new Set(ctx.c.procurement.hamburg.contributions.filter((k) => k.kinds.length > 0).map((k) => k.partyId));
      if (ctx.c.parties.some((p) => !answered.has(p.id))) emit(["procurement.hamburg.contributions"]);
    },
  }),
  defineRule({
    code: "PROC_HAMBURG_LEGAL_REVIEW",
    severity: "info",
    step: "2A",
    area: "procurement",
    title: "Hamburgundantaget bör granskas av jurist",
    explanation:
      "Undantag från upphandlingsreglerna tolkas restriktivt enligt EU-domstolens praxis, och rättsläget för Hamburgundantaget är delvis oklart, till exempel vad som menas med offentliga tjänster.",
    nextAction: "Låt en jurist granska bedömningen av samtliga fyra villkor innan beslut fattas.",
    legalBasis: [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4],
    reportChapter: "3.4",
    verify: true,
    route: "hamburg",
    check: (ctx, emit) => {
      if (ctx.relied.has("hamburg")) emit(["procurement.reliedOnRoutes"]);
    },
  }),
  defineRule({
    code: "PROC_TECKAL_BETWEEN_MUNICIPALITIES",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    title: "Teckalundantaget kan inte användas mellan kommuner",
    explanation:
      "Teckalundantaget gäller köp från myndighetens egna bolag och andra enheter den kontrollerar. Det används inte vid avtalssamverkan mellan kommuner och regioner.",
    nextAction: "Välj en annan grund, till exempel direktupphandling eller Hamburgundantaget.",
    legalBasis: [LEGAL.LOU_3_11_16],
    reportChapter: "3.3",
    check: (ctx, emit) => {
      if (ctx.relied.has("teckal") && ctx.route.teckal.verdict === "does_not_apply") {
        emit(["procurement.reliedOnRoutes"]);
      }
    },
  }),
  defineRule({
    code: "PROC_NON_ECONOMIC_SERVICES_RELIED",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Undantaget för icke-ekonomiska tjänster har oklart rättsläge – verifiera",
    explanation:
      "Det saknas rättspraxis om undantaget för icke-ekonomiska tjänster av allmänt intresse och rättsläget är oklart.",
    nextAction: "Låt en jurist bedöma undantaget, och överväg en grund med klarare rättsläge.",
    legalBasis: [LEGAL.SOU_2016_78],
    reportChapter: "3.3",
    verify: true,
    route: "icke_ekonomiska_tjanster",
    check: (ctx, emit) => {
      if (ctx.relied.has("icke_ekonomiska_tjanster")) emit(["procurement.reliedOnRoutes"]);
    },
  }),
  defineRule({
    code: "PROC_AUTHORITY_ROUTE_MISSES_SERVICES",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Myndighetsutövning täcker inte alla uppgifter",
    explanation:
      "Grunden myndighetsutövning täcker bara de uppgifter som är myndighetsutövning. Tjänsterna i samverkan behöver en egen grund, till exempel direktupphandling eller Hamburgundantaget.",
    nextAction: "Ange en grund för tjänsterna eller bryt ut dem ur samverkan.",
    legalBasis: [LEGAL.LOU_SCOPE_AUTHORITY],
    reportChapter: "3.1",
    check: (ctx, emit) => {
      if (!ctx.relied.has("myndighetsutovning")) return;
      // The services have a ground of their own when the case relies on another route too; whether
      // that route holds is that route's own findings (found on a walk: the warning stayed beside
      // direct award chosen for the services, and went into the tjänsteskrivelse).
      if ([...ctx.relied].some((route) => route !== "myndighetsutovning")) return;
      // The route chosen first: the warning stands where the choice is made (step 2A Juridik), and links to the task too (a walk found it only under Organisation).
      for (const t of ctx.tasks.service) emit(["procurement.reliedOnRoutes", `tasks[${t.index}].kind`], `${startSentence(t.label)} är utförande av en tjänst som skulle kunna köpas.`);
    },
  }),
  defineRule({
    code: "PROC_ORDINARY_PROCUREMENT_REQUIRED",
    severity: "blocker",
    step: "2A",
    area: "procurement",
    title: "Ingen grund håller enligt ärendet – tjänsterna behöver upphandlas",
    explanation:
      "Enligt uppgifterna i ärendet är inget undantag från upphandlingsreglerna tillämpligt. Tjänsterna kan då inte lämnas över genom avtalssamverkan utan upphandling. Om en annan kommun kan lämna anbud i en sådan upphandling är oklart (lokaliseringsprincipen i 2 kap. 1 § kommunallagen) och kräver juridisk bedömning.",
    nextAction: "Ändra upplägget så att ett undantag blir tillämpligt, eller upphandla tjänsterna enligt LOU.",
    legalBasis: [LEGAL.LOU_1_2],
    reportChapter: "3",
    check: (ctx, emit) => {
      if (ctx.route.ordinarie_upphandling.verdict === "applies" && !ctx.relied.has("ordinarie_upphandling") && !reliedRouteAlreadyBlocked(ctx)) {
        emit(["procurement.reliedOnRoutes"], ctx.route.ordinarie_upphandling.conclusion);
      }
    },
  }),
  defineRule({
    code: "PROC_PROCUREMENT_REQUIRED_UNLESS_OPEN_ROUTE",
    severity: "warning",
    step: "2A",
    area: "procurement",
    title: "Tjänsterna behöver upphandlas om inte en öppen grund håller – kräver juridisk bedömning",
    explanation:
      "Direktupphandling är inte möjlig enligt ärendet. Upphandling enligt LOU krävs därför, om inte en grund som ännu inte är prövad visar sig hålla.",
    nextAction: "Låt en jurist pröva den öppna grunden, eller planera för upphandling enligt LOU.",
    legalBasis: [LEGAL.LOU_1_2],
    reportChapter: "3",
    check: (ctx, emit) => {
      const ordinary = ctx.route.ordinarie_upphandling;
      if (
        ordinary.verdict === "needs_legal_assessment" &&
        ctx.route.direktupphandling.verdict === "does_not_apply" &&
        ctx.tasks.all.length > 0 &&
        !ctx.relied.has("ordinarie_upphandling") &&
        !reliedRouteAlreadyBlocked(ctx)
      ) {
        emit(["procurement.reliedOnRoutes"], ordinary.conclusion);
      }
    },
  }),
];
