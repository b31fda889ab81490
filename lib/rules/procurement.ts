import type { Case } from "../case/schema";
import {
  CONTRIBUTION_KIND_LABELS,
  PARTY_TYPE_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  SERVICE_CATEGORY_LABELS,
  TASK_KIND_LABELS,
  type ProcurementRoute,
} from "../case/enums";
import { formatKronor, formatPercent } from "../format/money";
import { joinSentences, startSentence } from "../format/sentence";
import { LEGAL } from "../reference/legal";
import { findProcurementLimit, LIMIT_CATEGORY_LABELS, type ProcurementLimit } from "../reference/procurement-limits";
import type { ReportSection } from "../reference/report";
import type { LegalBasis } from "../reference/legal";
import { citeOnce } from "./grounds";
import { joinSv, partyLabel } from "./labels";
import type { TaskSplit } from "./task-split";
import type {
  DirectAwardLimitInfo,
  ProcurementAssessment,
  RouteAssessment,
  TraceFact,
  ValueEstimate,
  Verdict,
} from "./types";
import { routeVerdictLabel } from "./types";
import { HAMBURG_SHARE_LIMIT } from "./thresholds";

export { HAMBURG_SHARE_LIMIT };

interface RouteDraft {
  verdict: Verdict;
  facts: TraceFact[];
  assumptions: string[];
  conclusion: string;
  verify: boolean;
  /** See RouteAssessment.awaitingAnswers. */
  awaitingAnswers?: true;
}

function route(
  id: ProcurementRoute,
  relied: ReadonlySet<ProcurementRoute>,
  draft: RouteDraft,
  legalBasis: readonly LegalBasis[],
  reportChapter: ReportSection,
): RouteAssessment {
  return {
    route: id,
    title: PROCUREMENT_ROUTE_LABELS[id],
    verdict: draft.verdict,
    reliedOn: relied.has(id),
    facts: draft.facts,
    assumptions: draft.assumptions,
    conclusion: draft.conclusion,
    // Direct award cites LOU 19 a kap. both as the chapter and, unconfirmed, for its documentation duty.
    legalBasis: citeOnce(legalBasis),
    reportChapter,
    verify: draft.verify,
    ...(draft.awaitingAnswers ? { awaitingAnswers: true as const } : {}),
  };
}

function taskFacts(split: TaskSplit): TraceFact[] {
  if (split.all.length === 0) return [{ label: "Uppgifter", value: "inga uppgifter har beskrivits", field: "tasks" }];
  return split.all.map(({ task, index, label }) => ({
    label: "Uppgift",
    value:
      task.kind === undefined
        ? `${startSentence(label)}: ännu inte angiven som myndighetsutövning (utredning och beslut) eller utförande av tjänster`
        : `${startSentence(label)}: ${TASK_KIND_LABELS[task.kind]}`,
    field: `tasks[${index}].kind`,
  }));
}

const ONLY_AUTHORITY =
  "Alla uppgifter är myndighetsutövning, som inte kan upphandlas. Undantaget behövs därför inte för detta ärende.";

function assessAuthority(split: TaskSplit): RouteDraft {
  const facts = taskFacts(split);
  const assumptions = ["Att en uppgift är myndighetsutövning bygger på hur ärendet har klassat uppgiften."];
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts, assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false, awaitingAnswers: true };
  }
  if (split.authority.length === split.all.length) {
    return {
      verdict: "applies",
      facts,
      assumptions,
      conclusion:
        "Samtliga uppgifter är myndighetsutövning. Sådana uppgifter kan bara utföras av myndigheter, så LOU är inte tillämplig på samverkan om dem.",
      verify: false,
    };
  }
  if (split.authority.length === 0 && split.unknownKind.length === 0) {
    return {
      verdict: "does_not_apply",
      facts,
      assumptions,
      conclusion: "Ingen uppgift är myndighetsutövning. Samverkan gäller utförande av tjänster som skulle kunna köpas, och kan omfattas av LOU.",
      verify: false,
    };
  }
  const covered = split.authority.map((t) => t.label);
  const other = [...split.service, ...split.unknownKind].map((t) => t.label);
  return {
    verdict: "needs_legal_assessment",
    facts,
    assumptions,
    conclusion:
      (covered.length > 0 ? `Undantaget täcker ${joinSv(covered)}. ` : "") +
      `Det täcker inte ${joinSv(other)}, som behöver en annan grund. Gränsen mellan myndighetsutövning (utredning och beslut) och utförande av tjänster behöver bedömas.`,
    verify: false,
  };
}

const DIRECT_AWARD_PROCEDURE =
  "Direktupphandling är ett upphandlingsförfarande, inget undantag: den ska dokumenteras när värdet uppgår till minst 100\u00a0000 kronor, och myndigheten ska vid behov besluta om riktlinjer för när den används (LOU 19 a kap.).";

function directAwardProcedureFacts(c: Case): TraceFact[] {
  const d = c.procurement.directAward;
  return [
    { label: "Direktupphandlingen dokumenteras", value: yesNoText(d.documented), field: "procurement.directAward.documented" },
    { label: "Riktlinjer för direktupphandling finns", value: yesNoText(d.internalGuidelines), field: "procurement.directAward.internalGuidelines" },
  ];
}

/**
 * The paying parties whose value reaches the limit, and those of them that stay below it in the
 * lower of the two readings of a fixed term over 48 months with a known price per period (the
 * total over the term, or the monthly value times 48; LOU 5 kap. 13 §). When every party at the
 * limit is among the latter, whether the direct award holds turns on the reading.
 */
export function partiesAtLimit(value: Pick<ValueEstimate, "perAuthority">, limit: number): { over: ValueEstimate["perAuthority"]; lowerBelow: ValueEstimate["perAuthority"] } {
  const over = value.perAuthority.filter((a) => (a.compared ?? 0) >= limit);
  const lowerBelow = over.filter((a) => a.readings && Math.min(a.readings.overTerm, a.readings.times48) + (a.otherSameKind ?? 0) < limit);
  return { over, lowerBelow };
}

function assessDirectAward(
  c: Case,
  date: string,
  split: TaskSplit,
  value: ValueEstimate,
  general: ProcurementLimit | undefined,
  social: ProcurementLimit | undefined,
): RouteDraft {
  const facts: TraceFact[] = [];
  const assumptions: string[] = [...value.assumptions];
  // The limits are those of the day the value is estimated on (assessProcurement).
  const on = value.valuationDate;
  if (split.all.length > 0 && split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts: taskFacts(split), assumptions: [], conclusion: ONLY_AUTHORITY, verify: false };
  }
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts: taskFacts(split), assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false, awaitingAnswers: true };
  }
  // One fact per paying authority with its whole calculation: the label once, not once per step.
  for (const a of value.perAuthority) {
    if (a.steps.length > 0) facts.push({ label: `Beräkning av värdet, ${a.label}`, value: joinSentences(a.steps) });
  }
  if (value.amount === undefined) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Värdet kan inte uppskattas för varje betalande part. Det saknas: ${joinSv(value.missing)}.`,
      verify: false,
      awaitingAnswers: true,
    };
  }
  for (const a of value.perAuthority) {
    facts.push({
      label: `Andra direktupphandlingar av samma slag under räkenskapsåret, ${a.label}`,
      value:
        a.otherSameKind === undefined
          ? "inte angivet"
          : `${formatKronor(a.otherSameKind)}; sammanlagt att jämföra: ${formatKronor(a.compared ?? 0)}`,
      field: "procurement.otherDirectAwards",
    });
  }
  if (value.perAuthority.some((a) => a.otherSameKind === undefined)) {
    assumptions.push(
      "För minst en betalande part har andra direktupphandlingar av samma slag under räkenskapsåret inte angetts. De räknas samman per upphandlande myndighet (per nämnd) och ska anges – verifiera.",
    );
  }
  assumptions.push(
    c.procurement.procurementStartDate
      ? `Beloppsgränsen är den som gäller den dag upphandlingen påbörjas, ${on}.`
      : `Gränsen som gäller på ${on} antas gälla när upphandlingen påbörjas.`,
    "Varje upphandlande myndighet räknar det den själv betalar, som rapporten gör när den räknar gränsen per deltagande kommun. Upphandlingsmyndigheten beskriver rättsläget för gemensamma köp som oklart.",
  );
  facts.push(...directAwardProcedureFacts(c));

  const category = c.procurement.serviceCategory;
  let limit: ProcurementLimit | undefined;
  if (category === undefined) {
    facts.push({ label: "Typ av tjänst", value: "inte angiven", field: "procurement.serviceCategory" });
    if (!(general && value.perAuthority.every((a) => (a.compared ?? Infinity) < general.amount))) {
      return {
        verdict: "needs_legal_assessment",
        facts,
        assumptions,
        conclusion:
          "Det är inte angivet om tjänsten är en social tjänst eller annan särskild tjänst. Det avgör vilken beloppsgräns som gäller.",
        verify: false,
        awaitingAnswers: true,
      };
    }
    limit = general;
  } else {
    facts.push({ label: "Typ av tjänst", value: SERVICE_CATEGORY_LABELS[category], field: "procurement.serviceCategory" });
    limit = category === "allman" ? general : social;
  }
  if (!limit) {
    const year = on.slice(0, 4);
    facts.push({ label: "Beloppsgräns", value: `ingen bekräftad ${LIMIT_CATEGORY_LABELS[category ?? "allman"]} för ${on}` });
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Gränsen för ${year} saknas: det finns ingen bekräftad direktupphandlingsgräns för ${on}. Verifiera gällande belopp hos Upphandlingsmyndigheten innan direktupphandling väljs.`,
      verify: true,
    };
  }
  facts.push(limitFact(limit));
  const { over, lowerBelow } = partiesAtLimit(value, limit.amount);
  if (over.length === 0) {
    const marked = value.perAuthority.filter((a) => a.legalAssessment);
    return {
      verdict: "applies",
      facts,
      assumptions,
      conclusion:
        `Varje betalande parts värde understiger gränsen ${formatKronor(limit.amount)}` +
        (marked.length > 0 ? ", också med den högre av de två läsningarna av avtalstiden" : "") +
        `. Direktupphandling är möjlig enligt LOU 19 a kap. ${DIRECT_AWARD_PROCEDURE}`,
      verify: true,
    };
  }
  // One sentence per party, its value said as its value: "når gränsen … med 2 500 000 kr" read as
  // the amount it goes over by (a walk), and one "Värdet" for two parties' amounts was two values.
  const perParty = (reaches: string, reading = "") =>
    over.map((a) => `För ${a.label} är värdet ${formatKronor(a.compared ?? 0)}${reading}, vilket ${reaches} gränsen ${formatKronor(limit.amount)}.`).join(" ");
  if (lowerBelow.length === over.length) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `${perParty("når", " med den högre läsningen av avtalstiden")} Med 48-månadersläsningen understiger värdet gränsen. Vilken läsning som gäller för en bestämd avtalstid över 48 månader med känt pris per period bör bedömas av en jurist; Samverka räknar inte med det lägre värdet.`,
      verify: true,
    };
  }
  return {
    verdict: "does_not_apply",
    facts,
    assumptions,
    conclusion: `${perParty("når eller överstiger")} Direktupphandling är inte möjlig för ${over.length === 1 ? "den parten" : "de parterna"}.`,
    verify: false,
  };
}

function limitFact(limit: ProcurementLimit): TraceFact {
  return {
    label: "Beloppsgräns",
    value: `${formatKronor(limit.amount)} (${LIMIT_CATEGORY_LABELS[limit.category]}, gäller ${limit.validFrom}–${limit.validTo}; källa: ${limit.source})`,
  };
}

const HAMBURG_CRITERIA = [
  { key: "establishesCooperation", label: "1. Avtalet upprättar eller genomför ett samarbete mellan myndigheterna" },
  { key: "publicServicesCommonGoals", label: "2. Samarbetet säkerställer offentliga tjänster som myndigheterna ska utföra, för gemensamma mål" },
  { key: "publicInterestOnly", label: "3. Samarbetet styrs bara av överväganden som hänger samman med allmänintresset" },
] as const;

function yesNoText(value: boolean | undefined): string {
  return value === undefined ? "inte besvarat" : value ? "ja" : "nej";
}

function assessHamburg(c: Case, split: TaskSplit): RouteDraft {
  if (split.all.length > 0 && split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts: taskFacts(split), assumptions: [], conclusion: ONLY_AUTHORITY, verify: false };
  }
  const h = c.procurement.hamburg;
  const facts: TraceFact[] = [];
  const failed: string[] = [];
  const unknown: string[] = [];
  for (const criterion of HAMBURG_CRITERIA) {
    const value = h[criterion.key];
    facts.push({ label: criterion.label, value: yesNoText(value), field: `procurement.hamburg.${criterion.key}` });
    if (value === false) failed.push(criterion.label);
    if (value === undefined) unknown.push(criterion.label);
  }
  const shareLabel = "4. Myndigheternas andel av verksamheten på den öppna marknaden (högsta andelen)";
  const share = h.openMarketSharePercent;
  facts.push({
    label: shareLabel,
    value: share === undefined ? "inte angiven" : `${formatPercent(share)} (gränsen är under ${HAMBURG_SHARE_LIMIT} %)`,
    field: "procurement.hamburg.openMarketSharePercent",
  });
  if (share === undefined) unknown.push(shareLabel);
  else if (share >= HAMBURG_SHARE_LIMIT) failed.push(shareLabel);

  c.parties.forEach((party, index) => {
    if (party.type === "privat_aktor") {
      failed.push(`${partyLabel(party, index)} är en privat aktör och inte en upphandlande myndighet`);
      facts.push({ label: "Part", value: `${startSentence(partyLabel(party, index))}: ${PARTY_TYPE_LABELS.privat_aktor}`, field: `parties[${index}].type` });
    }
  });
  assessContributions(c, facts, failed, unknown);
  const assumptions = [
    "Andelen på den öppna marknaden ska mätas som genomsnittlig total omsättning, eller annat verksamhetsbaserat mått, under de tre åren före tilldelningen.",
    "Undantag från upphandlingsreglerna tolkas restriktivt enligt EU-domstolens praxis, och rättsläget är delvis oklart.",
  ];
  if (h.marketShareBasis) facts.push({ label: "Hur andelen har mätts", value: h.marketShareBasis, field: "procurement.hamburg.marketShareBasis" });
  if (split.all.length === 0) unknown.push("vilka uppgifter samarbetet avser");
  if (failed.length > 0) {
    return {
      verdict: "does_not_apply",
      facts,
      assumptions,
      conclusion: `Alla fyra villkor måste vara uppfyllda. Inte uppfyllt: ${joinSv(failed)}.`,
      verify: false,
    };
  }
  if (unknown.length > 0) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Villkoren kan inte prövas förrän följande är besvarat: ${joinSv(unknown)}.`,
      verify: false,
      awaitingAnswers: true,
    };
  }
  return {
    verdict: "applies",
    facts,
    assumptions,
    conclusion:
      "Enligt uppgifterna i ärendet är alla fyra villkoren uppfyllda och varje part bidrar med mer än betalning. Undantag från upphandlingsreglerna tolkas restriktivt enligt EU-domstolens praxis, och rättsläget är delvis oklart; låt en jurist granska bedömningen innan den läggs till grund för beslut.",
    verify: true,
  };
}

/**
 * Real cooperation (C-429/19 Remondis): each party contributes toward the shared goals. A party
 * that only pays is buying a service, and the exception does not apply.
 */
function assessContributions(c: Case, facts: TraceFact[], failed: string[], unknown: string[]): void {
  const contributions = c.procurement.hamburg.contributions;
  c.parties.forEach((party, index) => {
    const label = partyLabel(party, index);
    const at = contributions.findIndex((k) => k.partyId === party.id);
    const entry = contributions[at];
    const field = at >= 0 ? `procurement.hamburg.contributions[${at}].kinds` : "procurement.hamburg.contributions";
    if (!entry || entry.kinds.length === 0) {
      facts.push({ label: `Bidrag till samarbetet, ${label}`, value: "inte besvarat", field });
      unknown.push(`vad ${label} bidrar med`);
      return;
    }
    facts.push({ label: `Bidrag till samarbetet, ${label}`, value: joinSv(entry.kinds.map((k) => CONTRIBUTION_KIND_LABELS[k])), field });
    if (entry.kinds.every((k) => k === "endast_betalning")) {
      failed.push(`${label} bidrar bara med betalning, och ett köp av en tjänst är inte samarbete (EU-domstolen C-429/19 Remondis)`);
    }
  });
}

function assessTeckal(c: Case): RouteDraft {
  const facts: TraceFact[] = c.parties.map((party, index) => ({
    label: "Part",
    value: `${startSentence(partyLabel(party, index))}: ${party.type ? PARTY_TYPE_LABELS[party.type] : "typ inte angiven"}`,
    field: `parties[${index}].type`,
  }));
  const assumptions = ["Teckalundantaget avser köp från enheter som myndigheten själv kontrollerar, till exempel egna bolag."];
  if (c.parties.some((p) => p.type === "kommunalforbund")) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion:
        "Ett kommunalförbund ingår. Ett kommunalförbund som medlemmarna gemensamt kontrollerar kan uppfylla villkoren för kontrakt med en gemensamt kontrollerad enhet (LOU 3 kap. 11–16 §§). Kontroll- och verksamhetskriterierna bör bedömas av en jurist.",
      verify: false,
    };
  }
  const companies = c.parties.filter((p) => p.type === "kommunalt_bolag");
  if (companies.length > 0) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion:
        "Ett kommunalt bolag ingår. Ett köp från ett eget bolag kan falla under Teckalundantaget, men det är då inte avtalssamverkan enligt KL 9 kap. 37 §. Kontroll- och verksamhetskriterierna behöver bedömas separat.",
      verify: false,
    };
  }
  return {
    verdict: "does_not_apply",
    facts,
    assumptions,
    conclusion:
      "Teckalundantaget gäller kontrakt med enheter som myndigheten själv, eller tillsammans med andra, kontrollerar. Mellan självständiga kommuner och regioner finns ingen sådan kontroll.",
    verify: false,
  };
}

function assessNonEconomic(split: TaskSplit): RouteDraft {
  if (split.all.length > 0 && split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts: taskFacts(split), assumptions: [], conclusion: ONLY_AUTHORITY, verify: false };
  }
  return {
    verdict: "needs_legal_assessment",
    facts: taskFacts(split),
    assumptions: ["Det saknas rättspraxis om när en tjänst är icke-ekonomisk (se SOU 2016:78)."],
    conclusion:
      "Om tjänsterna är icke-ekonomiska tjänster av allmänt intresse är oklart och kan inte avgöras utifrån ärendets uppgifter. Undantaget bör inte ensamt bära samverkan utan juridisk bedömning.",
    verify: true,
  };
}

/** The routes (or open questions) that still need legal assessment before "must procure" can be said. */
function openRoutes(
  split: TaskSplit,
  relied: ReadonlySet<ProcurementRoute>,
  direct: RouteDraft,
  hamburg: RouteDraft,
  teckal: RouteDraft,
): string[] {
  const open: string[] = [];
  if (split.unknownKind.length > 0) open.push("de oklassade uppgifterna visar sig vara myndighetsutövning");
  if (direct.verdict === "needs_legal_assessment") open.push("direktupphandling visar sig vara möjlig");
  if (hamburg.verdict === "needs_legal_assessment") open.push("Hamburgundantaget visar sig vara tillämpligt");
  if (teckal.verdict === "needs_legal_assessment") open.push("Teckalundantaget visar sig vara tillämpligt");
  if (relied.has("icke_ekonomiska_tjanster")) open.push("undantaget för icke-ekonomiska tjänster av allmänt intresse visar sig vara tillämpligt");
  return open;
}

function assessOrdinary(
  split: TaskSplit,
  relied: ReadonlySet<ProcurementRoute>,
  direct: RouteDraft,
  hamburg: RouteDraft,
  teckal: RouteDraft,
): RouteDraft {
  const facts = taskFacts(split);
  facts.push(
    { label: "Bedömning av direktupphandling", value: routeVerdictLabel({ route: "direktupphandling", ...direct }) },
    { label: "Bedömning av Hamburgundantaget", value: routeVerdictLabel({ route: "hamburg", ...hamburg }), field: "procurement.hamburg" },
  );
  const assumptions = ["Tjänster som kommunen kan köpa av privata utförare omfattas av LOU om inget undantag gäller."];
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts, assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false, awaitingAnswers: true };
  }
  if (split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts, assumptions, conclusion: ONLY_AUTHORITY, verify: false };
  }
  if (relied.has("hamburg") && hamburg.verdict === "applies") {
    return {
      verdict: "does_not_apply",
      facts,
      assumptions,
      conclusion: "Hamburgundantaget (LOU 3 kap. 17–18 §§) bedöms vara tillämpligt: samarbetet undantas från LOU, och någon upphandling krävs inte så länge undantagets förutsättningar består.",
      verify: false,
    };
  }
  if (direct.verdict === "applies") {
    // Direct award is a procedure under LOU (19 a kap.), not an exception from it: what is not
    // required is procurement in competition, advertised and open to tenders.
    return {
      verdict: "does_not_apply",
      facts,
      assumptions,
      conclusion:
        "Direktupphandling bedöms vara möjlig. Den är ett förfarande enligt LOU (19 a kap.), inget undantag från lagen: en upphandling med annonsering och anbudskonkurrens krävs inte så länge värdet ligger under direktupphandlingsgränsen och förutsättningarna består.",
      verify: false,
    };
  }
  // "Must procure" only when no route remains: a route still open for legal assessment, relied on
  // or not, keeps it open, and the conclusion then says procurement is required UNLESS that route holds.
  const open = openRoutes(split, relied, direct, hamburg, teckal);
  if (open.length > 0) {
    // Every open route only waiting for answers (an unclassified task is one too): no jurist is
    // needed yet, and saying so beside "Direktupphandling: Kan inte bedömas än" contradicted it.
    const awaitingOnly = !relied.has("icke_ekonomiska_tjanster") && [direct, hamburg, teckal].every((d) => d.verdict !== "needs_legal_assessment" || d.awaitingAnswers);
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Upphandling enligt LOU krävs, om inte ${joinSv(open, "eller")}. ${awaitingOnly ? "Det kan avgöras först när fler frågor är besvarade." : "Det är ännu inte klarlagt och kräver juridisk bedömning."}`,
      verify: false,
      ...(awaitingOnly ? { awaitingAnswers: true as const } : {}),
    };
  }
  return {
    verdict: "applies",
    facts,
    assumptions,
    conclusion: "Inget undantag är tillämpligt enligt uppgifterna i ärendet. Tjänsterna måste upphandlas enligt LOU.",
    verify: false,
  };
}

function limitInfo(category: "allman" | "sociala_och_andra_sarskilda_tjanster", limit: ProcurementLimit | undefined): DirectAwardLimitInfo {
  return {
    category: LIMIT_CATEGORY_LABELS[category],
    amount: limit?.amount,
    validFrom: limit?.validFrom,
    validTo: limit?.validTo,
    source: limit?.source,
  };
}

export function assessProcurement(
  c: Case,
  date: string,
  split: TaskSplit,
  value: ValueEstimate,
): ProcurementAssessment {
  const relied = new Set(c.procurement.reliedOnRoutes);
  // The limit in force when the procurement starts, the day the value is estimated on (LOU 5 kap.;
  // directive 2014/24/EU art. 5.4), not the day the case is assessed; without a start date the two
  // are the same.
  const general = findProcurementLimit("allman", value.valuationDate);
  const social = findProcurementLimit("sociala_och_andra_sarskilda_tjanster", value.valuationDate);
  const direct = assessDirectAward(c, date, split, value, general, social);
  const hamburg = assessHamburg(c, split);
  const teckal = assessTeckal(c);
  const routes: RouteAssessment[] = [
    route("myndighetsutovning", relied, assessAuthority(split), [LEGAL.LOU_SCOPE_AUTHORITY, LEGAL.KL_9_37], "3.1"),
    route("direktupphandling", relied, direct, [LEGAL.LOU_19A, LEGAL.LOU_19A_DOCUMENTATION, LEGAL.LOU_5_MAIN_RULE, LEGAL.LOU_5_13], "3.2"),
    route("hamburg", relied, hamburg, [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4, LEGAL.REMONDIS], "3.4"),
    route("teckal", relied, teckal, [LEGAL.LOU_3_11_16], "3.3"),
    route("icke_ekonomiska_tjanster", relied, assessNonEconomic(split), [LEGAL.SOU_2016_78], "3.3"),
    route("ordinarie_upphandling", relied, assessOrdinary(split, relied, direct, hamburg, teckal), [LEGAL.LOU_1_2], "3"),
  ];
  return {
    estimatedValue: value,
    limits: [limitInfo("allman", general), limitInfo("sociala_och_andra_sarskilda_tjanster", social)],
    routes,
  };
}
