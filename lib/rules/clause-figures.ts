import type { Case } from "../case/schema";
import { CLAUSE_IDS, type ClauseId } from "../case/enums";
import { clauseDraftBlocks } from "../documents/clauses";
import { blocksToClauseText } from "../documents/clause-text";
import { economyFacts } from "../documents/economy-facts";
import { formatKronor, formatPercent } from "../format/money";
import { escapeRegExp, withGenitive } from "../format/name-pattern";
import { joinSv } from "./labels";

// Amounts, shares and months written in a clause, as the documents print them ("4 400 000 kr",
// "16,52 %", "12 månader"). A number is read whole first, its thousands joined across the spaces
// the formatter puts between them, and then the unit right after it: one pass over the text, so a
// long clause of figures costs no more than its length (a single pattern backtracked on them).
const NUMBER = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:,(\d+))?/gu;
const UNIT = /\s*(kronor\b|kr\b|%|procent\b|månaders\b|månader\b|månads\b|månad\b)/iuy;

function unit(word: string): string {
  const w = word.toLocaleLowerCase("sv");
  if (w === "%" || w === "procent") return "%";
  if (w.startsWith("kr") || w === "kronor") return "kr";
  return "månader";
}

// Months are also written in words ("sex månaders uppsägningstid", a walk: such a clause said six
// months where the answers said three, and passed). From two: "en månad" is as often a deadline
// ("inom en månad") as a term, and a deadline is no figure the answers give.
const MONTH_WORDS: Record<string, number> = {
  två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
  arton: 18, tjugofyra: 24, trettiosex: 36, fyrtioåtta: 48, sextio: 60,
};
const MONTHS_IN_WORDS = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(MONTH_WORDS).join("|")})\\s+(?:månaders|månader)(?!\\p{L})`, "giu");

// A notice period in months, as an answer or a clause states it: "6 månaders uppsägningstid", "sex
// (6) månaders uppsägningstid", "uppsägningstiden är tre månader", "en månads uppsägningstid".
const PERIOD_WORDS: Record<string, number> = { en: 1, ett: 1, ...MONTH_WORDS };
const PERIOD = `(\\d+|${Object.keys(PERIOD_WORDS).join("|")})(?:\\s*\\(\\d+\\))?`;
const NOTICE_PERIODS = [
  new RegExp(`(?<![\\p{L}\\d])${PERIOD}\\s+(?:månads|månaders)\\s+uppsägningstid`, "giu"),
  new RegExp(`uppsägningstid(?:en)?(?:\\s*:|\\s+(?:är|om|på|av))?\\s+${PERIOD}\\s+(?:månad|månader)(?!\\p{L})`, "giu"),
];

/** The notice periods in months a text states, each once, in the order written. */
export function noticePeriodsIn(text: string): number[] {
  const found: { at: number; months: number }[] = [];
  for (const pattern of NOTICE_PERIODS) {
    for (const m of text.matchAll(pattern)) {
      const word = m[1]!.toLocaleLowerCase("sv");
      found.push({ at: m.index, months: /^\d+$/.test(word) ? Number(word) : PERIOD_WORDS[word]! });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.months))];
}

/** Each figure in the text, normalised ("4400000 kr", "16,52 %", "12 månader"), in order, once. */
export function figuresIn(text: string): string[] {
  const found: { at: number; figure: string }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // Not the tail of another number: "4.400.000 kr" and "16.52 %" are not read as "000 kr" or "52 %".
    if (m.index > 0 && /[\d.,]/.test(text[m.index - 1]!)) continue;
    UNIT.lastIndex = m.index + m[0].length;
    const u = UNIT.exec(text);
    if (!u) continue;
    const whole = m[1]!.replace(/[ \u00a0\u202f]/g, "");
    // "20,00 %" is "20 %", "16,50 %" is "16,5 %".
    const decimals = m[2]?.replace(/0+$/, "");
    found.push({ at: m.index, figure: `${whole}${decimals ? `,${decimals}` : ""} ${unit(u[1]!)}` });
  }
  for (const m of text.matchAll(MONTHS_IN_WORDS)) found.push({ at: m.index, figure: `${MONTH_WORDS[m[1]!.toLocaleLowerCase("sv")]} månader` });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.figure))];
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

/**
 * How a line may name a party: "Fjällvikens kommun", or "Fjällviken" and "Fjällvikens" (a line
 * of the economy table, or the editors' own sentence). A name ending in s, x or z keeps its
 * genitive unchanged ("Borås"), and so do the usual endings of names that end in s: the
 * anonymisation's partyBaseName knows more names, but its gazetteer would enter the browser's
 * rules engine. Matched in the name's own letter case: "Vara kommun" is not the verb "vara", nor
 * "Marks kommun" the "mark" of "mark och lokaler" (a review).
 */
function partyPattern(name: string): RegExp {
  const base = name.replace(/\s+(?:kommun|stad|region|kommunalförbund)$/u, "");
  const bare = base !== name && /[^s]s$/u.test(base) && !/(ås|os|us|is|ös|näs|nes|fors)$/u.test(base) ? base.slice(0, -1) : base;
  const forms = new Set([name, base, bare].flatMap(withGenitive));
  const alts = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * A party named by its role ("uppdragstagaren", "parterna"): the line speaks of more than the
 * party it names, so which figure is whose is a matter of wording ("Fjällvikens kommun betalar
 * 30 %, resterande 70 % bär uppdragstagaren", a review). The table's "(uppdragstagare, …)" is not one.
 */
const ROLE_NAMED = /(?<![\p{L}])(?:uppdragstagaren|uppdragsgivaren|uppdragsgivarna|parten|parterna)s?(?![\p{L}])/iu;

interface PartyFigures {
  name: string;
  pattern: RegExp;
  /** The party's share, its share of the yearly cost and of the whole term, as figures; empty when its share is not answered. */
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
  // With one contractor and one client, what the clients pay together is the client's payment: a
  // figure of the whole, so the client's amount beside the contractor's name passes unflagged.
  const whole = new Set(
    figuresIn([facts.selfCostBudgetKr, facts.fixedTotalPriceKr, facts.pricePerMonthKr, facts.counterPerformance?.annualValueKr, facts.yearlyPaymentsTotalKr].map(kr).join(" ")),
  );
  const parties = facts.parties.map((p) => ({
    name: p.partyName,
    pattern: partyPattern(p.partyName),
    own: p.sharePercent === undefined ? new Set<string>() : new Set(figuresIn([formatPercent(p.sharePercent), kr(p.yearlyShareKr), kr(p.termShareKr)].join(" "))),
  }));
  return { parties, whole };
}

/** Where a line names each party, leaving out a name found only inside another party's longer name ("Stockholm" in "Region Stockholms"); in the line's order. */
function mentionsIn(line: string, parties: readonly PartyFigures[]): { party: PartyFigures; start: number; end: number }[] {
  const spans = parties.map((p) => [...line.matchAll(p.pattern)].map((m) => [m.index, m.index + m[0].length] as const));
  return parties
    .flatMap((party, i) =>
      spans[i]!.filter(([start, end]) => !spans.some((other, j) => j !== i && other.some(([s, e]) => s <= start && end <= e && e - s > end - start))).map(([start, end]) => ({ party, start, end })),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * Figures that stand beside the wrong party: a line (or sentence) that gives a party a share or
 * an amount that is not that party's by the answers but another's. The set of figures is then the
 * answers' own, so the check above lets it pass: shares of 30 and 70 % written the other way
 * round (a review). A line naming one party gives it every figure in the line. A line naming
 * several is read both ways a sentence may put them: each party with the figures after its name
 * ("Norrström betalar 30 % och Fjällviken 70 %") and with those before it ("30 % betalas av
 * Norrström och 70 % av Fjällviken"); a reading that leaves a party's figure with no name is not
 * one the sentence allows, nor one that leaves a party without a figure or gives it two parties'
 * (givesEachItsOwn). A figure is misplaced only when every reading the line allows puts one
 * beside the wrong party: otherwise which figure is whose is a matter of wording, left to the
 * reader. Lines naming a party by its role or none are not read, nor figures for a party whose
 * share is not answered, as the answers then give it nothing to compare.
 */
function misplacedFigures(text: string, { parties, whole }: PartyFigureSet): MisplacedFigure[] {
  const found: MisplacedFigure[] = [];
  const add = (wrong: readonly MisplacedFigure[]) => {
    for (const w of wrong) if (!found.some((f) => f.party === w.party && f.figure === w.figure)) found.push(w);
  };
  // A share or an amount the answers give some party; a figure of the whole may stand beside any
  // party ("Norrströms självkostnad är 5 000 000 kr"), and months are no party's.
  const partyFigure = (figure: string) => !figure.endsWith("månader") && !whole.has(figure) && parties.some((p) => p.own.has(figure));
  const wrongIn = (party: PartyFigures, segment: string): MisplacedFigure[] =>
    party.own.size === 0
      ? []
      : figuresIn(segment)
          .filter((figure) => partyFigure(figure) && !party.own.has(figure))
          .map((figure) => ({ party: party.name, figure, belongsTo: parties.filter((p) => p !== party && p.own.has(figure)).map((p) => p.name) }));
  // A reading a sentence allows gives each party it names with an answered share a figure of a
  // party's, and no party figures that are only two different parties' own. Else the sentence is
  // built otherwise: "Norrström och Fjällviken betalar 70 % respektive 30 %", "Fjällviken betalar
  // Norrström 30 %", "Norrström betalar 70 % och 30 % betalas av Fjällviken" (a review).
  const givesEachItsOwn = (owned: readonly (readonly [PartyFigures, string])[]): boolean =>
    [...new Set(owned.map(([party]) => party))].every((party) => {
      if (party.own.size === 0) return true;
      const figures = owned.flatMap(([p, segment]) => (p === party ? figuresIn(segment).filter(partyFigure) : []));
      if (figures.length === 0) return false;
      const owners = figures.map((figure) => parties.filter((p) => p.own.has(figure)));
      return owners.every((a) => owners.every((b) => a.some((p) => b.includes(p))));
    });
  for (const line of text.split(/\n|(?<=[.!?])\s+(?=\p{Lu})/u)) {
    if (ROLE_NAMED.test(line)) continue;
    const mentions = mentionsIn(line, parties);
    const named = new Set(mentions.map((m) => m.party));
    if (named.size === 0) continue;
    if (named.size === 1) {
      add(wrongIn(mentions[0]!.party, line));
      continue;
    }
    // Each party's figures after its name (up to the next name), or before it (from the name before).
    const readings = [
      { loose: line.slice(0, mentions[0]!.start), owned: mentions.map((m, i) => [m.party, line.slice(m.end, mentions[i + 1]?.start ?? line.length)] as const) },
      { loose: line.slice(mentions.at(-1)!.end), owned: mentions.map((m, i) => [m.party, line.slice(i === 0 ? 0 : mentions[i - 1]!.end, m.start)] as const) },
    ]
      .filter((reading) => !figuresIn(reading.loose).some(partyFigure) && givesEachItsOwn(reading.owned))
      .map((reading) => reading.owned.flatMap(([party, segment]) => wrongIn(party, segment)));
    if (readings.length > 0 && readings.every((wrong) => wrong.length > 0)) add(readings[0]!);
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
  const parties = partyFigures(c);
  // Only a clause holding some party's share or amount can hold one beside the wrong party.
  const anyParty = (figure: string) => parties.parties.some((p) => p.own.has(figure));
  const anywhere = (figure: string): boolean => {
    amounts ??= new Set(CLAUSE_IDS.flatMap(suggested).filter((f) => !f.endsWith("månader")));
    return amounts.has(figure);
  };
  return written.flatMap(({ id, figures }) => {
    const own = new Set(suggested(id));
    const notInAnswers = figures.filter((f) => !own.has(f) && !anywhere(f));
    const misplaced = parties.parties.length > 1 && figures.some(anyParty) ? misplacedFigures(c.agreement.clauses[id]!, parties) : [];
    return notInAnswers.length || misplaced.length ? [{ clauseId: id, notInAnswers, misplaced, suggested: suggested(id) }] : [];
  });
}
