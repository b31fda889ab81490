"use client";

import { createContext, useContext } from "react";

/**
 * The answers this page took in from a save made elsewhere (a colleague, another tab) and shows
 * now. Said at the field as well as at the page's top: a walk's editor, scrolled down to the
 * clause, read "Sparat" beside a text that was no longer hers and never saw the notice above.
 */
export const TakenFromOthersContext = createContext<ReadonlySet<string>>(new Set());

/** Under a question whose answer was taken in from elsewhere; nothing otherwise. */
export function TakenNote({ path }: { path: string }) {
  const taken = useContext(TakenFromOthersContext);
  if (!taken.has(path)) return null;
  return <p className="mt-1 rounded border-l-4 border-brand-700 bg-brand-50 px-2 py-1 text-sm">Svaret har sparats på annat håll, av en kollega eller i en annan flik, och visas nu som det sparades där.</p>;
}
