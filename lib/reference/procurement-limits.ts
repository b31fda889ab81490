/**
 * Direct-award limits (LOU 19 a kap.) as dated data. A date outside every
 * period has no known limit: callers must report that and ask for
 * verification instead of reusing the nearest value.
 */
export type LimitCategory = "allman" | "sociala_och_andra_sarskilda_tjanster";

export interface ProcurementLimit {
  readonly id: string;
  readonly category: LimitCategory;
  readonly amount: number;
  /** First day of validity, inclusive, YYYY-MM-DD. */
  readonly validFrom: string;
  /** Last day of validity, inclusive, YYYY-MM-DD. */
  readonly validTo: string;
  readonly source: string;
}

const SOURCE_2022 =
  "Upphandlingsmyndigheten: Direktupphandling och beloppsgränser 2022–2023, " +
  "https://www.upphandlingsmyndigheten.se/inkopsprocessen/forbered-upphandling/valja-upphandlingsforfarande/direktupphandling/";
const SOURCE_2024 =
  "Upphandlingsmyndigheten: Nya beloppsgränser för 2024 – här är listan, " +
  "https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/ " +
  "(citeras i SKR:s rapport, kap. 3)";

// 2022-02-01 is when the direct-award rules moved to LOU 19 a kap.
export const PROCUREMENT_LIMITS: readonly ProcurementLimit[] = Object.freeze([
  {
    id: "direkt-allman-2022",
    category: "allman",
    amount: 700_000,
    validFrom: "2022-02-01",
    validTo: "2023-12-31",
    source: SOURCE_2022,
  },
  {
    id: "direkt-sociala-2022",
    category: "sociala_och_andra_sarskilda_tjanster",
    amount: 7_802_550,
    validFrom: "2022-02-01",
    validTo: "2023-12-31",
    source: SOURCE_2022,
  },
  {
    id: "direkt-allman-2024",
    category: "allman",
    amount: 700_000,
    validFrom: "2024-01-01",
    validTo: "2025-12-31",
    source: SOURCE_2024,
  },
  {
    id: "direkt-sociala-2024",
    category: "sociala_och_andra_sarskilda_tjanster",
    amount: 8_109_450,
    validFrom: "2024-01-01",
    validTo: "2025-12-31",
    source: SOURCE_2024,
  },
]);

export const LIMIT_CATEGORY_LABELS: Record<LimitCategory, string> = {
  allman: "allmän direktupphandlingsgräns",
  sociala_och_andra_sarskilda_tjanster: "gräns för sociala tjänster och andra särskilda tjänster",
};

/** The limit valid on the date (YYYY-MM-DD), or undefined when none is known. */
export function findProcurementLimit(
  category: LimitCategory,
  date: string,
  limits: readonly ProcurementLimit[] = PROCUREMENT_LIMITS,
): ProcurementLimit | undefined {
  // ISO dates compare correctly as strings, which keeps this allocation-free.
  for (const limit of limits) {
    if (limit.category === category && limit.validFrom <= date && date <= limit.validTo) return limit;
  }
  return undefined;
}
