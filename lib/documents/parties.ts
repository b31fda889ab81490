import type { Case } from "../case/schema";
import type { Party } from "../case/sections/parties";
import { PARTY_TYPE_LABELS } from "../case/enums";

export function partyName(party: Party): string {
  return party.name?.trim() || "Namnlös part";
}

export function contractors(c: Case): Party[] {
  return c.parties.filter((p) => p.role === "uppdragstagare" || p.role === "bada");
}

export function clients(c: Case): Party[] {
  return c.parties.filter((p) => p.role === "uppdragsgivare" || p.role === "bada");
}

/** "Norrströms kommun och Fjällvikens kommun", or undefined for none. */
export function joinNames(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}`;
}

export function codeLabel(code: string): string {
  if (/^\d{4}$/.test(code)) return "kommunkod";
  if (/^\d{2}$/.test(code)) return "länskod";
  return "organisationsnummer";
}

/** The party's type, unless its name already says it ("Norrströms kommun" is plainly a kommun). */
export function typeIfNotInName(party: Party): string | undefined {
  if (!party.type) return undefined;
  const label = PARTY_TYPE_LABELS[party.type];
  return partyName(party).toLocaleLowerCase("sv").includes(label) ? undefined : label;
}
