import type { Case } from "../case/schema";
import {
  PARTY_TYPE_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  SERVICE_CATEGORY_LABELS,
  type ProcurementRoute,
} from "../case/enums";
import { formatKronor, formatPercent } from "../format/money";
import { LEGAL } from "../reference/legal";
import { findProcurementLimit, LIMIT_CATEGORY_LABELS, type ProcurementLimit } from "../reference/procurement-limits";
import type { ReportSection } from "../reference/report";
import type { LegalBasis } from "../reference/legal";
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
import { VERDICT_LABELS } from "./types";

export const HAMBURG_SHARE_LIMIT = 20;

interface RouteDraft {
  verdict: Verdict;
  facts: TraceFact[];
  assumptions: string[];
  conclusion: string;
  verify: boolean;
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
    legalBasis,
    reportChapter,
    verify: draft.verify,
  };
}

function taskFacts(split: TaskSplit): TraceFact[] {
  if (split.all.length === 0) return [{ label: "Uppgifter", value: "inga uppgifter har beskrivits", field: "tasks" }];
  return split.all.map(({ task, index, label }) => ({
    label: "Uppgift",
    value:
      task.kind === "myndighetsutovning"
        ? `${label}: myndighetsutövning`
        : task.kind === "insats"
          ? `${label}: insats (tjänst)`
          : `${label}: ännu inte angiven som myndighetsutövning eller insats`,
    field: `tasks[${index}].kind`,
  }));
}

const ONLY_AUTHORITY =
  "Alla uppgifter är myndighetsutövning, som inte kan upphandlas. Undantaget behövs därför inte för detta ärende.";

function assessAuthority(split: TaskSplit): RouteDraft {
  const facts = taskFacts(split);
  const assumptions = ["Att en uppgift är myndighetsutövning bygger på hur ärendet har klassat uppgiften."];
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts, assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false };
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
      conclusion: "Ingen uppgift är myndighetsutövning. Samverkan gäller insatser, som kan omfattas av LOU.",
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
      `Det täcker inte ${joinSv(other)}, som behöver en annan grund. Gränsen mellan myndighetsutövning och insats behöver bedömas.`,
    verify: false,
  };
}

function perPartyValues(c: Case, amount: number): { label: string; amount: number }[] | undefined {
  if (c.economy.costShares.length === 0) return undefined;
  const values: { label: string; amount: number }[] = [];
  for (const share of c.economy.costShares) {
    if (share.percent === undefined) return undefined;
    const index = c.parties.findIndex((p) => p.id === share.partyId);
    const party = c.parties[index];
    if (!party) return undefined;
    values.push({ label: partyLabel(party, index), amount: (amount * share.percent) / 100 });
  }
  return values;
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
  if (split.all.length > 0 && split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts: taskFacts(split), assumptions: [], conclusion: ONLY_AUTHORITY, verify: false };
  }
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts: taskFacts(split), assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false };
  }
  for (const step of value.steps) facts.push({ label: "Beräkning av kontraktsvärde", value: step });
  if (value.amount === undefined) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Kontraktsvärdet kan inte uppskattas. Det saknas: ${joinSv(value.missing)}.`,
      verify: false,
    };
  }
  const other = c.procurement.otherDirectAwardsSameKindValue ?? 0;
  const compared = value.amount + other;
  facts.push({ label: "Uppskattat kontraktsvärde", value: formatKronor(value.amount) });
  if (c.procurement.otherDirectAwardsSameKindValue !== undefined) {
    facts.push({
      label: "Andra direktupphandlingar av samma slag under räkenskapsåret",
      value: `${formatKronor(other)}; sammanlagt värde att jämföra: ${formatKronor(compared)}`,
      field: "procurement.otherDirectAwardsSameKindValue",
    });
  } else {
    assumptions.push(
      "Inga andra direktupphandlingar av samma slag under samma räkenskapsår har angetts. Sådana ska räknas samman med detta avtal – verifiera.",
    );
  }
  assumptions.push(
    `Gränsen som gäller på utvärderingsdatumet ${date} antas gälla när avtalet ingås.`,
    "Jämförelsen görs i första hand med hela samverkans värde. Rapporten anger att gränsen räknas per deltagande kommun, men Upphandlingsmyndigheten beskriver rättsläget för gemensamma köp som oklart. Att räkna per kommun är därför ett antagande.",
  );

  const category = c.procurement.serviceCategory;
  if (category === undefined) {
    facts.push({ label: "Typ av tjänst", value: "inte angiven", field: "procurement.serviceCategory" });
    if (general && compared < general.amount) {
      facts.push(limitFact(general));
      return {
        verdict: "applies",
        facts,
        assumptions,
        conclusion: `Värdet ${formatKronor(compared)} understiger den lägre, allmänna gränsen ${formatKronor(general.amount)}, så direktupphandling är möjlig oavsett typ av tjänst.`,
        verify: true,
      };
    }
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion:
        "Det är inte angivet om tjänsten är en social tjänst eller annan särskild tjänst. Det avgör vilken beloppsgräns som gäller.",
      verify: false,
    };
  }
  facts.push({ label: "Typ av tjänst", value: SERVICE_CATEGORY_LABELS[category], field: "procurement.serviceCategory" });
  const limit = category === "allman" ? general : social;
  if (!limit) {
    facts.push({ label: "Beloppsgräns", value: `ingen känd ${LIMIT_CATEGORY_LABELS[category]} för ${date}` });
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: `Det finns ingen bekräftad direktupphandlingsgräns för ${date}. Verifiera gällande belopp hos Upphandlingsmyndigheten innan direktupphandling väljs.`,
      verify: true,
    };
  }
  facts.push(limitFact(limit));
  if (compared < limit.amount) {
    return {
      verdict: "applies",
      facts,
      assumptions,
      conclusion: `Värdet ${formatKronor(compared)} understiger gränsen ${formatKronor(limit.amount)}. Direktupphandling är möjlig enligt LOU 19 a kap.`,
      verify: true,
    };
  }
  const perParty = perPartyValues(c, value.amount);
  if (perParty) {
    for (const p of perParty) {
      facts.push({ label: `Värde för ${p.label}`, value: formatKronor(p.amount + other), field: "economy.costShares" });
    }
    if (perParty.every((p) => p.amount + other < limit.amount)) {
      return {
        verdict: "needs_legal_assessment",
        facts,
        assumptions,
        conclusion: `Hela värdet ${formatKronor(compared)} överstiger gränsen ${formatKronor(limit.amount)}, men varje parts andel understiger den. Direktupphandling förutsätter att gränsen får räknas per deltagande kommun, vilket är rättsligt oklart.`,
        verify: true,
      };
    }
  }
  return {
    verdict: "does_not_apply",
    facts,
    assumptions,
    conclusion: `Värdet ${formatKronor(compared)} når eller överstiger gränsen ${formatKronor(limit.amount)}. Direktupphandling är inte möjlig.`,
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
  { key: "establishesCooperation", label: "1. Avtalet upprättar eller reglerar ett samarbete mellan myndigheterna" },
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
      facts.push({ label: "Part", value: `${partyLabel(party, index)}: ${PARTY_TYPE_LABELS.privat_aktor}`, field: `parties[${index}].type` });
    }
  });
  const assumptions = [
    "Andelen på den öppna marknaden ska mätas som genomsnittlig total omsättning, eller annat verksamhetsbaserat mått, under de tre åren före tilldelningen.",
    "Undantaget ska tillämpas restriktivt och rättsläget är delvis oklart.",
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
    };
  }
  return {
    verdict: "applies",
    facts,
    assumptions,
    conclusion:
      "Enligt uppgifterna i ärendet är alla fyra villkoren uppfyllda. Eftersom undantaget ska tillämpas restriktivt bör en jurist granska bedömningen innan den läggs till grund för beslut.",
    verify: true,
  };
}

function assessTeckal(c: Case): RouteDraft {
  const facts: TraceFact[] = c.parties.map((party, index) => ({
    label: "Part",
    value: `${partyLabel(party, index)}: ${party.type ? PARTY_TYPE_LABELS[party.type] : "typ inte angiven"}`,
    field: `parties[${index}].type`,
  }));
  const assumptions = ["Teckalundantaget avser köp från enheter som myndigheten själv kontrollerar, till exempel egna bolag."];
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
      "Teckalundantaget gäller köp från egna bolag och används inte vid avtalssamverkan mellan kommuner och regioner.",
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
      "Om insatserna är icke-ekonomiska tjänster av allmänt intresse är oklart och kan inte avgöras utifrån ärendets uppgifter. Undantaget bör inte ensamt bära samverkan utan juridisk bedömning.",
    verify: true,
  };
}

function assessOrdinary(
  split: TaskSplit,
  relied: ReadonlySet<ProcurementRoute>,
  direct: RouteDraft,
  hamburg: RouteDraft,
): RouteDraft {
  const facts = taskFacts(split);
  facts.push(
    { label: "Bedömning av direktupphandling", value: VERDICT_LABELS[direct.verdict] },
    { label: "Bedömning av Hamburgundantaget", value: VERDICT_LABELS[hamburg.verdict], field: "procurement.hamburg" },
  );
  const assumptions = ["Insatser som kommunen kan köpa av privata utförare omfattas av LOU om inget undantag gäller."];
  if (split.all.length === 0) {
    return { verdict: "needs_legal_assessment", facts, assumptions, conclusion: "Uppgifterna måste beskrivas innan frågan kan bedömas.", verify: false };
  }
  if (split.authority.length === split.all.length) {
    return { verdict: "does_not_apply", facts, assumptions, conclusion: ONLY_AUTHORITY, verify: false };
  }
  if (direct.verdict === "applies" || (relied.has("hamburg") && hamburg.verdict === "applies")) {
    return {
      verdict: "does_not_apply",
      facts,
      assumptions,
      conclusion: "Ett undantag bedöms vara tillämpligt, så upphandling i konkurrens krävs inte så länge undantagets förutsättningar består.",
      verify: false,
    };
  }
  const pending =
    split.unknownKind.length > 0 ||
    direct.verdict === "needs_legal_assessment" ||
    (relied.has("hamburg") && hamburg.verdict === "needs_legal_assessment") ||
    relied.has("icke_ekonomiska_tjanster");
  if (pending) {
    return {
      verdict: "needs_legal_assessment",
      facts,
      assumptions,
      conclusion: "Det är ännu inte klarlagt om något undantag gäller. Blir svaret nej måste insatserna upphandlas enligt LOU.",
      verify: false,
    };
  }
  return {
    verdict: "applies",
    facts,
    assumptions,
    conclusion: relied.has("hamburg")
      ? "Inget undantag är tillämpligt enligt uppgifterna i ärendet. Insatserna måste upphandlas enligt LOU."
      : "Inget undantag är tillämpligt enligt uppgifterna i ärendet. Insatserna måste upphandlas enligt LOU, om inte Hamburgundantaget kan visas vara tillämpligt.",
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
  const general = findProcurementLimit("allman", date);
  const social = findProcurementLimit("sociala_och_andra_sarskilda_tjanster", date);
  const direct = assessDirectAward(c, date, split, value, general, social);
  const hamburg = assessHamburg(c, split);
  const routes: RouteAssessment[] = [
    route("myndighetsutovning", relied, assessAuthority(split), [LEGAL.LOU_SCOPE_AUTHORITY, LEGAL.KL_9_37], "3.1"),
    route("direktupphandling", relied, direct, [LEGAL.LOU_19A, LEGAL.LOU_5_13], "3.2"),
    route("hamburg", relied, hamburg, [LEGAL.LOU_3_17_18, LEGAL.DIRECTIVE_12_4], "3.4"),
    route("teckal", relied, assessTeckal(c), [LEGAL.LOU_3_11_16], "3.3"),
    route("icke_ekonomiska_tjanster", relied, assessNonEconomic(split), [LEGAL.SOU_2016_78], "3.3"),
    route("ordinarie_upphandling", relied, assessOrdinary(split, relied, direct, hamburg), [LEGAL.LOU_5_13], "3"),
  ];
  return {
    estimatedValue: value,
    limits: [limitInfo("allman", general), limitInfo("sociala_och_andra_sarskilda_tjanster", social)],
    routes,
  };
}
