"use client";

import { createContext, useContext } from "react";
import { formatDate } from "@/lib/format/date";
import type { ConflictAuthor } from "../merge";
import { takenId } from "./field-ids";

/**
 * The answers this page took in from a save made elsewhere (a colleague, another tab) and shows
 * now, with who saved each where the server could say. Said at the field as well as at the page's
 * top: a walk's editor, scrolled down to the clause, read "Sparat" beside a text that was no
 * longer hers and never saw the notice above.
 */
export const TakenFromOthersContext = createContext<ReadonlyMap<string, ConflictAuthor | undefined>>(new Map());

const TIME = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" });

/** When, in a sentence: "kl. 21:36" today, "2026-12-06 kl. 21:36" another day. */
export function takenWhen(at: string, now: Date = new Date()): string {
  const saved = new Date(at);
  const day = formatDate(saved);
  return `${day === formatDate(now) ? "" : `${day} `}kl. ${TIME.format(saved)}`;
}

/** Who saved an answer taken in, and when, for the page's notice: "av Nora Ström, kl. 21:36". */
export function takenByAndWhen(author: ConflictAuthor | undefined): string {
  return author ? `${takenByPhrase(author)}, ${takenWhen(author.at)}` : takenByPhrase(author);
}

/** Who saved an answer taken in, as a phrase in a sentence: "av Nora Ström", "av dig i en annan flik". */
export function takenByPhrase(author: ConflictAuthor | undefined): string {
  if (!author) return "av en kollega eller i en annan flik";
  return author.self ? "av dig i en annan flik, ett annat fönster eller på en annan enhet" : `av ${saverName(author)}`;
}

/** The saver with the party they represent: "Per Partner från Fjällvikens kommun". */
export function saverName(author: ConflictAuthor): string {
  return author.organization ? `${author.name} från ${author.organization}` : author.name;
}

/**
 * Whether the question's answer was taken in from elsewhere, so that its control names the note
 * among what describes it: a screen-reader user tabbing to the field heard the colleague's text
 * with no word that it was not theirs (an accessibility review).
 */
export function useTakenIn(path: string): boolean {
  return useContext(TakenFromOthersContext).has(path);
}

/** Under a question whose answer was taken in from elsewhere; nothing otherwise. */
export function TakenNote({ path }: { path: string }) {
  const taken = useContext(TakenFromOthersContext);
  if (!taken.has(path)) return null;
  const author = taken.get(path);
  return (
    <p id={takenId(path)} className="mt-1 rounded border-l-4 border-brand-700 bg-brand-50 px-2 py-1 text-sm">
      {author ? (
        <>
          {/* The time as the page's notice says it ("kl. 23:23" today): a walk read the two forms side by side. */}
          Svaret har sparats {takenByPhrase(author)} <time dateTime={author.at} className="whitespace-nowrap">{takenWhen(author.at)}</time> och visas nu som det sparades.
        </>
      ) : (
        "Svaret har sparats på annat håll, av en kollega eller i en annan flik, och visas nu som det sparades där."
      )}
    </p>
  );
}
