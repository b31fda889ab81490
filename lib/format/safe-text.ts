// Characters that must never reach storage. PostgreSQL refuses NUL in text (22021) and the
// \u0000 escape in jsonb (22P05); a lone UTF-16 surrogate is not Unicode at all. Other C0
// control characters (except tab, newline and carriage return) have no place in an answer
// and are invisible to the person who pasted them. Plain TypeScript: used by the case
// schema's text types, every server-action boundary and the audit writer.

export const UNSAFE_TEXT_MESSAGE =
  "Texten innehåller ett osynligt tecken som inte kan sparas (till exempel ett nolltecken från inklistrad text). Skriv om texten där du klistrade in och försök igen.";

/** The first unsafe character as "U+0000", or null when the text is safe to store. */
export function unsafeCharacterIn(text: string): string | null {
  // C0 controls except \t \n \r, DEL, and surrogates without their pair, by UTF-16 code unit.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isControl = (unit <= 0x1f && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f;
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (isControl) return `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
    if (isHigh) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `U+${unit.toString(16).toUpperCase()}`;
    }
    if (isLow) return `U+${unit.toString(16).toUpperCase()}`;
  }
  return null;
}

export function isSafeText(text: string): boolean {
  return unsafeCharacterIn(text) === null;
}

/** The text with every unsafe character replaced by U+FFFD, for logs and audit details that must never fail. */
export function withoutUnsafeCharacters(text: string): string {
  if (isSafeText(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    if (isHigh) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += "\ufffd";
      continue;
    }
    out += unsafeCharacterIn(text[i]!) ? "\ufffd" : text[i]!;
  }
  return out;
}
