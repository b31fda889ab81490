import type { SaveStatus } from "./use-autosave";
import { CONFLICTS_ID } from "./field-ids";
import { NOUNS, formatCount, plural } from "@/lib/format/count";
import { endSentence } from "@/lib/format/sentence";

const TIME = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" });

const CLOCK = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Europe/Stockholm" });

/**
 * When the next try is, as a time of day: "Nytt försök om 8 sekunder" stood still for its
 * eight seconds and more (a walk), and a line counting down would be read out every second.
 */
function retry(at: string | undefined): string {
  return at === undefined ? "" : ` Nästa försök kl. ${CLOCK.format(new Date(at))}.`;
}

function text(status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "Svaren sparas automatiskt medan du skriver.";
    case "pending":
      return "Ändrat – sparas strax.";
    case "saving":
      return "Sparar …";
    case "saved": {
      // The server re-checks the whole case on every save; its count is the authoritative one.
      // "kl.": a bare "Sparat 00:04" was read as a duration (a screen-reader review).
      // A conflict's choice right after the time, before the count: it is what this save settled (a walk).
      const time = `Sparat kl. ${TIME.format(new Date(status.at))}${status.choice ? `. ${status.choice}` : ""}`;
      const saved = status.blockers === undefined ? time : `${endSentence(time)} Serverns kontroll: ${formatCount(status.blockers, NOUNS.blocker)} i hela ärendet.`;
      // With a notice after it, the time ends its sentence ("Sparat kl. 01:40. Den andra versionen gäller nu.").
      return status.notices?.length ? [endSentence(saved), ...status.notices].join(" ") : saved;
    }
    case "offline":
      return `Kunde inte spara: ingen kontakt med servern. Ändringarna finns kvar i den här webbläsaren och sparas automatiskt när anslutningen är tillbaka.${retry(status.retryAt)}`;
    case "unavailable":
      return `Kunde inte spara: servern svarar inte eller kan inte spara just nu. Ändringarna finns kvar i den här webbläsaren och sparas automatiskt så snart det går.${retry(status.retryAt)}`;
    case "signedOut":
      return status.elsewhere
        ? "Kunde inte spara: du har loggat ut i en annan flik, och ändringar som inte var sparade har raderats från webbläsaren. Det som står på den här sidan sparas om du loggar in igen i en annan flik och sedan kommer tillbaka hit. Stänger du sidan försvinner det."
        : "Kunde inte spara: du har blivit utloggad. Dina ändringar finns kvar i den här webbläsaren och sparas när du har loggat in igen.";
    case "invalid": {
      // Answers with errors wait; the rest of the step is saved without them, and the line says so.
      const held = `${formatCount(status.heldBack, NOUNS.answer)} har fel och sparas när ${plural(status.heldBack, ["det är rättat", "de är rättade"])}. Se listan överst på sidan.`;
      return [status.savedAt ? `Övriga svar sparade kl. ${TIME.format(new Date(status.savedAt))}.` : "", held, ...(status.notices ?? [])].filter(Boolean).join(" ");
    }
    case "error":
      return `Kunde inte spara: ${status.message}`;
  }
}

/**
 * Where the page says whether the answers are saved. The lasting states are a polite live region,
 * read out without interrupting; "Ändrat – sparas strax." and "Sparar …" are shown but not read
 * out: with them every pause in typing was said three times (a screen-reader walk), and the
 * "Sparat" that follows says all they did. A reader who moves to the line hears them as they stand.
 */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const problem = status.kind !== "idle" && status.kind !== "pending" && status.kind !== "saving" && status.kind !== "saved";
  const passing = status.kind === "pending" || status.kind === "saving";
  return (
    <div className={`rounded px-3 py-2 ${problem ? "bg-amber-50 font-semibold text-red-900" : "bg-slate-50 text-slate-800"}`} data-save-status={status.kind}>
      <p role="status" aria-live="polite">
        {passing ? null : <LastingStatus status={status} />}
      </p>
      {passing ? <p>{text(status)}</p> : null}
    </div>
  );
}

function LastingStatus({ status }: { status: SaveStatus }) {
  return (
    <>
      {text(status)}
      {status.kind === "error" && status.conflict ? (
        <>
          {" "}
          {/* The panel stands above the form, often a screen or more above the answer being typed (a walk). */}
          <button
            type="button"
            className="underline"
            onClick={() => document.getElementById(CONFLICTS_ID)?.focus()}
          >
            Visa de två versionerna
          </button>
        </>
      ) : null}
      {status.kind === "signedOut" && !status.elsewhere ? (
        <>
          {" "}
          {/* Not "Logga ut": signing out forgets the answers kept here; signing in keeps them (per person). */}
          <a href={`/logga-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`} className="underline">
            Logga in igen
          </a>
        </>
      ) : null}
    </>
  );
}
