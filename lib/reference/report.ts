/**
 * The SKR report does not number its sections. These identifiers follow the
 * report's own chapter and heading order so that a reader can find the passage;
 * they are documented in docs/rules.md.
 */
export const REPORT = {
  title: "Avtalssamverkan inom socialtjänsten",
  publisher: "Sveriges Kommuner och Regioner (SKR)",
  published: "2023-12",
} as const;

export const REPORT_SECTIONS = {
  "1": "Kapitel 1: Introduktion",
  "2.1": "Kapitel 2: Introduktion till avtalssamverkan",
  "2.1.1": "Kapitel 2: Möjligheter med avtalssamverkan",
  "2.1.2": "Kapitel 2: Viktiga saker att ta hänsyn till vid avtalssamverkan",
  "2.2": "Kapitel 2: Andra kommunala samverkansformer och tabell 1",
  "3": "Kapitel 3: Undantag från upphandlingslagstiftningen",
  "3.1": "Kapitel 3: Offentlig maktutövning",
  "3.2": "Kapitel 3: Direktupphandling",
  "3.3": "Kapitel 3: Teckalundantaget och icke-ekonomiska tjänster av allmänt intresse",
  "3.4": "Kapitel 3: Hamburgundantaget",
  "4.1": "Kapitel 4: Avtalssamverkan kring insatser inom socialtjänsten",
  "4.2.1": "Kapitel 4: Gemensam tjänstemannaorganisation (familjerätt)",
  "4.2.2": "Kapitel 4: Olika socialtjänstinsatser (Lund)",
  "4.2.3": "Kapitel 4: Gemensamt HVB (Östergötland)",
  "4.3": "Kapitel 4: Lärdomar från avtalssamverkan",
  "5.1": "Kapitel 5: Introduktion till metodguiden",
  "5.2": "Kapitel 5: Samarbete kring ungas normbrytande beteende",
  "5.3": "Kapitel 5: Fiktivt exempel (Norrström och Fjällviken)",
} as const;

export type ReportSection = keyof typeof REPORT_SECTIONS;

export function isReportSection(value: string): value is ReportSection {
  return Object.prototype.hasOwnProperty.call(REPORT_SECTIONS, value);
}

/** "avsnitt 3.2 (Kapitel 3: Direktupphandling)" */
export function describeReportSection(section: ReportSection): string {
  return `avsnitt ${section} (${REPORT_SECTIONS[section]})`;
}
