// What a review form's save says: with JavaScript in the form itself (its state's message),
// without it on the page the save is redirected to (Post/Redirect/Get), which the redirect tells
// what was saved by ?sparat=… The one list of the texts, so that both ways say the same.

export const SAVED_KINDS = ["kommentar", "svar", "lost", "beslut", "skickat", "skickat-flera", "godkant", "tillbaka"] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];

export const SAVED_MESSAGES: Record<SavedKind, string> = {
  kommentar: "Kommentaren är sparad.",
  svar: "Svaret är sparat.",
  lost: "Tråden är markerad som löst.",
  beslut: "Beslutet är sparat.",
  // One jurist mailed (named, or a party's only one), or more than one.
  skickat: "Ärendet är skickat till juridisk granskning. Juristen har fått ett meddelande.",
  "skickat-flera": "Ärendet är skickat till juridisk granskning. Juristerna har fått ett meddelande.",
  godkant: "Ärendet är godkänt. Redigerarna har fått ett meddelande.",
  tillbaka: "Ärendet är skickat tillbaka. Redigerarna har fått ett meddelande.",
};

/** The query parameter naming what was saved, on the address a save without JavaScript is redirected to. */
export const SAVED_PARAM = "sparat";

/**
 * What ?sparat= names, or undefined for no value, a repeated one or one that names nothing saved
 * (shown as nothing, never an error). A check against the list rather than a zod schema: the
 * step pages' notice reads it in the browser, and their first-load JavaScript is kept free of zod
 * (tests/unit/wizard/step-page-imports.test.ts); the value only picks one of the texts above.
 */
export function savedKindOf(value: unknown): SavedKind | undefined {
  return typeof value === "string" && (SAVED_KINDS as readonly string[]).includes(value) ? (value as SavedKind) : undefined;
}

/** The address a saved result stands at, telling the page what was saved: "?…&sparat=svar#fragment" (the fragment, which the browser keeps, stays last). */
export function withSaved(path: string, kind: SavedKind): string {
  const hash = path.indexOf("#");
  const [address, fragment] = hash === -1 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
  return `${address}${address.includes("?") ? "&" : "?"}${SAVED_PARAM}=${kind}${fragment}`;
}
