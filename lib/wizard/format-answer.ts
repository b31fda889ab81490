import type { Case } from "@/lib/case";
import { deriveEconomy } from "@/lib/case/economy";
import { CONTRIBUTION_KIND_LABELS, PARTY_ROLE_LABELS, PARTY_TYPE_LABELS, TASK_KIND_LABELS } from "@/lib/case/enums";
import { NOUNS, formatCount, formatKronor, formatNumber, formatPercent } from "@/lib/format";
import { joinSentences } from "@/lib/format/sentence";
import { CLAUSE_CATALOGUE } from "@/lib/rules/clauses";
import { describeAttentionItem } from "./attention";
import { getAt, setAt } from "./paths";
import { stepOfField, type FieldSpec } from "./steps";

export const NOT_ANSWERED = "Inte besvarat";

const yesNo = (value: unknown) => (value === true ? "Ja" : value === false ? "Nej" : NOT_ANSWERED);
/**
 * A yes/no question of the step form, whose "Vet inte än" is the same as no answer: said so, since
 * a walk chose "Vet inte än" and read "Inte besvarat" here.
 */
export const NOT_KNOWN_YET = `${NOT_ANSWERED} (”Vet inte än”)`;
const askedYesNo = (value: unknown) => (typeof value === "boolean" ? yesNo(value) : NOT_KNOWN_YET);
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : NOT_ANSWERED);
const num = (value: unknown, format: (n: number) => string) => (typeof value === "number" ? format(value) : NOT_ANSWERED);

/** An answer as readable Swedish lines, for the check-answers page. */
export function formatAnswer(c: Case, spec: FieldSpec): string[] {
  const value = getAt(c, spec.path);
  switch (spec.kind) {
    case "text":
    case "textarea":
    case "date":
      return [text(value)];
    case "amount":
      return [num(value, formatKronor)];
    case "months":
      return [num(value, (n) => formatCount(n, NOUNS.month))];
    case "percent":
      return [num(value, formatPercent)];
    case "yesno":
      return [askedYesNo(value)];
    case "choice":
      return [typeof value === "string" ? (spec.options[value] ?? value) : NOT_ANSWERED];
    case "multichoice":
    case "textlist": {
      const items = Array.isArray(value) ? (value as string[]).filter((v) => v.trim()) : [];
      if (items.length === 0) return [NOT_ANSWERED];
      return spec.kind === "multichoice" ? items.map((v) => spec.options[v] ?? v) : items;
    }
    case "goals":
      return c.needs.goals.length
        ? c.needs.goals.map((g) => {
            const range = [g.baseline !== undefined ? `från ${formatNumber(g.baseline)}` : null, g.target !== undefined ? `till ${formatNumber(g.target)}${g.unit ? ` ${g.unit}` : ""}` : null]
              .filter(Boolean)
              .join(" ");
            // The description is the user's own text and may end with a full stop already.
            return joinSentences([g.description?.trim() || "Mål", g.keyFigure ? `Nyckeltal: ${g.keyFigure}` : null, range ? `Värde ${range}` : null, g.targetDate ? `Senast ${g.targetDate}` : null]);
          })
        : [NOT_ANSWERED];
    // Every answer of a list item, not only its name: the jurist approves what "Svaren" shows, and a
    // changed population or nämnd must read as a change (a walk saw "before" and "after" alike).
    case "tasks":
      return c.tasks.length
        ? c.tasks.map((t) =>
            joinSentences([
              text(t.description),
              t.kind ? `Typ: ${TASK_KIND_LABELS[t.kind]}` : null,
              t.withinOwnCompetence !== undefined ? `Får utföra uppgiften själv: ${yesNo(t.withinOwnCompetence)}` : null,
              t.governingLaw?.trim() ? `Lagstiftning: ${t.governingLaw.trim()}` : null,
            ]),
          )
        : [NOT_ANSWERED];
    case "parties":
      return c.parties.length
        ? c.parties.map((p) =>
            [
              text(p.name),
              p.type ? PARTY_TYPE_LABELS[p.type] : null,
              p.role ? PARTY_ROLE_LABELS[p.role] : null,
              p.officialCode ? `kod ${p.officialCode}` : null,
              p.population !== undefined ? `${formatNumber(p.population)} invånare` : null,
              p.committee?.trim() ? `ansvarig nämnd: ${p.committee.trim()}` : null,
              p.diaryNumber?.trim() ? `dnr ${p.diaryNumber.trim()}` : null,
            ]
              .filter(Boolean)
              .join(", "),
          )
        : [NOT_ANSWERED];
    case "costShares": {
      // The shares the documents use: by inhabitants they follow the population figures, whatever
      // share was typed before (a walk's jurist read 83,48 % beside documents at 80 %).
      const derived = deriveEconomy(c).parties;
      return c.economy.costShares.length
        ? c.economy.costShares.map((s, index) => {
            const shown = derived[index]?.percent ?? s.percent;
            const byInhabitants = derived[index]?.percentSource === "invanare" ? " (efter antal invånare)" : "";
            return `${c.parties.find((p) => p.id === s.partyId)?.name ?? s.partyId}: ${shown !== undefined ? `${formatPercent(shown)}${byInhabitants}` : NOT_ANSWERED}`;
          })
        : [NOT_ANSWERED];
    }
    case "otherDirectAwards":
      return c.procurement.otherDirectAwards.length
        ? c.procurement.otherDirectAwards.map(
            (o) =>
              `${c.parties.find((p) => p.id === o.partyId)?.name ?? o.partyId}: ${o.valueKr !== undefined ? formatKronor(o.valueKr) : NOT_ANSWERED}` +
              [o.committee?.trim(), o.financialYear !== undefined ? `räkenskapsår ${o.financialYear}` : undefined].filter(Boolean).map((x) => `, ${x}`).join(""),
          )
        : [NOT_ANSWERED];
    case "contributions":
      return c.procurement.hamburg.contributions.length
        ? c.procurement.hamburg.contributions.map(
            (k) => `${c.parties.find((p) => p.id === k.partyId)?.name ?? k.partyId}: ${k.kinds.length ? k.kinds.map((kind) => CONTRIBUTION_KIND_LABELS[kind]).join(", ") : NOT_ANSWERED}`,
          )
        : [NOT_ANSWERED];
    case "attention":
      return c.needsAttention.length
        ? c.needsAttention.map((item) => {
            const d = describeAttentionItem(item);
            return `${d.label}: ${d.value}`;
          })
        : ["Inga"];
    case "formAdvice": {
      const aid = c.collaborationForm.decisionAid;
      return [
        `Statliga myndigheter med: ${askedYesNo(aid.stateAgencies)}`,
        `Privata aktörer med: ${askedYesNo(aid.privateActors)}`,
        `Egen juridisk person behövs: ${askedYesNo(aid.ownLegalPerson)}`,
        `Bindande avtal behövs: ${askedYesNo(aid.bindingAgreement)}`,
      ];
    }
    case "clauses": {
      const written = CLAUSE_CATALOGUE.filter((clause) => c.agreement.clauses[clause.id]?.trim());
      return written.length ? written.map((clause) => `${clause.title}: ${c.agreement.clauses[clause.id]!.trim()}`) : [NOT_ANSWERED];
    }
  }
}

/** Said of an answer that is empty, in the conflict panel. */
export const NO_ANSWER = "(inget svar)";

/**
 * One version of one answer as readable lines (a list answer item by item, a choice by its
 * label), read against the rest of the case (a cost share names its party). For the conflict
 * panel, which shows two versions of the same answer side by side; never raw JSON.
 */
export function formatAnswerValue(c: Case, path: string, value: unknown): string[] {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return [NO_ANSWER];
  const spec = stepOfField(path)?.groups.flatMap((g) => g.fields).find((f) => f.path === path);
  if (spec) return formatAnswer(setAt(c, path, value), spec);
  // A single clause of step 4 ("agreement.clauses.<id>") is its text.
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [formatNumber(value)];
  if (typeof value === "boolean") return [yesNo(value)];
  return ["(svaret kan inte visas här; öppna frågan för att se det)"];
}
