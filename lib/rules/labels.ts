import type { Party } from "../case/sections/parties";
import type { Task } from "../case/sections/tasks";
import { clipAtWord } from "../format/sentence";

const MAX_QUOTE = 60;

/** The text, or its start cut at a word when long. */
const quote = (text: string) => (text.trim().length <= MAX_QUOTE ? text.trim() : clipAtWord(text, MAX_QUOTE - 1));

/**
 * "Fjällvikens kommun (part 2)": the name a reader knows first, the number (from 1, as a reader
 * counts) to tell two alike apart; "part 2" while the party has no name. A walk read the valuation's
 * lines "part 2 (Fjällvikens kommun): …" as form numbering before the municipality.
 */
export function partyLabel(party: Party, index: number): string {
  const name = party.name?.trim();
  return name ? `${quote(name)} (part ${index + 1})` : `part ${index + 1}`;
}

/** "uppgift 1 (”Strukturerad familjebehandling …”)" */
export function taskLabel(task: Task, index: number): string {
  const description = task.description?.trim();
  return description ? `uppgift ${index + 1} (”${quote(description)}”)` : `uppgift ${index + 1}`;
}

export function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== "";
}

/** Joins Swedish list items: "a, b och c". */
export function joinSv(items: readonly string[], conjunction: "och" | "eller" = "och"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}
