import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { NOUNS, clipAtWord, formatCount } from "@/lib/format";
import { ReviewStateLine } from "@/lib/review/components/review-status";
import { DECISION_LABELS } from "@/lib/review/labels";
import type { StartCase } from "../cases";

const LINK = "text-brand-700 underline";
const PRIMARY = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800";

/** A case's legal review in words: the labels "Mina ärenden" and the review page use. */
export function ReviewLine({ c }: { c: Pick<StartCase, "review" | "reviewParties"> }) {
  return (
    <p className="text-sm">
      <ReviewStateLine overall={c.review} parties={c.reviewParties} />
    </p>
  );
}

/**
 * What the jurist sent back or asked: first on the editor's start page (lib/start/cases.ts orders
 * it). Each case has its own link to its review, named for the case ("Gå till granskningen av
 * <titel>") so that it does not read as the case list's link of the same title to the overview;
 * the title itself is text. With one case the link is the block's main button.
 */
export function ReviewTodo({ todo }: { todo: StartCase[] }) {
  const single = todo.length === 1;
  return (
    <section aria-labelledby="att-gora-rubrik" className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 p-4">
      <h3 id="att-gora-rubrik" className="text-lg font-semibold">
        Att göra efter den juridiska granskningen
      </h3>
      <ul className="mt-2 space-y-3">
        {todo.map((c) => (
          <li key={c.id}>
            <p className="font-semibold">{c.title}</p>
            <ReviewLine c={c} />
            {c.returns.map((r) => (
              <p key={r.organizationId} className="mt-1 text-sm">
                Skickat tillbaka av {r.byName}
                {r.partyName ? ` för ${r.partyName}` : ""}, <DateTime value={r.at} />
                {r.summary ? `: ”${clipAtWord(r.summary, 200)}”` : "."}
                {r.mustFix ? ` ${formatCount(r.mustFix, NOUNS.finding)} med beslutet ”${DECISION_LABELS.MUST_FIX}”.` : ""}
              </p>
            ))}
            {c.commentsWaiting ? <p className="mt-1 text-sm">{formatCount(c.commentsWaiting, NOUNS.comment)} från granskningen väntar på svar.</p> : null}
            <p className={single ? "mt-4" : "mt-1"}>
              <Link href={`/arenden/${c.id}/juridisk-granskning`} className={single ? PRIMARY : LINK}>
                Gå till granskningen<span className="sr-only"> av {c.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
