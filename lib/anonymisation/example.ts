import { ACTIVITY_AREAS, ACTIVITY_AREA_LABELS, type ActivityArea, COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS, TASK_KIND_LABELS, type Case } from "../case";
import { step4 } from "../guide/step-3-4";
import { municipalityByCode, municipalityByName } from "../reference/municipalities";
import { anonymiseText } from "./anonymise";
import { type KCheckResult, type QuasiIdentifiers, checkKAnonymity, partyCountLabel } from "./k-anonymity";
import { SECTION_OF_FIELD, withoutOmitted } from "./omitted";
import { populationBand } from "./patterns";
import { formatNumber } from "../format/money";
import type { AnonymisationContext, Span, SpanKind } from "./types";

/** Areas of activity (verksamhetsområden) an example is filed under: the case format's (step 1). */
export const AREAS = ACTIVITY_AREA_LABELS;
export type AreaId = ActivityArea;
export const AREA_IDS = ACTIVITY_AREAS;

export interface ExampleSection {
  id: string;
  heading: string;
  text: string;
  spans: Span[];
}

export interface RouteVerdict {
  route: string;
  title: string;
  verdictLabel: string;
  reliedOn: boolean;
}

const nonEmpty = (parts: Array<string | undefined | null | false>) => parts.filter((p): p is string => Boolean(p && p.trim())).join("\n\n");

/** The sections of an example, in the order of the example page, before anonymisation. */
export function exampleSourceSections(doc: Case, routes: readonly RouteVerdict[], lessonsLearned: string): Array<Omit<ExampleSection, "spans">> {
  const goals = doc.needs.goals.map((g) => {
    // Each value with its unit ("från 2 400 000 kr till 500 000 kr"): an amount is recognised, and
    // rounded, only with its unit beside it.
    const value = (n: number) => `${formatNumber(n)}${g.unit ? ` ${g.unit}` : ""}`;
    const values = `${g.baseline !== undefined ? `, från ${value(g.baseline)}` : ""}${g.target !== undefined ? ` till ${value(g.target)}` : ""}`;
    const figures = g.keyFigure ? ` Nyckeltal: ${g.keyFigure}${values || (g.unit ? ` (${g.unit})` : "")}.` : "";
    const when = g.targetDate ? ` Senast ${g.targetDate}.` : "";
    return `• ${(g.description ?? "").trim()}${figures}${when}`;
  });
  const tasks = doc.tasks.map((t) => `• ${(t.description ?? "").trim()}${t.kind ? ` (${TASK_KIND_LABELS[t.kind]})` : ""}${t.governingLaw ? `. Lagstiftning: ${t.governingLaw}` : ""}`);
  const relied = routes.filter((r) => r.reliedOn);
  const clauses = step4.questions
    .filter((q) => q.field.startsWith("agreement.clauses."))
    .map((q) => ({ id: q.field.slice("agreement.clauses.".length), heading: q.label }))
    .map((c) => ({ ...c, text: (doc.agreement.clauses as Record<string, string | undefined>)[c.id] ?? "" }))
    .filter((c) => c.text.trim());
  return [
    {
      id: "behov",
      heading: "Behov",
      text: nonEmpty([
        doc.needs.problem,
        doc.needs.inScope && `Ingår: ${doc.needs.inScope}`,
        doc.needs.outOfScope && `Ingår inte: ${doc.needs.outOfScope}`,
        doc.needs.benefits.length > 0 && `Förväntade nyttor:\n${doc.needs.benefits.map((b) => `• ${b}`).join("\n")}`,
      ]),
    },
    { id: "mal", heading: "Mätbara mål", text: goals.join("\n") },
    { id: "uppgifter", heading: "Uppgifter", text: tasks.join("\n") },
    {
      id: SECTION_OF_FIELD.collaborationForm,
      heading: "Samverkansform",
      text: nonEmpty([doc.collaborationForm.chosen && `Vald form: ${COLLABORATION_FORM_LABELS[doc.collaborationForm.chosen]}.`, doc.collaborationForm.motivation]),
    },
    {
      id: SECTION_OF_FIELD.procurementRoute,
      heading: "Upphandlingsväg och grunder",
      text: nonEmpty([
        doc.procurement.reliedOnRoutes.length > 0 && `Parterna stöder sig på: ${doc.procurement.reliedOnRoutes.map((r) => PROCUREMENT_ROUTE_LABELS[r]).join(", ")}.`,
        relied.length > 0 && `Bedömning i Samverka: ${relied.map((r) => `${r.title}: ${r.verdictLabel.toLowerCase()}`).join("; ")}.`,
        doc.procurement.notes,
      ]),
    },
    ...clauses.map((c) => ({ id: `avtal.${c.id}`, heading: `Avtal: ${c.heading}`, text: c.text })),
    { id: "lardomar", heading: "Lärdomar", text: lessonsLearned },
  ].filter((s) => s.text.trim());
}

export function anonymiseSections(sections: ReadonlyArray<Omit<ExampleSection, "spans">>, context: AnonymisationContext): ExampleSection[] {
  return sections.map((s) => ({ ...s, ...anonymiseText(s.text, context) }));
}

const PLACEHOLDER_KINDS: Array<[RegExp, SpanKind]> = [
  [/\[kommun\]/g, "kommun"],
  [/\[region\]/g, "region"],
  [/\[kommunalförbund\]/g, "kommunalforbund"],
  [/\[namn\]/g, "person"],
  [/\[e-postadress\]/g, "epost"],
  [/\[telefonnummer\]/g, "telefon"],
  [/\[personnummer\]/g, "personnummer"],
  [/\[samordningsnummer\]/g, "samordningsnummer"],
  [/\[organisationsnummer\]/g, "organisationsnummer"],
  [/\[diarienummer\]/g, "diarienummer"],
  [/\[adress\]/g, "adress"],
  [/(?<![\p{L}])(?:Kommun|Region|Kommunalförbund|Part) [A-Z](?![\p{L}])/gu, "part"],
  [/(?:cirka \d+(?:,5)?|under 0,5) MSEK/g, "belopp"],
  [/(?<![\p{L}])år (?:19|20)\d{2}(?!\d)/gu, "datum"],
  [/\[samverkansform\]/g, "samverkansform"],
  [/\[upphandlingsväg\]/g, "upphandlingsvag"],
  [/(?:färre än 10 000|10 000–24 999|25 000–49 999|50 000–99 999|100 000–199 999|200 000) invånare(?: eller fler)?/g, "invanare"],
];

/** The highlights of a text the editors changed by hand: every placeholder the anonymiser writes. */
export function placeholderSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [re, kind] of PLACEHOLDER_KINDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const action = kind === "belopp" || kind === "datum" || kind === "invanare" ? "generalised" : "removed";
      if (!spans.some((s) => m!.index < s.end && m!.index + m![0].length > s.start)) spans.push({ start: m.index, end: m.index + m[0].length, kind, action });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The municipality group of a case: its contractor's (or else its first municipality's) group. */
export function groupOfCase(doc: Case, owner: { name: string; officialCode: string | null }): string | null {
  const candidates = [
    ...doc.parties.filter((p) => p.role === "uppdragstagare" || p.role === "bada"),
    ...doc.parties,
  ].map((p) => (p.officialCode ? municipalityByCode(p.officialCode) : undefined) ?? (p.name ? municipalityByName(p.name) : undefined));
  const found = candidates.find(Boolean) ?? (owner.officialCode ? municipalityByCode(owner.officialCode) : undefined) ?? municipalityByName(owner.name);
  return found?.group ?? null;
}

/**
 * A case's area of activity: the area its example is filed under when it has one (that is
 * what the catalogue shows), otherwise the area answered in step 1, otherwise unknown.
 */
export function areaOfCase(doc: Case, exampleArea?: string | null): string | null {
  return exampleArea ?? doc.needs.activityArea ?? null;
}

/** The quasi-identifiers of any case, with or without an example (see areaOfCase). */
export function quasiIdentifiersOf(doc: Case, owner: { name: string; officialCode: string | null }, exampleArea?: string | null): QuasiIdentifiers {
  const area = areaOfCase(doc, exampleArea);
  const population = doc.parties.reduce((sum, p) => sum + (p.population ?? 0), 0);
  return {
    municipalityGroup: groupOfCase(doc, owner),
    populationBand: population > 0 ? populationBand(population).id : null,
    partyCount: doc.parties.length >= 2 ? partyCountLabel(doc.parties.length) : null,
    area,
    collaborationForm: doc.collaborationForm.chosen ?? null,
    procurementRoute: doc.procurement.reliedOnRoutes[0] ?? null,
  };
}

export interface PreparedExample {
  title: string;
  sections: ExampleSection[];
  own: QuasiIdentifiers;
  check: KCheckResult;
  year: number;
}

/**
 * Everything the app writes when a case is proposed: the anonymised title and sections, and
 * the quasi-identifiers after the k-anonymity check against `population` (every other case).
 * A collaboration form or procurement route the check leaves out is left out of the text too
 * (withoutOmitted), so that no stored proposal states what its published fields hide.
 */
export function prepareExample(input: {
  doc: Case;
  caseTitle: string;
  owner: { name: string; officialCode: string | null };
  area: string;
  lessonsLearned: string;
  routes: readonly RouteVerdict[];
  context: AnonymisationContext;
  otherCases: readonly QuasiIdentifiers[];
  k: number;
  createdAt: Date;
}): PreparedExample {
  const own = quasiIdentifiersOf(input.doc, input.owner, input.area);
  const check = checkKAnonymity(own, [own, ...input.otherCases], input.k);
  const { title, sections } = withoutOmitted(
    {
      title: anonymiseText(input.doc.title ?? input.caseTitle, input.context).text,
      sections: anonymiseSections(exampleSourceSections(input.doc, input.routes, input.lessonsLearned), input.context),
    },
    check.published,
  );
  const year = Number((input.doc.procurement.procurementStartDate ?? input.createdAt.toISOString()).slice(0, 4));
  return { title, sections, own, check, year };
}
