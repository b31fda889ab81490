// What a review form's save says: with JavaScript in the form itself (its state's message),
// without it on the page the save is redirected to (Post/Redirect/Get), which the redirect tells
// what was saved by ?sparat=… The one list of the texts, so that both ways say the same.

export const SAVED_KINDS = ["kommentar", "svar", "lost", "beslut", "skickat", "skickat-flera", "godkant", "tillbaka", "tagen-tillbaka"] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];

export const SAVED_MESSAGES: Record<SavedKind, string> = {
  kommentar: "Kommentaren är sparad.",
  // "Svaret" alone read as the case's answer being saved (the walk).
  svar: "Ditt svar på kommentaren är sparat.",
  lost: "Tråden är markerad som löst.",
  beslut: "Beslutet är sparat.",
  // One jurist mailed (named, or a party's only one), or more than one.
  skickat: "Ärendet är skickat till juridisk granskning. Juristen har fått ett meddelande.",
  "skickat-flera": "Ärendet är skickat till juridisk granskning. Juristerna har fått ett meddelande.",
  godkant: "Ärendet är godkänt. Redigerarna har fått ett meddelande.",
  tillbaka: "Ärendet är skickat tillbaka. Redigerarna har fått ett meddelande.",
  // Whoever it waited for is mailed; a party with no jurist left has nobody to tell, so the text does not say it.
  "tagen-tillbaka": "Begäran om granskning är tagen tillbaka. Ärendet väntar inte längre på granskning för den parten.",
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

/**
 * The query parameter naming where the saved result stands: the id the redirect's fragment names.
 * The server never sees a fragment, so without it the page could only say what was saved at its
 * top, a screen or more above the item the browser scrolls to; with it, the block with that id
 * says it (SavedNoticeHere), where the person lands.
 */
export const SAVED_AT_PARAM = "vid";

/**
 * The address a saved result stands at, telling the page what was saved and where:
 * "?…&sparat=svar&vid=fragment#fragment" (the fragment, which the browser keeps, stays last).
 */
export function withSaved(path: string, kind: SavedKind): string {
  const hash = path.indexOf("#");
  const [address, fragment] = hash === -1 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
  const params = new URLSearchParams({ [SAVED_PARAM]: kind });
  if (fragment.length > 1) params.set(SAVED_AT_PARAM, fragment.slice(1));
  return `${address}${address.includes("?") ? "&" : "?"}${params.toString()}${fragment}`;
}

/** What a redirected save saved and the id of the block it stands in (undefined: no place named), from the address's query. */
export function savedOf(query: { get(name: string): string | null } | null | undefined): { kind: SavedKind; at: string | undefined } | undefined {
  const kind = savedKindOf(query?.get(SAVED_PARAM) ?? undefined);
  if (!kind) return undefined;
  const at = query?.get(SAVED_AT_PARAM);
  return { kind, at: at ? at : undefined };
}
