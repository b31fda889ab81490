// Joining sentences and phrases built from pieces (a provision "19 a kap.", a question
// "…lösa?", a user's own text "Kortare väntan.") without doubled or misplaced punctuation.

const TERMINAL = /[.!?…:]$/;

/** The text as a sentence: a full stop is added unless it already ends with one (or ?, !, …, :). */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return TERMINAL.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Sentences joined with a space, each ended exactly once: ["Grund: KL 9 kap. 37 §", "Rapporten: 5.1"]
 * → "Grund: KL 9 kap. 37 §. Rapporten: 5.1." Empty and missing parts are left out.
 */
export function joinSentences(parts: readonly (string | null | undefined | false)[]): string {
  return parts
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .map(endSentence)
    .join(" ");
}

/**
 * A message about a field, led by the field's label: "Nyckeltal: Texten är för lång." but
 * "Vilket problem ska samverkan lösa? Texten är för lång." when the label is itself a question.
 */
export function labelledMessage(label: string, message: string): string {
  const lead = label.trim();
  if (lead === "") return endSentence(message);
  return TERMINAL.test(lead) ? `${lead} ${message.trim()}` : `${lead}: ${message.trim()}`;
}

/**
 * A title set inside a sentence: its first letter in lower case, and nothing else, so
 * abbreviations keep their capitals ("Facklig samverkan (MBL)" → "facklig samverkan (MBL)").
 * A title that starts with an abbreviation or a name in capitals ("LOU-undantaget") is kept.
 */
export function inSentence(title: string): string {
  const first = /^\p{Lu}[\p{Lu}\d-]/u.test(title) ? "" : title.charAt(0).toLocaleLowerCase("sv");
  return first ? first + title.slice(1) : title;
}

/** The text as it starts a line or a sentence: its first letter in capitals ("part 2: …" → "Part 2: …"). */
export function startSentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

/**
 * The start of a longer text, cut after a whole word with " …" ("…på uppdrag av ti…" read as a
 * typo in a tjänsteskrivelse, a walk), for a line that quotes it; line breaks become spaces.
 */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, "")} …`;
}
