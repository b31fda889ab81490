/**
 * The anonymiser names the n:th party of a case with the n:th letter ("Kommun A", "Region B",
 * "Kommun C" …, names.ts). A letter therefore tells how many parties there are at least: a text
 * that names "Kommun D" says four or more. An example may not say more about its number of
 * parties than its published field does, which the k-anonymity check may have generalised
 * ("2 eller fler") or left out, and which is a band even when it is not ("3–4"). So a letter
 * beyond the smallest number the published field allows is replaced by a placeholder without
 * one ("[kommun]"), as the text of a left-out collaboration form or route is (omitted.ts).
 */

/** The placeholder without a letter for each kind of party the anonymiser names. */
const COUNT_FREE: Record<string, string> = { Kommun: "[kommun]", Region: "[region]", Kommunalförbund: "[kommunalförbund]", Part: "[part]" };

// What partyPlaceholder writes, with the genitive names.ts adds ("Kommun D:s socialnämnd").
// prisma/migrations/*_examples_without_party_letters mirrors it.
const LETTERED = /(?<![\p{L}\p{N}])(Kommun|Region|Kommunalförbund|Part) ([A-Z])(?![\p{L}\p{N}])(:s)?/gu;

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
  /** The placeholder as written: "Kommun D", "Kommun D:s". */
  named: string;
  /** The same without the letter: "[kommun]", "[kommun]:s". */
  replacement: string;
}

/** The lettered party placeholders in `text` that tell of more parties than `partyCount` allows. */
export function partyLettersBeyond(text: string, partyCount: string | null): PartyLetterMention[] {
  const known = partiesKnown(partyCount);
  return [...text.matchAll(LETTERED)]
    .filter((m) => m[2]!.charCodeAt(0) - 65 >= known)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, named: m[0], replacement: `${COUNT_FREE[m[1]!]}${m[3] ?? ""}` }));
}
