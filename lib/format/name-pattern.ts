// Names matched in free text: the anonymisation's gazetteer and the figure check's party names.

/** A string matched literally inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "Norrström" → ["Norrström", "Norrströms"]; "Borås" keeps its genitive unchanged. */
export function withGenitive(name: string): string[] {
  return /[sxz]$/i.test(name) ? [name] : [name, `${name}s`];
}
