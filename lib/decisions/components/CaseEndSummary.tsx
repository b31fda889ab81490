import { joinList } from "@/lib/format";
import { NOUNS, formatCount, formatCountOf } from "@/lib/format/count";
import type { CaseEnd } from "../status";

/**
 * Where the case's end stands, in three lines: adopted, signed, and what to check. "Att
 * kontrollera" stands beside the counts so that "Alla parter" is never read alone (a walk).
 * `partiesBelow`: the page lists the parties below (the decisions page); else they are named.
 * With one party, "1 av 1 part" and a line on the partner it lacks: "Alla parter" read as the
 * case's end on a case that has only begun to name its parties (a walk).
 */
export function CaseEndSummary({ end, partiesBelow }: { end: CaseEnd; partiesBelow: boolean }) {
  // The parties of the case now; one no longer a party is shown with its entries, not counted.
  const current = end.parties.filter((p) => !p.former);
  const decided = current.filter((p) => p.decided).length;
  const signed = current.filter((p) => p.signed).length;
  const toCheck = current.filter((p) => p.notices.length > 0);
  const points = formatCount(
    toCheck.reduce((n, p) => n + p.notices.length, 0),
    NOUNS.checkPoint,
  );
  const names = joinList(toCheck.map((p) => p.name));
  return (
    <dl className="mt-4 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
      <dt className="font-semibold">Beslut enligt förslaget</dt>
      <dd>{end.allDecided ? "Alla parter" : formatCountOf(decided, current.length, NOUNS.party)}</dd>
      <dt className="font-semibold">Undertecknat</dt>
      <dd>{end.allSigned ? "Alla parter" : formatCountOf(signed, current.length, NOUNS.party)}</dd>
      {end.tooFewParties ? (
        <>
          <dt className="font-semibold">Parter</dt>
          <dd>{TOO_FEW_PARTIES}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Att kontrollera</dt>
      <dd>{toCheck.length ? (partiesBelow ? `${points} – se ${names} nedan` : `${points}, för ${names}`) : "Inget"}</dd>
    </dl>
  );
}

/** KL 9 kap. 37 §: in avtalssamverkan one party performs a task for another; the case names only one. */
export const TOO_FEW_PARTIES =
  "Ärendet har bara en part. Avtalssamverkan är ett avtal där en part utför en uppgift åt en annan (9 kap. 37 § kommunallagen): namnge samverkansparten i steg 2B eller bjud in den till ärendet.";

/** Whether anything is recorded for the case's end: a decision or a signature of any party. */
export function hasEntries(end: CaseEnd): boolean {
  return end.parties.some((p) => p.decisions.length > 0 || p.signatures.length > 0);
}
