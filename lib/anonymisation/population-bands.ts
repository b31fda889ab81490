import { BROAD_POPULATION, POPULATION_LABELS } from "./k-anonymity";

/**
 * The anonymiser writes a population as its band ("10 000–24 999 invånare", patterns.ts). Where
 * the k-anonymity check publishes the example's population band broader ("färre än 25 000
 * invånare") or leaves it out, a finer band in the text says more than the published field, as a
 * party letter may say more than the count (party-letters.ts). So under a broader band each finer
 * one becomes the broader band it falls in, and with the band left out every band becomes
 * "[invånarantal]".
 */

export const OMITTED_POPULATION = "[invånarantal]";
const BROAD_IDS = new Set(Object.values(BROAD_POPULATION));
const ID_OF_LABEL = new Map(Object.entries(POPULATION_LABELS).map(([id, label]) => [label, id]));

/**
 * Every band's label the anonymiser or the check writes, longest first, any space a non-breaking
 * one too, as a regular expression's alternatives (remainingFindings uses it as well).
 * prisma/migrations/*_examples_without_party_letters mirrors it.
 */
export const BAND_LABELS_SOURCE = [...ID_OF_LABEL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/ /g, "[\\s\\u00a0]"))
  .join("|");
const BAND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BAND_LABELS_SOURCE})(?![\\p{L}\\p{N}])`, "gu");

export interface PopulationMention {
  start: number;
  end: number;
  /** The band as written. */
  named: string;
  /** What it may say under the published band: the broader band, or "[invånarantal]". */
  replacement: string;
}

/** The population bands in `text` finer than the published `populationBand` allows. */
export function populationBeyond(text: string, populationBand: string | null): PopulationMention[] {
  // A band published as it is: the text may say as much about any party's population.
  if (populationBand !== null && !BROAD_IDS.has(populationBand)) return [];
  return [...text.matchAll(BAND)].flatMap((m) => {
    const id = ID_OF_LABEL.get(m[0].replace(/[\s\u00a0]/g, " "));
    const replacement = populationBand === null || !id ? OMITTED_POPULATION : POPULATION_LABELS[BROAD_POPULATION[id] ?? id]!;
    return replacement === m[0] ? [] : [{ start: m.index, end: m.index + m[0].length, named: m[0], replacement }];
  });
}

/** A band and the finer bands within it: the catalogue's filter on a broad band finds examples published with a finer one too, as a main kommungrupp does. */
export function populationBandsWithin(band: string): string[] {
  return [band, ...Object.entries(BROAD_POPULATION).flatMap(([fine, broad]) => (broad === band ? [fine] : []))];
}
