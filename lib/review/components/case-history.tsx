import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { DECISION_LABELS } from "../labels";
import { decisionEventText } from "@/lib/decisions/labels";
import { stepCompletionText } from "@/lib/wizard/progress";
import type { Case } from "@/lib/case";
import { answerLabel, describeChange } from "../diff";
import type { HistoryEntry, listCaseHistory } from "../history";

function eventText(entry: Extract<HistoryEntry, { kind: "event" }>): string {
  const d = entry.details;
  const org = typeof d.organizationName === "string" ? ` för ${d.organizationName}` : "";
  switch (entry.action) {
    case "case.create":
      return "skapade ärendet";
    case "case.invite":
      return `bjöd in ${String(d.email ?? "en person")} (${d.role === "REVIEWER" ? "granskare" : "redigerare"})`;
    case "case.invitation.revoke":
      return `återkallade inbjudan till ${String(d.email ?? "en person")} (${d.role === "REVIEWER" ? "granskare" : "redigerare"})`;
    case "invitation.accept":
      return `tog emot en inbjudan som ${d.role === "REVIEWER" ? "granskare" : "redigerare"}`;
    case "case.review.request":
      return `skickade ärendet till juridisk granskning${org}`;
    case "case.review.withdraw":
      return `tog tillbaka begäran om juridisk granskning${org}`;
    case "case.review.comment":
      return d.reply ? "svarade på en kommentar" : "kommenterade";
    case "case.review.dispose":
      return "markerade en kommentar som löst";
    case "case.review.decide":
      return `beslutade ”${DECISION_LABELS[d.kind as keyof typeof DECISION_LABELS] ?? String(d.kind)}” om ${typeof d.findingTitle === "string" ? `iakttagelsen ”${d.findingTitle}”` : "en iakttagelse"}`;
    case "case.review.approve":
      return `godkände version ${String(d.version)}${org}`;
    case "case.review.return":
      return `skickade tillbaka ärendet${org}`;
    case "case.update":
      return stepCompletionText(d);
    case "case.decision.record":
    case "case.decision.withdraw": {
      const { what, outcome } = decisionEventText(entry.action, d);
      return `${what}${outcome}`;
    }
    case "case.document.generate": {
      // A walk found the documents' creation missing from the history; a press that found them there already created none.
      const created = typeof d.created === "number" ? d.created : null;
      const version = typeof d.version === "number" ? ` för version ${d.version}` : "";
      // Files, not documents: each document is stored as Word and PDF (a review read "14 handlingar" for 7).
      if (created === 0) return `skapade inga nya filer${version}: de fanns redan`;
      return `skapade ${created === null ? "dokumentens filer" : created === 1 ? "en fil" : `${created} filer`} (Word och PDF)${version}`;
    }
    default:
      return entry.action;
  }
}

/** The case's history as sentences: who changed which answer from what to what, and review and invitation events. */
export function CaseHistory({ history, caseId, doc }: { history: Awaited<ReturnType<typeof listCaseHistory>>; caseId: string; doc: Case }) {
  if (history.total === 0) return <p className="mt-2">Inget har hänt i ärendet än.</p>;
  return (
    <>
      <ol className="mt-4 space-y-3">
        {history.entries.map((entry) => (
          <li key={entry.id} className="border-b border-slate-200 pb-2">
            <p className="text-sm">
              <DateTime value={entry.at} />
            </p>
            {entry.kind === "event" ? (
              <p>
                <strong>{entry.who}</strong> {eventText(entry)}.
              </p>
            ) : (
              <>
                <p>
                  <strong>{entry.who}</strong> sparade version {entry.version}:
                </p>
                <ul className="ml-6 list-disc">
                  {entry.changes.map((change) => {
                    const shown = describeChange(doc, change.path, change.before, change.after);
                    return (
                      <li key={change.path}>
                        {answerLabel(change.path).step ? `Steg ${answerLabel(change.path).step}, ` : ""}
                        {answerLabel(change.path).label}: från ”{shown.before}” till ”{shown.after}”
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
      {history.pages > 1 ? (
        <nav aria-label="Historikens sidor" className="mt-4 flex gap-6">
          {history.page > 1 ? (
            <Link className="text-brand-700 underline" href={`/arenden/${caseId}?historik=${history.page - 1}#historik`}>
              Nyare händelser
            </Link>
          ) : null}
          <span>
            Sida {history.page} av {history.pages}
          </span>
          {history.page < history.pages ? (
            <Link className="text-brand-700 underline" href={`/arenden/${caseId}?historik=${history.page + 1}#historik`}>
              Äldre händelser
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
