import type { Case } from "../case/schema";
import { compensationAgainstCost, overTermHeading } from "../case/economy";
import type { ClauseId } from "../case/enums";
import { SUB_DELEGATION_LABELS } from "../case/enums";
import { formatKronor, formatNumber, formatPercent } from "../format/money";
import { isUndecidedAnswer } from "../rules/rules/information";
import { councilDecisionNeeded } from "./common";
import { economyFacts, termAmount } from "./economy-facts";
import { bullets, gap, paragraph, type Block, type Inline } from "./model";
import { clients, codeLabel, joinNames, partyName, typeIfNotInName, contractors } from "./parties";

// Clause drafts built from the answers, as document blocks. Step 4 shows them as text
// (clause-text.ts) and the agreement shows them as sections: one source, one wording.
// What the answers do not settle is a gap, never an invented term.

function orGap(value: string | undefined, what: string): Inline {
  const trimmed = value?.trim();
  return trimmed ? trimmed : gap(what);
}

/** Ends a free-text answer with a full stop unless it already ends a sentence. */
function sentence(value: string | undefined, what: string): Inline[] {
  const trimmed = value?.trim();
  if (!trimmed) return [gap(what), "."];
  return [/[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`];
}

function roleNames(c: Case, pick: (c: Case) => ReturnType<typeof contractors>, singular: string): Inline {
  const names = joinNames(pick(c).map(partyName));
  return names ?? gap(singular);
}

function months(value: number): string {
  return value === 1 ? "en månad" : `${formatNumber(value)} månader`;
}

const DRAFTS: Record<ClauseId, (c: Case) => Block[]> = {
  parter: (c) => {
    if (c.parties.length === 0) return [paragraph("Avtalet ingås mellan ", gap("avtalets parter"), ".")];
    return [
      paragraph("Detta avtal om avtalssamverkan enligt 9 kap. 37 § kommunallagen (2017:725) ingås mellan följande parter:"),
      bullets(
        c.parties.map((p) => {
          const type = typeIfNotInName(p);
          const details: Inline[] = [];
          if (type) details.push(type, ", ");
          if (p.officialCode) details.push(`${codeLabel(p.officialCode)} ${p.officialCode}`);
          else details.push("organisationsnummer ", gap(`organisationsnummer för ${partyName(p)}`));
          const role: Inline = p.role === "uppdragstagare" ? "uppdragstagare" : p.role === "uppdragsgivare" ? "uppdragsgivare" : p.role === "bada" ? "både uppdragsgivare och uppdragstagare" : gap(`roll för ${partyName(p)}`);
          return [partyName(p), " (", ...details, "), nedan ", role];
        }),
      ),
    ];
  },
  uppdrag: (c) => {
    const blocks: Block[] = [paragraph(roleNames(c, contractors, "uppdragstagare"), " ska på uppdrag av ", roleNames(c, clients, "uppdragsgivare"), " utföra följande uppgifter:")];
    blocks.push(bullets(c.tasks.length ? c.tasks.map((t) => [orGap(t.description, "uppgiftens beskrivning")]) : [[gap("uppdragstagarens uppgifter")]]));
    blocks.push(paragraph("I uppdraget ingår: ", ...sentence(c.needs.inScope, "vad som ingår i uppdraget")));
    blocks.push(paragraph("I uppdraget ingår inte: ", ...sentence(c.needs.outOfScope, "vad som inte ingår i uppdraget")));
    const authority = c.tasks.some((t) => t.kind === "myndighetsutovning");
    blocks.push(
      paragraph(
        "Uppdragsgivaren är fortsatt huvudman för uppgifterna och ansvarar för att de fullgörs enligt lag.",
        authority ? " Beslut som innebär myndighetsutövning fattas av uppdragsgivarens nämnd eller av den som nämnden har delegerat beslutanderätten till enligt avsnittet om extern delegering." : "",
      ),
    );
    return blocks;
  },
  extern_delegering: (c) => {
    const d = c.delegation;
    if (d.used === false) return [paragraph("Ingen beslutanderätt delegeras till anställda hos uppdragstagaren enligt detta avtal.")];
    if (d.used === undefined) return [paragraph("Om beslutanderätt ska delegeras till anställda hos uppdragstagaren: ", gap("beslut om extern delegering"), ".")];
    return [
      paragraph("Uppdragsgivarens nämnd får uppdra åt anställda hos uppdragstagaren att besluta på nämndens vägnar i följande ärenden: ", ...sentence(d.scope, "delegeringens omfattning")),
      paragraph(
        "Delegeringen beslutas av varje uppdragsgivares nämnd i dess delegationsordning och kan bara ges till anställda hos uppdragstagaren. ",
        d.subDelegation ? `${SUB_DELEGATION_LABELS[d.subDelegation].replace(/^./, (ch) => ch.toUpperCase())}.` : gap("om vidaredelegering är tillåten"),
      ),
    ];
  },
  ekonomi: (c) => {
    const f = economyFacts(c);
    // "Uppdragsgivarna" beside one client read as a mistake in the agreement (a walk).
    const oneClient = f.parties.filter((p) => !p.isContractor).length === 1;
    // A price below the cost was chosen (ECON_COMPENSATION_BELOW_COST, which asks for it to be
    // explained): "den ska täcka uppdragstagarens kostnader" then contradicted the agreement's own
    // price (a jurist's review of the texts).
    const compared = compensationAgainstCost(c);
    const belowCost = compared !== undefined && compared.payments < compared.cost - 1;
    const blocks: Block[] = [
      paragraph(
        belowCost
          ? "Ersättningen bestäms enligt självkostnadsprincipen och får inte överstiga uppdragstagarens kostnader för uppdraget. Den avtalade ersättningen understiger den beräknade självkostnaden. Uppdragstagarens självkostnad för den gemensamma verksamheten beräknas till "
          : "Ersättningen bestäms enligt självkostnadsprincipen: den ska täcka uppdragstagarens kostnader för uppdraget men inte överstiga dem. Uppdragstagarens självkostnad för den gemensamma verksamheten beräknas till ",
        f.selfCostBudgetKr !== undefined ? formatKronor(f.selfCostBudgetKr) : gap("uppdragstagarens självkostnad per år"),
        " per år.",
      ),
      paragraph("Kostnaden fördelas mellan parterna ", f.splitMethod ?? gap("fördelningsgrund"), "."),
    ];
    const fixedTerm = f.termKind === "fast";
    blocks.push({
      kind: "table",
      caption: "Kostnadsfördelning",
      header: fixedTerm ? ["Part", "Andel", "Per år", overTermHeading({ months: f.termMonths, extensionMonths: f.extensionMonths })] : ["Part", "Andel", "Per år"],
      numericColumns: fixedTerm ? [1, 2, 3] : [1, 2],
      rows: f.parties.map((p) => [
        [p.partyName, p.isContractor ? " (uppdragstagare, bär sin andel för egna invånare)" : ""],
        [p.sharePercent !== undefined ? formatPercent(p.sharePercent) : gap(`kostnadsandel för ${p.partyName}`)],
        [p.yearlyShareKr !== undefined ? formatKronor(p.yearlyShareKr) : gap(`belopp per år för ${p.partyName}`)],
        ...(fixedTerm ? [[termAmount(p) !== undefined ? formatKronor(termAmount(p)!) : gap(`belopp under avtalstiden för ${p.partyName}`)] as Inline[]] : []),
      ]),
    });
    if (f.counterPerformance) {
      blocks.push(
        paragraph(
          "Ersättningen lämnas som motprestation: ",
          ...sentence(f.counterPerformance.description, "vilken uppgift som utförs i utbyte"),
          " Motprestationens värde per år: ",
          f.counterPerformance.annualValueKr !== undefined ? formatKronor(f.counterPerformance.annualValueKr) : gap("motprestationens värde per år"),
          ".",
        ),
      );
      // No invoicing terms: the answers do not settle them, and a draft invents no term (a walk).
    } else blocks.push(paragraph(oneClient ? "Uppdragsgivaren betalar sin andel i pengar." : "Uppdragsgivarna betalar sina andelar i pengar."));
    if (f.fixedTotalPriceKr !== undefined) blocks.push(paragraph(`För hela avtalstiden, inklusive förlängningar, gäller ett fast totalpris om ${formatKronor(f.fixedTotalPriceKr)}.`));
    else if (f.pricePerMonthKr !== undefined) blocks.push(paragraph(oneClient ? `Uppdragsgivaren betalar ${formatKronor(f.pricePerMonthKr)} per månad.` : `Uppdragsgivarna betalar tillsammans ${formatKronor(f.pricePerMonthKr)} per månad.`));
    blocks.push(paragraph("Underskott och överskott: ", ...sentence(f.deficitSharing, "hur underskott och överskott fördelas")));
    blocks.push(paragraph(`Uppdragstagaren redovisar kostnaderna för uppdraget skilt från sin övriga verksamhet och lämnar varje år en redovisning av det faktiska utfallet till ${oneClient ? "uppdragsgivaren" : "uppdragsgivarna"}.`));
    return blocks;
  },
  informationshantering: (c) => {
    const i = c.information;
    return [
      paragraph(
        i.registrationRoutine ? "Allmänna handlingar i uppdraget registreras enligt offentlighets- och sekretesslagen (2009:400). " : "",
        i.archivingRoutine ? "Handlingarna arkiveras enligt arkivlagen (1990:782) och respektive parts arkivreglemente. " : "",
        !i.registrationRoutine || !i.archivingRoutine ? "Hur handlingar registreras och arkiveras och hos vilken part: " : "",
        !i.registrationRoutine || !i.archivingRoutine ? gap("rutin för registrering och arkivering") : "",
      ),
      paragraph("Säkerhetsrutiner: ", ...sentence(i.securityRoutines, "säkerhetsrutiner")),
    ];
  },
  uppfoljning: (c) => [
    paragraph(...sentence(c.control.followUpRoutine, "hur uppdraget följs upp")),
    paragraph("Intern kontroll: ", ...sentence(c.control.internalControl, "hur uppdraget ingår i den interna kontrollen")),
    ...(c.control.annualReportToCouncil
      ? [paragraph("Uppdragstagaren lämnar varje år en rapport om uppdraget som underlag för varje uppdragsgivares uppföljning och redovisning till sin nämnd och sitt fullmäktige.")]
      : []),
  ],
  avtalstid: (c) => {
    const f = economyFacts(c);
    // When fullmäktige is to decide (KL 5 kap. 1 §), a signature before its decision would bind the
    // party without the decision the tjänsteskrivelse asks for: the agreement waits for it (a legal review).
    const council = councilDecisionNeeded(c)
      ? [paragraph("Avtalet gäller under förutsättning att det godkänns av fullmäktige hos de parter där ärendet ska avgöras av fullmäktige, genom beslut som vinner laga kraft.")]
      : [];
    if (f.termKind === "tillsvidare") return [paragraph("Avtalet gäller från och med den dag då samtliga parter har undertecknat det och löper tills vidare."), ...council];
    return [
      paragraph(
        "Avtalet gäller från och med den dag då samtliga parter har undertecknat det och löper i ",
        f.termMonths !== undefined ? months(f.termMonths) : gap("avtalstid"),
        ".",
        f.extensionMonths ? ` Parterna kan gemensamt förlänga avtalet med sammanlagt högst ${months(f.extensionMonths)}.` : "",
      ),
      ...council,
    ];
  },
  uppsagning: (c) => {
    const f = economyFacts(c);
    const takeBack = c.organisation.takeBackDescription?.trim();
    return [
      paragraph(
        "Varje part får säga upp avtalet skriftligen med ",
        f.noticePeriodMonths !== undefined ? `${months(f.noticePeriodMonths)}s` : gap("uppsägningstid"),
        " uppsägningstid.",
      ),
      paragraph(
        "När avtalet upphör lämnar uppdragstagaren över de ärenden och handlingar som uppdragsgivaren behöver för att ta tillbaka uppgiften, i den mån lag inte hindrar det. ",
        ...(takeBack ? sentence(takeBack, "") : ["Hur uppdragsgivaren tar tillbaka uppgifterna: ", gap("plan för återtagande av uppgifterna"), "."]),
      ),
    ];
  },
  dataskydd: (c) => {
    // In a municipality the controller is the responsible nämnd, not "the municipality" or "the parties".
    const model = c.information.controllerModel;
    // The clause states only what the editors have answered: the social services' own data rules are
    // asserted only once they have been gone through, otherwise they are an open point.
    const sensitive: Inline[] =
      c.information.sensitiveData === true
        ? [" Behandlingen omfattar känsliga personuppgifter (artikel 9 i dataskyddsförordningen)."]
        : c.information.sensitiveData === undefined
          ? [" Om känsliga personuppgifter (artikel 9) behandlas: ", gap("om känsliga personuppgifter behandlas"), "."]
          : [];
    const socialRules: Inline[] =
      c.information.socialServicesDataRulesChecked === true
        ? [" Behandlingen sker enligt socialtjänstens särskilda regler för behandling av personuppgifter, som parterna har gått igenom."]
        : [" Vilka av socialtjänstens särskilda regler för behandling av personuppgifter som gäller: ", gap("genomgång av socialtjänstens regler för behandling av personuppgifter"), "."];
    sensitive.push(...socialRules);
    if (model === "personuppgiftsbitrade") {
      return [
        paragraph(
          "Personuppgiftsansvarig är den nämnd hos uppdragsgivaren som ansvarar för uppgiften. Uppdragstagarens ansvariga nämnd behandlar personuppgifterna för dess räkning som personuppgiftsbiträde, enligt ett personuppgiftsbiträdesavtal (artikel 28 i dataskyddsförordningen) som bifogas detta avtal.",
          ...sensitive,
        ),
      ];
    }
    if (model === "gemensamt_personuppgiftsansvar") {
      return [
        paragraph(
          "Parternas ansvariga nämnder är gemensamt personuppgiftsansvariga för behandlingen i uppdraget och fördelar ansvaret för skyldigheterna enligt dataskyddsförordningen i ett skriftligt arrangemang enligt artikel 26, som bifogas detta avtal.",
          ...sensitive,
        ),
      ];
    }
    if (model === "separata_personuppgiftsansvariga") {
      return [
        paragraph(
          "Varje parts ansvariga nämnd är personuppgiftsansvarig för den behandling av personuppgifter som den själv utför i uppdraget. Personuppgifter lämnas mellan parterna endast när det finns rättslig grund för det och stöd i sekretessreglerna.",
          ...sensitive,
        ),
      ];
    }
    return [paragraph("Vilken nämnd som är personuppgiftsansvarig och om uppdragstagaren är personuppgiftsbiträde: ", gap("personuppgiftsansvar"), ".", ...sensitive)];
  },
  sekretess: (c) => [
    paragraph(
      "Uppgifter som omfattas av sekretess lämnas mellan parterna endast när det finns stöd för det i lag. Parterna stödjer sig på: ",
      // "Vet inte – juristen ska ta ställning" is no stated basis: it stays an open point.
      ...sentence(isUndecidedAnswer(c.information.secrecyLegalBasis) ? undefined : c.information.secrecyLegalBasis, "lagstöd för att lämna sekretessbelagda uppgifter"),
    ),
    paragraph("Vilken bestämmelse i offentlighets- och sekretesslagen som gäller, och hur tystnadsplikten gäller för uppdragstagarens anställda, ska verifieras av jurist: ", gap("verifierat lagstöd för sekretess"), "."),
  ],
  arbetsresultat: () => [
    paragraph("Rätten till material och andra arbetsresultat som tas fram i uppdraget, inklusive upphovsrätt, tillfaller ", gap("vem som har rätten till arbetsresultat"), ". Övriga parter får använda materialet i sin egen verksamhet."),
  ],
  forsakring: (c) => [
    paragraph(roleNames(c, contractors, "uppdragstagare"), " ansvarar för att verksamheten i uppdraget är försäkrad, även när den utförs åt andra parter. Försäkringens omfattning: ", gap("försäkringsskydd"), "."),
  ],
  personal_arbetsmiljo: (c) => [
    paragraph(
      // The editors' own description replaces the generic sentence, so nothing is said twice.
      ...(c.staff.workEnvironmentDescription?.trim()
        ? sentence(c.staff.workEnvironmentDescription, "")
        : ["Uppdragstagaren är arbetsgivare för den personal som utför uppdraget och har arbetsledningen och arbetsmiljöansvaret för den. Hur arbetsmiljöansvaret samordnas mellan parterna: ", gap("samordning av arbetsmiljöansvaret"), "."]),
      c.staff.changesEmployer ? " Personal som byter arbetsgivare kan omfattas av reglerna om övergång av verksamhet (6 b § lagen om anställningsskydd); det ska verifieras." : "",
    ),
  ],
};

/** The draft of one clause from the case's answers. */
export function clauseDraftBlocks(c: Case, clauseId: ClauseId): Block[] {
  return DRAFTS[clauseId](c);
}
