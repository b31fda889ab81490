import { AREAS, GROUP_LABELS, POPULATION_LABELS } from "@/lib/anonymisation";
import { COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS } from "@/lib/case/enums";
import type { CatalogueQuery } from "./schemas";

/** The catalogue's filters, in the order of the form: the query key and the label the form shows. */
export const FILTERS = [
  ["area", "Verksamhetsområde"],
  ["form", "Samverkansform"],
  ["route", "Upphandlingsväg"],
  ["group", "Kommungrupp"],
  ["band", "Invånare"],
  // The year the procurement starts by the answers (step 2A), else the year the case began: "År"
  // alone read as the year of approval (a walk), which the example states apart.
  ["year", "Ärendets år"],
] as const satisfies ReadonlyArray<readonly [keyof CatalogueQuery, string]>;

const VALUE_LABELS: Record<(typeof FILTERS)[number][0], (v: string) => string> = {
  area: (v) => AREAS[v as keyof typeof AREAS] ?? v,
  form: (v) => COLLABORATION_FORM_LABELS[v as keyof typeof COLLABORATION_FORM_LABELS] ?? v,
  route: (v) => PROCUREMENT_ROUTE_LABELS[v as keyof typeof PROCUREMENT_ROUTE_LABELS] ?? v,
  group: (v) => GROUP_LABELS[v] ?? v,
  band: (v) => POPULATION_LABELS[v] ?? v,
  year: (v) => v,
};

/** Said once where a kommungrupp is shown: the grouping of each municipality is not yet checked against SKR's list. */
export const MUNICIPALITY_GROUP_HINT = "Kommungruppen följer SKR:s kommungruppsindelning men är ännu inte kontrollerad mot SKR:s lista för varje kommun.";

// Many examples state only the main group (the k-anonymity check coarsens it): said beside the
// filter, since a walk found "A (hela huvudgruppen)" 10 examples and A1 and A2 together 3.
export const GROUP_FILTER_HINT = `${MUNICIPALITY_GROUP_HINT} Många exempel anger bara huvudgruppen (A, B eller C), för att inte kunna pekas ut: de kommer med när du väljer hela huvudgruppen, inte en enskild kommungrupp.`;

/** "1–4 ärenden" for a minimum of 5 (`noun: false`: "1–4"): the counts SKR's statistics hide (zeros are shown). */
export function hiddenCountRange(minCount: number, noun = true): string {
  const range = minCount <= 2 ? "1" : `1–${minCount - 1}`;
  return noun ? `${range} ${range === "1" ? "ärende" : "ärenden"}` : range;
}

/** The filters a search has chosen, as "Label: value", in the order of the form. */
export function chosenFilters(query: Partial<CatalogueQuery>): string[] {
  return FILTERS.flatMap(([key, label]) => {
    const value = query[key];
    return value === undefined || value === "" ? [] : [`${label}: ${VALUE_LABELS[key](String(value))}`];
  });
}

/**
 * Why the catalogue shows no example. "None published yet" only when nothing narrowed the
 * search: with a word or a filter chosen, the reader must learn that their choice found nothing
 * and which choice it was, so they can change it.
 */
export function emptyCatalogueMessage(query: Partial<CatalogueQuery>): { narrowed: boolean; text: string } {
  const filters = chosenFilters(query);
  const words = query.q?.trim();
  if (!words && filters.length === 0) return { narrowed: false, text: "Inga exempel är publicerade än." };
  const what = [words ? `sökningen ”${words}”` : null, filters.length ? `${filters.length === 1 ? "filtret" : "filtren"} ${filters.join(", ")}` : null]
    .filter(Boolean)
    .join(" med ");
  return { narrowed: true, text: `Inga publicerade exempel matchar ${what}. Pröva ett annat ord eller färre filter.` };
}

/** The step texts lib/anonymisation/k-anonymity.ts writes, as SKR staff should read them. */
const PLAIN_STEPS: Record<string, string> = {
  "kommungruppen ersattes av huvudgruppen (a, b eller c)": "Kommungruppen anges bara som huvudgrupp (A, B eller C).",
  "befolkningsintervallet gjordes bredare": "Antalet invånare anges i ett bredare intervall.",
  "antalet parter anges som 2 eller fler": "Antalet parter anges bara som 2 eller fler.",
  "befolkningsintervallet utelämnades": "Antalet invånare anges inte.",
  "kommungruppen utelämnades": "Kommungruppen anges inte.",
  "upphandlingsvägen utelämnades": "Upphandlingsvägen anges inte.",
  "samverkansformen utelämnades": "Samverkansformen anges inte.",
  "antalet parter utelämnades": "Antalet parter anges inte.",
};

/** A detail coarsened and later left out is only left out: both read as a contradiction (a walk). */
const SUPERSEDED: Record<string, string> = {
  "Kommungruppen anges bara som huvudgrupp (A, B eller C).": "Kommungruppen anges inte.",
  "Antalet invånare anges i ett bredare intervall.": "Antalet invånare anges inte.",
  "Antalet parter anges bara som 2 eller fler.": "Antalet parter anges inte.",
};

/**
 * What was made less precise or left out of an example, in plain Swedish. The stored steps
 * are written for the editors who publish (they state how few cases shared the details and the
 * threshold k); SKR staff need only what changed, so the counts are dropped: they serve no
 * reader of the catalogue and are themselves small numbers about few cases.
 */
export function plainGeneralisations(steps: readonly string[]): string[] {
  const plain = steps.map((step) => {
    // A step reads "<what changed>: <why, with counts>"; only the first part is for the reader.
    const what = step.split(":")[0]!.trim();
    const known = PLAIN_STEPS[what.toLowerCase()];
    if (known) return known;
    // A step text this list does not know yet: its first part, which never holds a count.
    return `${what.charAt(0).toUpperCase()}${what.slice(1)}.`;
  });
  return [...new Set(plain)].filter((line) => !(SUPERSEDED[line] && plain.includes(SUPERSEDED[line])));
}

/**
 * A goal line of an example's "Mätbara mål" section, with a full stop between the goal and its
 * key figure: the published text joins them as "• <goal> Nyckeltal: …", which ran the goal and
 * the key figure together when the goal did not end a sentence of its own.
 */
export function separateKeyFigure(line: string): string {
  const at = line.indexOf(" Nyckeltal: ");
  if (at < 0) return line;
  const goal = line.slice(0, at).trimEnd();
  // A goal that ends a sentence, or a bullet without a goal, needs no full stop.
  if (/[.!?:;]$/.test(goal) || /^•?$/.test(goal.trim())) return line;
  return `${goal}.${line.slice(at)}`;
}
