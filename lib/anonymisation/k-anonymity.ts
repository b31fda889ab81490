import { MAIN_GROUPS, MUNICIPALITY_GROUPS, type MunicipalityGroup, mainGroupOf } from "../reference/municipalities";
import { POPULATION_BANDS, type PopulationBandId } from "./patterns";
import { NOUNS, formatCount } from "../format/count";

/**
 * The quasi-identifiers of an example: together they could single out a case even with
 * every name removed. null means unknown or left out.
 */
export interface QuasiIdentifiers {
  municipalityGroup: string | null;
  populationBand: string | null;
  partyCount: string | null;
  area: string | null;
  collaborationForm: string | null;
  procurementRoute: string | null;
}
export type QuasiField = keyof QuasiIdentifiers;

export const QUASI_FIELD_LABELS: Record<QuasiField, string> = {
  municipalityGroup: "kommungrupp",
  populationBand: "befolkningsintervall",
  partyCount: "antal parter",
  area: "verksamhetsområde",
  collaborationForm: "samverkansform",
  procurementRoute: "upphandlingsväg",
};

export const DEFAULT_K = 3;

/** One generalisation: a function applied to every record, with the reason shown to the editors. */
interface Step {
  field: QuasiField;
  describe: string;
  apply: (value: string | null) => string | null;
}

export const BROAD_POPULATION: Record<string, string> = {
  "under-10000": "under-25000",
  "10000-24999": "under-25000",
  "25000-49999": "25000-99999",
  "50000-99999": "25000-99999",
  "100000-199999": "100000-",
  "200000-": "100000-",
};
export const POPULATION_LABELS: Record<string, string> = {
  ...Object.fromEntries(POPULATION_BANDS.map((b) => [b.id, b.label])),
  "under-25000": "färre än 25 000 invånare",
  "25000-99999": "25 000–99 999 invånare",
  "100000-": "100 000 invånare eller fler",
};

export const GROUP_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(MUNICIPALITY_GROUPS).map(([id, label]) => [id, `${id} ${label}`])),
  ...Object.fromEntries(Object.entries(MAIN_GROUPS).map(([id, label]) => [id, `${id} ${label}`])),
};

export function partyCountLabel(count: number): string {
  return count <= 2 ? "2" : count <= 4 ? "3–4" : "5 eller fler";
}

// In order: first coarser values, then leaving out the fields that matter least to a reader.
// The area of activity is never left out: an example without it is of no use in the
// catalogue, so such an example waits until enough cases share it.
const STEPS: Step[] = [
  {
    field: "municipalityGroup",
    describe: "kommungruppen ersattes av huvudgruppen (A, B eller C)",
    apply: (v) => (v && v in MUNICIPALITY_GROUPS ? mainGroupOf(v as MunicipalityGroup) : v),
  },
  { field: "populationBand", describe: "befolkningsintervallet gjordes bredare", apply: (v) => (v ? (BROAD_POPULATION[v] ?? v) : v) },
  { field: "partyCount", describe: "antalet parter anges som 2 eller fler", apply: (v) => (v ? "2 eller fler" : v) },
  { field: "populationBand", describe: "befolkningsintervallet utelämnades", apply: () => null },
  { field: "municipalityGroup", describe: "kommungruppen utelämnades", apply: () => null },
  { field: "procurementRoute", describe: "upphandlingsvägen utelämnades", apply: () => null },
  { field: "collaborationForm", describe: "samverkansformen utelämnades", apply: () => null },
  { field: "partyCount", describe: "antalet parter utelämnades", apply: () => null },
];

export interface KCheckResult {
  /** The quasi-identifiers as they may be published. */
  published: QuasiIdentifiers;
  /** How many cases (this one included) share them. */
  matches: number;
  k: number;
  satisfied: boolean;
  /** What was generalised or left out, and why, in Swedish. */
  steps: string[];
}

const FIELDS = Object.keys(QUASI_FIELD_LABELS) as QuasiField[];

// A field the example leaves out (null) says nothing, so every case matches it. A case whose
// value is unknown does not count as matching a published value: that would overstate k.
function countMatches(target: QuasiIdentifiers, population: readonly QuasiIdentifiers[]): number {
  const fields = FIELDS.filter((f) => target[f] !== null);
  return population.reduce((n, q) => (fields.every((f) => q[f] === target[f]) ? n + 1 : n), 0);
}

/**
 * Checks that the example's quasi-identifiers match at least k cases in `population`
 * (every case in the system, the example's own case included). Where they do not, applies
 * the generalisation steps in order, to the example and to every case alike, until they do.
 * A left-out field matches every case, so leaving everything out always succeeds when the
 * system holds at least k cases; with fewer, the example cannot be published.
 */
export function checkKAnonymity(candidate: QuasiIdentifiers, population: readonly QuasiIdentifiers[], k = DEFAULT_K): KCheckResult {
  if (!Number.isInteger(k) || k < 1) throw new RangeError("k must be a positive integer");
  let target = { ...candidate };
  let records = population.map((q) => ({ ...q }));
  const steps: string[] = [];
  let matches = countMatches(target, records);
  for (const step of STEPS) {
    if (matches >= k) break;
    const before = target[step.field];
    if (before === null) continue;
    target = { ...target, [step.field]: step.apply(before) };
    records = records.map((q) => ({ ...q, [step.field]: step.apply(q[step.field]) }));
    const after = countMatches(target, records);
    steps.push(`${capitalise(step.describe)}: ${cases(matches)} delade kombinationen, färre än ${k}. Efter ändringen: ${cases(after)}.`);
    matches = after;
  }
  return { published: target, matches, k, satisfied: matches >= k, steps };
}

/**
 * Whether `coarse` says no more than `fine` in any field: each of its values is `fine`'s, or
 * what the generalisation steps make of it (the main group for "C8", "2 eller fler" for
 * "3–4"), or left out. Approving an example asks this of the fields its editors saw against
 * the check run again at approval: they may be published only if they hide as much as k now
 * requires.
 */
export function isGeneralisationOf(coarse: QuasiIdentifiers, fine: QuasiIdentifiers): boolean {
  return FIELDS.every((field) => {
    let value = fine[field];
    if (coarse[field] === null || coarse[field] === value) return true;
    for (const step of STEPS.filter((s) => s.field === field)) {
      value = step.apply(value);
      if (value === coarse[field]) return true;
    }
    return false;
  });
}

const cases = (n: number) => formatCount(n, NOUNS.case);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type { PopulationBandId };
