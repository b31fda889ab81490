import type { Case } from "../case/schema";
import { PARTY_ROLE_LABELS, PARTY_TYPE_LABELS, TASK_KIND_LABELS } from "../case/enums";
import { NOUNS, formatCount } from "../format/count";
import { formatKronor } from "../format/money";
import { joinSentences } from "../format/sentence";
import { describeLegalGrounds, type LegalBasis } from "../reference/legal";
import { describeReportSection, type ReportSection } from "../reference/report";
import { SEVERITY_LABELS, type Evaluation, type Finding, type RouteAssessment, routeVerdictLabel } from "./types";

const INDENT = "   ";

function grounds(legalBasis: readonly LegalBasis[], chapter: ReportSection): string {
  // Advice that rests on the report alone cites no statute (e.g. the parts an agreement should contain).
  if (legalBasis.length === 0) return `Grund: SKR-rapporten ${describeReportSection(chapter)} (rekommendation, inget krav i lag).`;
  return joinSentences([`Grund: ${describeLegalGrounds(legalBasis)}`, `SKR-rapporten ${describeReportSection(chapter)}`]);
}

function renderRoute(route: RouteAssessment, number: number, out: string[]): void {
  const relied = route.reliedOn ? " – åberopas i ärendet" : "";
  out.push("", `2.${number} ${route.title}${relied}`, `${INDENT}Bedömning: ${routeVerdictLabel(route)}${route.verify ? " (verifiera)" : ""}`);
  out.push(`${INDENT}Fakta som använts:`);
  for (const fact of route.facts) {
    out.push(`${INDENT}  - ${fact.label}: ${fact.value}${fact.field ? ` [${fact.field}]` : ""}`);
  }
  if (route.assumptions.length > 0) {
    out.push(`${INDENT}Antaganden:`);
    for (const assumption of route.assumptions) out.push(`${INDENT}  - ${assumption}`);
  }
  out.push(`${INDENT}Slutsats: ${route.conclusion}`, `${INDENT}${grounds(route.legalBasis, route.reportChapter)}`);
}

function renderFinding(f: Finding, out: string[]): void {
  out.push(
    "",
    `[${SEVERITY_LABELS[f.severity].toUpperCase()}${f.verify ? ", VERIFIERA" : ""}] ${f.title} (${f.code})`,
    `${INDENT}Steg ${f.step}. Fält: ${f.fields.join(", ")}`,
    `${INDENT}${f.explanation}`,
    `${INDENT}Nästa steg: ${f.nextAction}`,
    `${INDENT}${grounds(f.legalBasis, f.reportChapter)}`,
  );
}

/**
 * A Swedish plain-text report that a legal reader can follow from the facts
 * of the case to each conclusion, without access to the code.
 */
export function renderPretty(c: Case, evaluation: Evaluation): string {
  const out: string[] = [];
  const { summary, procurement, clauses } = evaluation;
  out.push(
    "SAMVERKA – BEDÖMNING AV AVTALSSAMVERKAN",
    `Ärende: ${c.title?.trim() || "(utan rubrik)"}`,
    `Utvärderingsdatum: ${evaluation.evaluationDate}`,
    `Sammanfattning: ${formatCount(summary.blockers, NOUNS.blocker)}, ${formatCount(summary.warnings, NOUNS.warning)} och ${formatCount(summary.infos, NOUNS.info)}; ${formatCount(summary.verifyItems, NOUNS.verifyItem)}.`,
    "",
    "1. FAKTA I ÄRENDET",
    `${INDENT}Parter:`,
  );
  if (c.parties.length === 0) out.push(`${INDENT}  - inga parter angivna`);
  c.parties.forEach((p, i) => {
    const type = p.type ? PARTY_TYPE_LABELS[p.type] : "typ ej angiven";
    const role = p.role ? PARTY_ROLE_LABELS[p.role] : "roll ej angiven";
    out.push(`${INDENT}  ${i + 1}. ${p.name?.trim() || "(namn saknas)"} – ${type}, ${role}`);
  });
  out.push(`${INDENT}Uppgifter:`);
  if (c.tasks.length === 0) out.push(`${INDENT}  - inga uppgifter angivna`);
  c.tasks.forEach((t, i) => {
    const kind = t.kind ? TASK_KIND_LABELS[t.kind] : "ej klassad";
    out.push(`${INDENT}  ${i + 1}. ${t.description?.trim() || "(beskrivning saknas)"} – ${kind}`);
  });

  const value = procurement.estimatedValue;
  out.push("", "2. UPPHANDLING", "");
  if (!value.relevant) {
    out.push(`${INDENT}Alla uppgifter är myndighetsutövning. Inget upphandlingsvärde behöver beräknas.`);
  } else {
    out.push(`Uppskattat värde per upphandlande myndighet (LOU 5 kap.), per den ${value.valuationDate}:`);
    for (const step of value.steps) out.push(`${INDENT}- ${step}`);
    for (const a of value.perAuthority) {
      out.push(
        a.amount === undefined
          ? `${INDENT}${a.label}: kan inte beräknas`
          : `${INDENT}${a.label}: ${formatKronor(a.amount)}${a.legalAssessment ? " (den högre av två läsningar – kräver juridisk bedömning)" : ""}`,
      );
    }
    if (value.missing.length > 0) out.push(`${INDENT}Det saknas: ${value.missing.join("; ")}.`);
    for (const assumption of value.assumptions) out.push(`${INDENT}Antagande: ${assumption}`);
  }
  out.push("", `Direktupphandlingsgränser den ${evaluation.evaluationDate}:`);
  for (const limit of procurement.limits) {
    out.push(
      limit.amount === undefined
        ? `${INDENT}- ${limit.category}: ingen känd gräns för datumet – verifiera`
        : `${INDENT}- ${limit.category}: ${formatKronor(limit.amount)} (gäller ${limit.validFrom}–${limit.validTo})`,
    );
  }
  procurement.routes.forEach((route, i) => renderRoute(route, i + 1, out));

  out.push("", "3. FYND");
  if (evaluation.findings.length === 0) out.push(`${INDENT}Inga iakttagelser.`);
  for (const finding of evaluation.findings) renderFinding(finding, out);

  out.push("", "4. AVTALSDELAR SOM KRÄVS FÖR DETTA ÄRENDE");
  for (const clause of clauses.required) {
    out.push(`${INDENT}[${clause.present ? "finns" : "saknas"}] ${clause.title} – ${clause.reason}`);
  }
  if (clauses.additional.length > 0) {
    out.push(`${INDENT}Ytterligare avtalsdelar i ärendet: ${clauses.additional.join(", ")}`);
  }
  return `${out.join("\n")}\n`;
}
