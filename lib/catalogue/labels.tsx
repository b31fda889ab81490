import { AREAS, BROAD_POPULATION, GROUP_LABELS, POPULATION_LABELS, populationBandsWithin } from "@/lib/anonymisation";
import { COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS } from "@/lib/case/enums";
import { MAIN_GROUPS, MUNICIPALITY_GROUP_IDS } from "@/lib/reference/municipalities";
import { MUNICIPALITY_GROUP_HINT } from "./wording";

const NOT_PUBLISHED = "Utelämnat för att skydda ärendet";

/** A filter's choices in two levels: each wider value ("… (hela huvudgruppen)") followed by its finer ones ("– …"). */
function nestedOptions(wide: readonly string[], within: (wide: string) => readonly string[], label: (value: string) => string, whole: string): ReadonlyArray<[string, string]> {
  return wide.flatMap((w): [string, string][] => [[w, `${label(w)} (${whole})`], ...within(w).map((fine): [string, string] => [fine, `– ${label(fine)}`])]);
}

/**
 * The kommungrupp filter's choices: each main group (an example published with only its main
 * group, or any of its groups) followed by its own groups, in SKR's order. A walk found the nine
 * groups and then the three main groups in one list, with nothing saying what A meant beside A1.
 */
export const GROUP_FILTER_OPTIONS = nestedOptions(Object.keys(MAIN_GROUPS), (main) => MUNICIPALITY_GROUP_IDS.filter((group) => group.startsWith(main)), (g) => GROUP_LABELS[g]!, "hela huvudgruppen");

/** The population filter's choices: each broad band followed by its finer bands, as the kommungrupp filter lists main groups. */
export const POPULATION_FILTER_OPTIONS = nestedOptions([...new Set(Object.values(BROAD_POPULATION))], (broad) => populationBandsWithin(broad).slice(1), (b) => POPULATION_LABELS[b]!, "hela intervallet");

/** Swedish labels of the published quasi-identifiers; null means it was left out (k-anonymity). */
export const describe = {
  area: (v: string | null) => (v ? (AREAS[v as keyof typeof AREAS] ?? v) : NOT_PUBLISHED),
  municipalityGroup: (v: string | null) => (v ? (GROUP_LABELS[v] ?? v) : NOT_PUBLISHED),
  populationBand: (v: string | null) => (v ? (POPULATION_LABELS[v] ?? v) : NOT_PUBLISHED),
  partyCount: (v: string | null) => (v ? `${v} parter` : NOT_PUBLISHED),
  collaborationForm: (v: string | null) => (v ? (COLLABORATION_FORM_LABELS[v as keyof typeof COLLABORATION_FORM_LABELS] ?? v) : NOT_PUBLISHED),
  procurementRoute: (v: string | null) => (v ? (PROCUREMENT_ROUTE_LABELS[v as keyof typeof PROCUREMENT_ROUTE_LABELS] ?? v) : NOT_PUBLISHED),
};

export interface PublishedFacts {
  area: string | null;
  municipalityGroup: string | null;
  populationBand: string | null;
  partyCount: string | null;
  collaborationForm: string | null;
  procurementRoute: string | null;
  year: number;
}

export function FactList({ facts }: { facts: PublishedFacts }) {
  const rows: Array<[string, string]> = [
    ["Verksamhetsområde", describe.area(facts.area)],
    ["Kommungrupp", describe.municipalityGroup(facts.municipalityGroup)],
    ["Invånare (parterna tillsammans)", describe.populationBand(facts.populationBand)],
    ["Antal parter", describe.partyCount(facts.partyCount)],
    ["Samverkansform", describe.collaborationForm(facts.collaborationForm)],
    ["Upphandlingsväg", describe.procurementRoute(facts.procurementRoute)],
    ["Ärendets år", String(facts.year)],
  ];
  return (
    <>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* The grouping is unconfirmed data: said once, beside the list, not in the value. */}
      {facts.municipalityGroup ? <p className="mt-2 max-w-3xl text-sm text-slate-700">{MUNICIPALITY_GROUP_HINT}</p> : null}
    </>
  );
}
