export * from "./types";
export { anonymiseText, findSensitive, remainingFindings } from "./anonymise";
export { POPULATION_BANDS, populationBand, roundedAmount, type PopulationBandId } from "./patterns";
export { partyBaseName, partyPlaceholder } from "./names";
export * from "./k-anonymity";
export * from "./suppression";
export * from "./example";
export * from "./omitted";
export * from "./party-letters";
