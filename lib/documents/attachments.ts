import type { Case } from "../case/schema";
import { overTermHeading } from "../case/economy";
import { CONTRIBUTION_KIND_LABELS, SERVICE_CATEGORY_LABELS } from "../case/enums";
import { formatKronor, formatPercent } from "../format/money";
import { evaluateCase } from "../rules/evaluate";
import { type RouteAssessment, routeVerdictLabel } from "../rules/types";
import { describeLegalGrounds } from "../reference/legal";
import { LIMIT_CATEGORY_LABELS } from "../reference/procurement-limits";
import { caseTitle, documentMeta, openPointsSection } from "./common";
import { economyFacts, termAmount } from "./economy-facts";
import { bullets, gap, gapsOf, handGap, paragraph, strong, type Block, type DocumentKind, type DocumentModel, type Inline } from "./model";
import type { BuildOptions } from "./options";
import { clients, joinNames, partyName } from "./parties";
import { numberSections, type Section } from "./sections";
import { slug } from "./slug";

/** The attachments a case needs, besides the agreement: the procurement record and the self-cost calculation. */
export function attachmentKinds(c: Case): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (c.procurement.reliedOnRoutes.includes("direktupphandling")) kinds.push("direktupphandling");
  if (c.procurement.reliedOnRoutes.includes("hamburg")) kinds.push("hamburg");
  kinds.push("sjalvkostnad");
  return kinds;
}

function evaluationDate(c: Case, options: BuildOptions): string {
  return c.procurement.procurementStartDate ?? options.date;
}

/** `shownElsewhere`: the labels of facts the document states in a section of its own, left out here. */
function routeBlocks(route: RouteAssessment | undefined, shownElsewhere: (label: string) => boolean = () => false): Block[] {
  if (!route) return [paragraph("Bedömningen saknas: ", gap("bedömning av upphandlingsvägen"), ".")];
  const blocks: Block[] = [paragraph(strong(route.awaitingAnswers ? "Bedömningen kan inte göras än." : `Bedömning: ${routeVerdictLabel(route).toLocaleLowerCase("sv")}.`), " ", route.conclusion)];
  const facts = route.facts.filter((f) => !shownElsewhere(f.label));
  if (facts.length) blocks.push(bullets(facts.map((f): Inline[] => [`${f.label}: ${f.value}`])));
  if (route.assumptions.length) blocks.push(paragraph("Antaganden:"), bullets(route.assumptions.map((a): Inline[] => [a])));
  blocks.push(paragraph("Rättslig grund: ", describeLegalGrounds(route.legalBasis), "."));
  return blocks;
}

/** The direct award's facts that its record states in sections of their own (value, limit, method). */
const DIRECT_AWARD_FACTS_SHOWN_ELSEWHERE = ["Beräkning av värdet", "Beloppsgräns", "Direktupphandlingen dokumenteras", "Riktlinjer för direktupphandling finns"];

export function buildDirectAwardRecord(c: Case, options: BuildOptions): DocumentModel {
  const date = evaluationDate(c, options);
  const evaluation = evaluateCase(c, date);
  const value = evaluation.procurement.estimatedValue;
  const category = c.procurement.serviceCategory;
  // The limits carry their category as its label: compared with the key, the general limit was
  // stated for a social service (a walk: 700 000 kr beside an assessment against 8 109 450 kr).
  const limit = evaluation.procurement.limits.find((l) => category && l.category === LIMIT_CATEGORY_LABELS[category]) ?? evaluation.procurement.limits[0];
  // Myndighetsutövning is not bought (a walk found it listed under "Vad som köps"); the value is
  // still the whole payment, since the answers do not split it by task: said, not decided.
  const bought = c.tasks.filter((t) => t.kind !== "myndighetsutovning");
  const authority = c.tasks.filter((t) => t.kind === "myndighetsutovning");
  const sections: Section[] = [
    {
      title: "Vad som köps",
      blocks: [
        bullets(bought.length ? bought.map((t): Inline[] => [t.description?.trim() || gap("uppgiftens beskrivning")]) : [[gap("vad som köps")]]),
        ...(authority.length
          ? [paragraph("Uppgifter som är myndighetsutövning köps inte och ingår inte här: ", joinNames(authority.map((t) => t.description?.trim().replace(/\.$/, "") || "uppgift utan beskrivning")) ?? "", ".")]
          : []),
        paragraph("Tjänstekategori: ", category ? SERVICE_CATEGORY_LABELS[category] : gap("tjänstekategori"), "."),
      ],
    },
    {
      title: "Uppskattat värde",
      blocks: [
        paragraph("Uppskattat värde: ", value.amount !== undefined ? formatKronor(value.amount) : gap("uppskattat värde"), `. Värdet är uppskattat per ${date}, den dag då upphandlingen planeras att påbörjas.`),
        ...(authority.length
          ? [paragraph("Värdet bygger på hela ersättningen, även den del som avser myndighetsutövning, eftersom svaren inte delar upp den per uppgift. Om den delen kan räknas bort är inte bedömt här: låt en jurist bedöma det.")]
          : []),
        // Each paying party's calculation under its name; with one, the name once would be noise.
        ...value.perAuthority.flatMap((a): Block[] =>
          a.steps.length
            ? [paragraph(value.perAuthority.length > 1 ? `Beräkning för ${a.label}:` : "Beräkning:"), bullets(a.steps.map((s): Inline[] => [s]))]
            : [],
        ),
        ...(value.missing.length ? [paragraph("Uppgifter som saknas för beräkningen:"), bullets(value.missing.map((m): Inline[] => [m, " ", gap(m)]))] : []),
      ],
    },
    {
      title: "Direktupphandlingsgräns",
      blocks: [
        paragraph(
          "Gräns: ",
          limit?.amount !== undefined ? formatKronor(limit.amount) : gap("direktupphandlingsgräns"),
          limit?.validFrom ? `, gäller från ${limit.validFrom}` : "",
          limit?.validTo ? ` till ${limit.validTo}` : "",
          ".",
          limit?.source ? ` Källa: ${limit.source}.` : "",
        ),
        paragraph("Andra direktupphandlingar av samma slag under räkenskapsåret räknas per upphandlande myndighet:"),
        bullets(
          clients(c).map((p): Inline[] => {
              // The valuation counts only the planned award's financial year (per nämnd and year).
              const other = value.perAuthority.find((a) => a.partyId === p.id)?.otherSameKind;
              return [partyName(p), ": ", other !== undefined ? formatKronor(other) : gap(`andra direktupphandlingar av samma slag för ${partyName(p)}`)];
            }),
        ),
      ],
    },
    // The calculation, the limit and the method have sections of their own above and below: a
    // walk read each twice.
    { title: "Bedömning", blocks: routeBlocks(evaluation.procurement.routes.find((r) => r.route === "direktupphandling"), (label) => DIRECT_AWARD_FACTS_SHOWN_ELSEWHERE.some((start) => label.startsWith(start))) },
    {
      title: "Metod och riktlinjer",
      blocks: [
        paragraph(
          "Direktupphandling är ett förfarande med skyldighet att dokumentera det när värdet uppgår till minst 100\u00a0000 kronor och att vid behov besluta om interna riktlinjer för det (19 a kap. lagen om offentlig upphandling; paragraferna ska verifieras).",
        ),
        bullets([
          ["Direktupphandlingen dokumenteras: ", c.procurement.directAward.documented === true ? "ja" : c.procurement.directAward.documented === false ? "nej" : gap("om direktupphandlingen dokumenteras")],
          ["Interna riktlinjer för direktupphandling finns: ", c.procurement.directAward.internalGuidelines === true ? "ja" : c.procurement.directAward.internalGuidelines === false ? "nej" : gap("om interna riktlinjer finns")],
        ]),
        paragraph("Hur leverantören valdes: ", handGap("metod för direktupphandlingen"), "."),
      ],
    },
  ];
  const body = numberSections(sections);
  return {
    kind: "direktupphandling",
    title: "Dokumentation av direktupphandling",
    subtitle: caseTitle(c),
    fileStem: "dokumentation-direktupphandling",
    meta: { ...documentMeta(c, options, undefined), dnr: buyerDnr(c, options) },
    blocks: [...body, ...openPointsSection(gapsOf(body))],
  };
}

/**
 * The record of a direct award is the buyer's: the uppdragsgivare makes the award and registers it
 * in its own diary. The case's Dnr is the owner's, often the contractor's (a walk saw the seller's
 * Dnr on the buyer's record). One buyer: its Dnr from step 2B ("Dnr […]" when missing); several:
 * each registers its own, so "Dnr […]" is left for each to fill in; roles not given: the case's.
 */
function buyerDnr(c: Case, options: BuildOptions): string | undefined {
  const buyers = clients(c);
  if (buyers.length === 0) return options.dnr?.trim() || undefined;
  return buyers.length === 1 ? buyers[0]!.diaryNumber?.trim() || undefined : undefined;
}

export function buildHamburgMemo(c: Case, options: BuildOptions): DocumentModel {
  const evaluation = evaluateCase(c, evaluationDate(c, options));
  const h = c.procurement.hamburg;
  const yesNo = (value: boolean | undefined, what: string): Inline => (value === true ? "ja" : value === false ? "nej" : gap(what));
  const sections: Section[] = [
    {
      title: "Samarbetet",
      blocks: [
        paragraph(c.needs.problem?.trim() || gap("samarbetets syfte")),
        bullets([
          ["Samarbetet syftar till att de offentliga tjänster parterna ska utföra tillhandahålls för att nå gemensamma mål: ", yesNo(h.publicServicesCommonGoals, "gemensamma mål")],
          ["Avtalet upprättar ett samarbete mellan parterna: ", yesNo(h.establishesCooperation, "om samarbete upprättas")],
          ["Samarbetet styrs endast av överväganden som har samband med allmänintresset: ", yesNo(h.publicInterestOnly, "allmänintresset")],
        ]),
      ],
    },
    {
      title: "Varje parts bidrag",
      blocks: [
        paragraph("Ett verkligt samarbete förutsätter att varje part bidrar till de gemensamma målen; en part som bara betalar bidrar inte i den mening som avses (C-429/19 Remondis)."),
        bullets(
          c.parties.map((p): Inline[] => {
            const contribution = h.contributions.find((k) => k.partyId === p.id);
            const kinds = contribution?.kinds.map((k) => CONTRIBUTION_KIND_LABELS[k]) ?? [];
            const description = contribution?.description?.trim();
            if (kinds.length === 0 && !description) return [partyName(p), ": ", gap(`bidrag från ${partyName(p)}`)];
            return [partyName(p), ": ", [kinds.join(", "), description].filter(Boolean).join(". ")];
          }),
        ),
      ],
    },
    {
      title: "Andel av verksamheten på den öppna marknaden",
      blocks: [
        paragraph(
          "Högsta andel av den verksamhet som berörs av samarbetet som någon part utför på den öppna marknaden: ",
          h.openMarketSharePercent !== undefined ? formatPercent(h.openMarketSharePercent) : gap("andel på den öppna marknaden"),
          " (gränsen är mindre än 20 %).",
        ),
        paragraph("Hur andelen har mätts: ", h.marketShareBasis?.trim() || gap("hur andelen mätts (omsättning eller annat verksamhetsbaserat mått under tre år)")),
      ],
    },
    { title: "Bedömning", blocks: routeBlocks(evaluation.procurement.routes.find((r) => r.route === "hamburg")) },
  ];
  const body = numberSections(sections);
  return {
    kind: "hamburg",
    title: "PM om Hamburgundantaget",
    subtitle: caseTitle(c),
    fileStem: "pm-hamburgundantaget",
    meta: documentMeta(c, options, undefined),
    blocks: [...body, ...openPointsSection(gapsOf(body))],
  };
}

export function buildSelfCostCalculation(c: Case, partyId: string, options: BuildOptions): DocumentModel {
  const party = c.parties.find((p) => p.id === partyId);
  if (!party) throw new RangeError(`Unknown party ${partyId}`);
  const f = economyFacts(c);
  const mine = f.parties.find((p) => p.partyId === partyId);
  const kr = (value: number | undefined, what: string): Inline => (value !== undefined ? formatKronor(value) : gap(what));
  const sections: Section[] = [
    {
      title: "Uppdragstagarens kostnad",
      blocks: [
        paragraph("Uppdragstagarens beräknade kostnad per år för uppdraget (självkostnadsbudget): ", kr(f.selfCostBudgetKr, "självkostnadsbudget"), "."),
        paragraph("Kostnaden fördelas ", f.splitMethod ?? gap("fördelningsgrund"), "."),
        paragraph("Vilka kostnadsposter budgeten består av (personal, lokaler, administration, overhead): ", handGap("kostnadsposter i självkostnadsbudgeten"), "."),
      ],
    },
    {
      title: "Fördelning mellan parterna",
      blocks: [
        {
          kind: "table",
          caption: "Kostnadsfördelning per part",
          header: ["Part", "Andel", "Per år", f.termKind === "fast" ? overTermHeading({ months: f.termMonths, extensionMonths: f.extensionMonths }) : "Under avtalstiden"],
          numericColumns: [1, 2, 3],
          rows: f.parties.map((p) => [
            [p.partyName, p.isContractor ? " (uppdragstagare, egen andel)" : ""],
            [p.sharePercent !== undefined ? formatPercent(p.sharePercent) : gap(`andel för ${p.partyName}`)],
            [kr(p.yearlyShareKr, `belopp per år för ${p.partyName}`)],
            [termAmount(p) !== undefined ? formatKronor(termAmount(p)!) : f.termKind === "tillsvidare" ? "tills vidare" : gap(`belopp under avtalstiden för ${p.partyName}`)],
          ]),
        },
        ...(f.sharesTotalPercent !== 100 ? [paragraph(`Andelarna summerar till ${formatPercent(f.sharesTotalPercent)}, inte 100 %: `, gap("andelar som summerar till 100 %"), ".")] : []),
      ],
    },
    {
      title: `Resultat för ${partyName(party)}`,
      blocks: [
        paragraph(
          mine?.isContractor
            ? [
                `${partyName(party)} är uppdragstagare. `,
                f.parties.filter((p) => !p.isContractor).length === 1
                  ? "Uppdragsgivarens betalningar får inte överstiga kostnaden för dess del av uppdraget"
                  : "Uppdragsgivarnas betalningar får sammantaget inte överstiga kostnaden för deras del av uppdraget",
                " (2 kap. 6 § kommunallagen) och bör enligt SKR:s rapport täcka den; självkostnaden bedöms över en period, inte per faktura.",
              ].join("")
            : `${partyName(party)} betalar `,
          ...(mine?.isContractor ? [] : [kr(mine?.yearlyPaymentKr, "betalning per år"), " per år till uppdragstagaren."]),
        ),
        paragraph("Samtliga uppdragsgivares betalningar per år: ", kr(f.yearlyPaymentsTotalKr, "summa av betalningarna"), "."),
        paragraph("Underskott och överskott: ", f.deficitSharing ?? gap("hur underskott och överskott fördelas"), f.deficitSharing && !/[.!?]$/.test(f.deficitSharing) ? "." : ""),
      ],
    },
  ];
  const body = numberSections(sections);
  return {
    kind: "sjalvkostnad",
    title: "Självkostnadskalkyl",
    subtitle: `${caseTitle(c)} – ${partyName(party)}`,
    fileStem: `sjalvkostnadskalkyl-${slug(partyName(party))}`,
    meta: documentMeta(c, options, party.id),
    blocks: [...body, ...openPointsSection(gapsOf(body))],
  };
}
