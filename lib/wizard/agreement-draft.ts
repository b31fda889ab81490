import {
  CLAUSE_GAP,
  COST_SPLIT_METHOD_LABELS,
  PARTY_ROLE_LABELS,
  PARTY_TYPE_LABELS,
  SUB_DELEGATION_LABELS,
  TASK_KIND_LABELS,
  type Case,
  type ClauseId,
} from "@/lib/case";
import { formatKronor, formatNumber, formatPercent } from "@/lib/format";
import { splitYearlyCost } from "./cost-split";

// Drafts are starting points built from the answers: the parties edit them, and anything the
// answers do not settle is marked "[…]" so it cannot pass unnoticed into a signed agreement.
const GAP = CLAUSE_GAP;

function sensitiveSentence(c: Case): string {
  if (c.information.sensitiveData === true) {
    return "\n\nBehandlingen omfattar känsliga personuppgifter (dataskyddsförordningen artikel 9) och sker enligt socialtjänstens särskilda regler för behandling av personuppgifter.";
  }
  if (c.information.sensitiveData === undefined) return `\n\nOm känsliga personuppgifter (artikel 9) behandlas: ${GAP}`;
  return "";
}

function list(items: string[]): string {
  return items.length ? items.map((item) => `– ${item}`).join("\n") : `– ${GAP}`;
}

function orGap(value: string | undefined): string {
  return value?.trim() ? value.trim() : GAP;
}

const DRAFTS: Record<ClauseId, (c: Case) => string> = {
  parter: (c) =>
    `Detta avtal om avtalssamverkan enligt kommunallagen (2017:725) 9 kap. 37 § ingås mellan följande parter:\n${list(
      c.parties.map(
        (p) =>
          `${orGap(p.name)}${p.type ? ` (${PARTY_TYPE_LABELS[p.type]}${p.officialCode ? `, kod ${p.officialCode}` : ""})` : ""}, ${
            p.role ? PARTY_ROLE_LABELS[p.role] : `roll ${GAP}`
          }`,
      ),
    )}`,
  uppdrag: (c) =>
    `Uppdragstagaren ska utföra följande uppgifter åt uppdragsgivaren:\n${list(
      c.tasks.map((t) => `${orGap(t.description)}${t.kind ? ` (${TASK_KIND_LABELS[t.kind]})` : ""}`),
    )}\n\nI uppdraget ingår: ${orGap(c.needs.inScope)}\nI uppdraget ingår inte: ${orGap(c.needs.outOfScope)}\n\nHuvudmannaskapet för uppgifterna ligger kvar hos uppdragsgivaren.`,
  extern_delegering: (c) => {
    const d = c.delegation;
    if (d.used === false) return "Ingen beslutanderätt delegeras till uppdragstagaren enligt detta avtal.";
    if (d.used === undefined) return `Om beslutanderätt delegeras till anställda hos uppdragstagaren: ${GAP}`;
    return `Uppdragsgivarens nämnd får uppdra åt anställda hos uppdragstagaren att besluta på nämndens vägnar i följande ärenden: ${orGap(
      d.scope,
    )}\n\nDelegering sker endast till anställda hos uppdragstagaren, aldrig till konsulter eller andra uppdragstagare. ${
      d.subDelegation ? `${SUB_DELEGATION_LABELS[d.subDelegation].replace(/^./, (ch) => ch.toUpperCase())}.` : `Vidaredelegering: ${GAP}.`
    }`;
  },
  ekonomi: (c) => {
    const e = c.economy;
    const split = splitYearlyCost(c);
    const shares = split.rows.map((row) => {
      const share = row.percent !== undefined ? formatPercent(row.percent) : GAP;
      if (row.role === "uppdragstagare") {
        return `${row.partyName}: ${share}${row.perYear !== undefined ? `, ${formatKronor(row.perYear)} per år, som ${row.partyName} bär för sina egna invånare` : ""}`;
      }
      const term = row.overTerm !== undefined ? ` och ${formatKronor(row.overTerm)} över avtalstiden` : "";
      return `${row.partyName}: ${share}${row.perYear !== undefined ? `, ${formatKronor(row.perYear)} per år${term}` : ""}`;
    });
    const payment =
      e.compensationForm === "motprestation"
        ? `Ersättningen lämnas som motprestation: ${orGap(e.counterPerformance.description)} Motprestationens värde per år: ${
            e.counterPerformance.annualValue !== undefined ? formatKronor(e.counterPerformance.annualValue) : GAP
          }.`
        : "Uppdragsgivarna betalar sina andelar i pengar.";
    const price =
      e.fixedTotalPrice !== undefined
        ? `\n\nFör hela avtalstiden, inklusive förlängningar, gäller ett fast totalpris om ${formatKronor(e.fixedTotalPrice)}.`
        : e.pricePerMonth !== undefined
          ? `\n\nUppdragsgivarna betalar tillsammans ${formatKronor(e.pricePerMonth)} per månad.`
          : "";
    return `Uppdragstagarens självkostnad för den gemensamma verksamheten beräknas till ${
      split.budget !== undefined ? formatKronor(split.budget) : GAP
    } per år. Ersättningen ska täcka självkostnaden men inte överstiga den (självkostnadsprincipen, kommunallagen 2 kap. 6 §).\n\nKostnaderna fördelas ${
      e.costSplitMethod ? COST_SPLIT_METHOD_LABELS[e.costSplitMethod] : `enligt en fördelningsgrund som ska bestämmas: ${GAP}`
    }:\n${list(shares)}\n\n${payment}${price}\n\nUnderskott och överskott hanteras så här: ${orGap(e.deficitSharing)}\n\nUppdragstagaren redovisar kostnaderna för uppdraget skilt från sin övriga verksamhet och lämnar redovisningen till uppdragsgivarna årligen.`;
  },
  informationshantering: (c) => {
    const i = c.information;
    const routines = [
      i.registrationRoutine ? "handlingar registreras (diarieförs) enligt offentlighets- och sekretesslagen" : `registrering av handlingar: ${GAP}`,
      i.archivingRoutine ? "handlingar arkiveras enligt arkivlagen och parternas arkivreglementen" : `arkivering: ${GAP}`,
    ];
    return `Parterna hanterar handlingar och information i uppdraget enligt följande rutiner:\n${list(routines)}\n\nSäkerhetsrutiner: ${orGap(i.securityRoutines)}`;
  },
  uppfoljning: (c) =>
    `Uppdraget följs upp enligt följande: ${orGap(c.control.followUpRoutine)}\n\nIntern kontroll: ${orGap(c.control.internalControl)}\n\n${
      c.control.annualReportToCouncil ? "Uppdragstagaren lämnar varje år en rapport om uppdraget som underlag för uppdragsgivarens redovisning till fullmäktige." : `Årlig rapportering till fullmäktige: ${GAP}`
    }`,
  avtalstid: (c) => {
    const t = c.economy.term;
    if (t.kind === "tillsvidare") return "Avtalet gäller från och med dagen då samtliga parter har undertecknat det och löper tills vidare.";
    return `Avtalet gäller i ${t.months !== undefined ? `${formatNumber(t.months)} månader` : GAP} från och med dagen då samtliga parter har undertecknat det.${
      t.extensionMonths ? ` Parterna kan förlänga avtalet med sammanlagt högst ${formatNumber(t.extensionMonths)} månader.` : ""
    }`;
  },
  uppsagning: (c) =>
    `Varje part får säga upp avtalet skriftligen med ${
      c.agreement.noticePeriodMonths !== undefined ? `${formatNumber(c.agreement.noticePeriodMonths)} månaders` : GAP
    } uppsägningstid. Uppdragsgivaren kan ta tillbaka uppgifterna och ska då få de handlingar som hör till uppdraget. ${
      c.organisation.takeBackDescription?.trim() ?? ""
    }`.trim(),
  dataskydd: (c) => {
    // In a municipality the controller is the responsible nämnd, not "the municipality" or "the parties".
    if (c.information.controllerModel === "personuppgiftsbitrade") {
      return `Personuppgiftsansvarig är den nämnd hos uppdragsgivaren som ansvarar för uppgiften. Uppdragstagarens ansvariga nämnd behandlar personuppgifter för dess räkning som personuppgiftsbiträde, enligt ett personuppgiftsbiträdesavtal (dataskyddsförordningen artikel 28) som bifogas detta avtal.${sensitiveSentence(c)}`;
    }
    if (c.information.controllerModel === "gemensamt_personuppgiftsansvar") {
      return `Parternas ansvariga nämnder är gemensamt personuppgiftsansvariga för behandlingen i uppdraget och har i ett skriftligt arrangemang enligt dataskyddsförordningen artikel 26 fördelat ansvaret för att fullgöra skyldigheterna enligt förordningen. Arrangemanget bifogas detta avtal.${sensitiveSentence(c)}`;
    }
    return `Ansvaret för personuppgifter i uppdraget (gemensamt personuppgiftsansvar enligt dataskyddsförordningen artikel 26, eller personuppgiftsbiträde enligt artikel 28): ${GAP}`;
  },
  sekretess: (c) =>
    `Uppgifter som omfattas av sekretess lämnas mellan parterna endast med stöd av ${orGap(
      c.information.secrecyLegalBasis,
    )}. Vilken bestämmelse i offentlighets- och sekretesslagen som gör det möjligt, och hur tystnadsplikten gäller för uppdragstagarens anställda, ska verifieras av jurist: ${GAP}`,
  arbetsresultat: () =>
    `Rätten till arbetsresultat och material som tas fram i uppdraget, inklusive upphovsrätt, tillfaller ${GAP}. Övriga parter får använda materialet i sin egen verksamhet.`,
  forsakring: () => `Uppdragstagaren ansvarar för att verksamheten är försäkrad enligt följande: ${GAP}.`,
  personal_arbetsmiljo: (c) =>
    `Uppdragstagaren är arbetsgivare för den personal som utför uppdraget och har arbetsmiljöansvaret för den. ${
      c.staff.workEnvironmentDescription?.trim() || `Samordning av arbetsmiljöansvaret mellan parterna: ${GAP}.`
    }${c.staff.changesEmployer ? " Personal som byter arbetsgivare omfattas av reglerna om övergång av verksamhet (lagen om anställningsskydd 6 b §)." : ""}`,
};

/** A draft text for the clause built from the case's answers; gaps are marked "[…]". */
export function draftClause(c: Case, clauseId: ClauseId): string {
  return DRAFTS[clauseId](c);
}

export const DRAFT_GAP = GAP;

