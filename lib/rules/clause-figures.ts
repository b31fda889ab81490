import type { Case } from "../case/schema";
import { CLAUSE_IDS, type ClauseId } from "../case/enums";
import { clauseDraftBlocks } from "../documents/clauses";
import { blocksToClauseText } from "../documents/clause-text";
import { economyFacts } from "../documents/economy-facts";
import { formatKronor, formatPercent } from "../format/money";
import { joinSv } from "./labels";

// Amounts, shares and months written in a clause, as the documents print them ("4 400 000 kr",
// "16,52 %", "12 månader"). A number is read whole first, its thousands joined across the spaces
// the formatter puts between them, and then the unit right after it: one pass over the text, so a
// long clause of figures costs no more than its length (a single pattern backtracked on them).
const NUMBER = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:,(\d+))?/gu;
const UNIT = /\s*(kronor\b|kr\b|%|procent\b|månaders\b|månader\b|månad\b)/iuy;

function unit(word: string): string {
  const w = word.toLocaleLowerCase("sv");
  if (w === "%" || w === "procent") return "%";
  if (w.startsWith("kr") || w === "kronor") return "kr";
  return "månader";
}

/** Each figure in the text, normalised ("4400000 kr", "16,52 %", "12 månader"), in order, once. */
export function figuresIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    // Not the tail of another number: "4.400.000 kr" and "16.52 %" are not read as "000 kr" or "52 %".
    if (m.index > 0 && /[\d.,]/.test(text[m.index - 1]!)) continue;
    UNIT.lastIndex = m.index + m[0].length;
    const u = UNIT.exec(text);
    if (!u) continue;
    const whole = m[1]!.replace(/[ \u00a0\u202f]/g, "");
    // "20,00 %" is "20 %", "16,50 %" is "16,5 %".
    const decimals = m[2]?.replace(/0+$/, "");
    found.add(`${whole}${decimals ? `,${decimals}` : ""} ${unit(u[1]!)}`);
  }
  return [...found];
}

/** A figure as a person reads it: thousands spaced, as the documents write them. */
export function showFigure(figure: string): string {
  const [number, unitWord] = figure.split(" ");
  const [whole, decimals] = number!.split(",");
  const spaced = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const word = unitWord === "månader" && number === "1" ? "månad" : unitWord;
  return `${spaced}${decimals ? `,${decimals}` : ""}\u00a0${word}`;
}

/** Figures as a sentence lists them: "4 000 000 kr, 16,52 % och 3 månader". */
export function listFigures(figures: readonly string[]): string {
  return joinSv(figures.map(showFigure));
}

export interface MisplacedFigure {
  /** The party the written line names. */
  party: string;
  figure: string;
  /** The parties whose share or payment the figure is by the answers. */
  belongsTo: string[];
}

export interface ClauseFigureMismatch {
  clauseId: ClauseId;
  /** Figures in the written clause that no suggestion from today's answers has. */
  notInAnswers: string[];
  /** Shares and amounts written beside one party that the answers give another party. */
  misplaced: MisplacedFigure[];
  /** The figures today's suggestion for the same clause has. */
  suggested: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * How a line may name a party: "Fjällvikens kommun", or "Fjällviken" and "Fjällvikens" (a line
 * of the economy table, or the editors' own sentence). A name ending in s, x or z keeps its
 * genitive unchanged ("Borås").
 */
function partyPattern(name: string): RegExp {
  const base = name.replace(/\s+(?:kommun|stad|region|kommunalförbund)$/iu, "");
  const bare = base !== name && /[^s]s$/iu.test(base) ? base.slice(0, -1) : base;
  const forms = new Set([name, base, bare].flatMap((n) => (/[sxz]$/iu.test(n) ? [n] : [n, `${n}s`])));
  const alts = [...forms].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, "iu");
}

interface PartyFigures {
  name: string;
  pattern: RegExp;
  /** The party's share, its share of the yearly cost and its payment over the term, as figures. */
  own: Set<string>;
}

interface PartyFigureSet {
  parties: PartyFigures[];
  /** Figures of the whole, not of a party: the budget, a stated price, what the clients pay together. */
  whole: Set<string>;
}

function partyFigures(c: Case): PartyFigureSet {
  const facts = economyFacts(c);
  const kr = (value: number | undefined) => (value === undefined ? "" : formatKronor(value));
  const whole = new Set(
    figuresIn(
      [facts.selfCostBudgetKr, facts.fixedTotalPriceKr, facts.pricePerMonthKr, facts.counterPerformance?.annualValueKr, facts.yearlyPaymentsTotalKr].map(kr).join(" "),
    ),
  );
  const parties = facts.parties.map((p) => ({
    name: p.partyName,
    pattern: partyPattern(p.partyName),
    own: new Set(
      figuresIn(
        [p.sharePercent === undefined ? "" : formatPercent(p.sharePercent), kr(p.yearlyShareKr), kr(p.termPaymentKr)].join(" "),
      ),
    ),
  }));
  return { parties, whole };
}

/**
 * Figures that stand beside the wrong party: a line (or sentence) that names one party only and
 * gives a share or an amount that is not that party's by the answers but another's. The set of
 * figures is then the answers' own, so the check above lets it pass: shares of 30 and 70 % written
 * the other way round (a review). Lines naming two parties or none are not read: which figure
 * belongs to whom is then a matter of wording, left to the reader.
 */
export function misplacedFigures(c: Case, text: string, { parties, whole }: PartyFigureSet = partyFigures(c)): MisplacedFigure[] {
  if (parties.length < 2) return [];
  const found: MisplacedFigure[] = [];
  for (const line of text.split(/\n|(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const named = parties.filter((p) => p.pattern.test(line));
    if (named.length !== 1) continue;
    const party = named[0]!;
    for (const figure of figuresIn(line)) {
      // A figure of the whole may stand beside any party ("Norrströms självkostnad är 5 000 000 kr").
      if (figure.endsWith("månader") || party.own.has(figure) || whole.has(figure)) continue;
      const owners = parties.filter((p) => p !== party && p.own.has(figure)).map((p) => p.name);
      if (owners.length && !found.some((f) => f.party === party.name && f.figure === figure)) found.push({ party: party.name, figure, belongsTo: owners });
    }
  }
  return found;
}

/**
 * Written clauses whose amounts, shares or months appear in no clause suggestion built from
 * today's answers. The tjänsteskrivelse and the attachments are built from the answers, so such a
 * clause puts other figures before the nämnd than the agreement it is asked to approve: typically
 * a clause filled from the suggestion before the economy or the term changed (a walk: an approved
 * agreement said 4 000 000 kr a year and 16,52 %, its tjänsteskrivelse 4 400 000 kr and 20 %).
 */
export function clauseFigureMismatches(c: Case): ClauseFigureMismatch[] {
  const written = CLAUSE_IDS.flatMap((id) => {
    const text = c.agreement.clauses[id]?.trim();
    const figures = text ? figuresIn(text) : [];
    return figures.length ? [{ id, figures }] : [];
  });
  if (written.length === 0) return [];
  // Drafted when asked for, once each: most written clauses match their own suggestion, and the
  // rules run on every save and every live check, so the other clauses are drafted only when not.
  const drafted = new Map<ClauseId, string[]>();
  const suggested = (id: ClauseId): string[] => {
    let figures = drafted.get(id);
    if (!figures) drafted.set(id, (figures = figuresIn(blocksToClauseText(clauseDraftBlocks(c, id)))));
    return figures;
  };
  // Amounts and shares may be repeated in another clause (the budget in the task's clause); months
  // are read against the clause's own suggestion, so a notice period is not excused by the term.
  let amounts: Set<string> | undefined;
  let parties: PartyFigureSet | undefined;
  const anywhere = (figure: string): boolean => {
    amounts ??= new Set(CLAUSE_IDS.flatMap(suggested).filter((f) => !f.endsWith("månader")));
    return amounts.has(figure);
  };
  return written.flatMap(({ id, figures }) => {
    const own = new Set(suggested(id));
    const notInAnswers = figures.filter((f) => !own.has(f) && !anywhere(f));
    parties ??= partyFigures(c);
    const misplaced = misplacedFigures(c, c.agreement.clauses[id]!, parties);
    return notInAnswers.length || misplaced.length ? [{ clauseId: id, notInAnswers, misplaced, suggested: suggested(id) }] : [];
  });
}
