/**
 * The anonymiser names the n:th party of a case with the n:th letter ("Kommun A", "Region B",
 * "Kommun C" …, names.ts). A letter therefore tells how many parties there are at least: a text
 * that names "Kommun D" says four or more. An example may not say more about its number of
 * parties than its published field does, which the k-anonymity check may have generalised
 * ("2 eller fler") or left out, and which is a band even when it is not ("3–4"). So a letter
 * beyond the smallest number the published field allows is replaced by a placeholder without
 * one ("[kommun]"), as the text of a left-out collaboration form or route is (omitted.ts).
 * Free text can still count the parties ("Kommun A, Kommun B och [kommun]", "A–D"): the example
 * page asks the editors to reword such lists before approval.
 */

/**
 * The placeholder without a letter for each kind of party: what the anonymiser writes for a
 * municipality, region or förbund it finds by name, and for a name an editor marks ("[namn]"),
 * so that a masked party cannot be told from those. Not in the genitive ("[kommun] socialnämnd"),
 * as the anonymiser writes none: a "[kommun]:s" would mark the party as masked.
 */
const COUNT_FREE: Record<string, string> = { kommun: "[kommun]", region: "[region]", kommunalförbund: "[kommunalförbund]", part: "[namn]" };

// What partyPlaceholder writes, with the genitive names.ts adds ("Kommun D:s"), and as an editor
// may type it: a small first letter, another space, "Ds" for the genitive. Not the `i` flag: the
// letter must be a capital, or "kommun i Norrbotten" would match.
// prisma/migrations/*_examples_without_party_letters mirrors it.
const LETTERED = /(?<![\p{L}\p{N}])([Kk]ommun|[Rr]egion|[Kk]ommunalförbund|[Pp]art)\s([A-Z])(?::?s)?(?![\p{L}\p{N}])/gu;

/**
 * The number of parties an example's readers may know there are at least: the smallest the
 * published field allows ("3–4" → 3, "5 eller fler" → 5), and two when it is generalised to
 * "2 eller fler" or left out, since a collaboration has two parties or more.
 */
export function partiesKnown(partyCount: string | null): number {
  const least = Number(/^\d+/.exec(partyCount ?? "")?.[0]);
  return Number.isInteger(least) && least > 2 ? least : 2;
}

export interface PartyLetterMention {
  start: number;
  end: number;
  /** The placeholder as written, without a genitive: "Kommun D" for "Kommun D:s". */
  named: string;
  /** How many parties it tells there are at least: 4 for "Kommun D". */
  least: number;
  /** The same without the letter: "[kommun]". */
  replacement: string;
}

/** The lettered party placeholders in `text` that tell of more parties than `partyCount` allows. */
export function partyLettersBeyond(text: string, partyCount: string | null): PartyLetterMention[] {
  const known = partiesKnown(partyCount);
  return [...text.matchAll(LETTERED)]
    .map((m) => ({ m, least: m[2]!.charCodeAt(0) - 64 }))
    .filter(({ least }) => least > known)
    .map(({ m, least }) => ({ start: m.index, end: m.index + m[0].length, named: `${m[1]} ${m[2]}`, least, replacement: COUNT_FREE[m[1]!.toLowerCase()]! }));
}
