import Link from "@/components/Link";
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
export function CaseEndSummary({ end, partiesBelow, caseId }: { end: CaseEnd; partiesBelow: boolean; caseId: string }) {
  const { current, decided, signed } = endCounts(end);
  const toCheck = current.filter((p) => p.notices.length > 0);
  const points = formatCount(
    toCheck.reduce((n, p) => n + p.notices.length, 0),
    NOUNS.checkPoint,
  );
  const names = joinList(toCheck.map((p) => p.name));
  return (
    <dl className="mt-4 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
      <dt className="font-semibold">Beslut enligt förslaget</dt>
      <dd>{decided}</dd>
      <dt className="font-semibold">Undertecknat</dt>
      <dd>{signed}</dd>
      {end.tooFewParties ? (
        <>
          <dt className="font-semibold">Parter</dt>
          <dd>
            {TOO_FEW_PARTIES}{" "}
            <Link href={`/arenden/${caseId}/steg/2b`} className="text-brand-700 underline">
              Till steg 2B
            </Link>
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">Att kontrollera</dt>
      <dd>
        {/* Never "Inget" while the partner is missing (a walk read it under the warning). */}
        {[end.tooFewParties ? "samverkansparten saknas" : "", toCheck.length ? (partiesBelow ? `${points} – se ${names} nedan` : `${points}, för ${names}`) : ""]
          .filter(Boolean)
          .join("; ")
          .replace(/^./, (c) => c.toUpperCase()) || "Inget"}
      </dd>
    </dl>
  );
}

/** "Alla parter", or how many of the case's parties now (one no longer a party is shown with its entries, not counted). */
function endCounts(end: CaseEnd) {
  const current = end.parties.filter((p) => !p.former);
  return {
    current,
    decided: end.allDecided ? "Alla parter" : formatCountOf(current.filter((p) => p.decided).length, current.length, NOUNS.party),
    signed: end.allSigned ? "Alla parter" : formatCountOf(current.filter((p) => p.signed).length, current.length, NOUNS.party),
  };
}

/**
 * "Mina ärenden": the two counts on one line after a link to the decisions page, for a case with
 * anything recorded; a case of one party says so in words ("1 av 1 part" read as finished, a walk).
 */
export function CaseEndLine({ end, caseId, title }: { end: CaseEnd; caseId: string; title: string }) {
  const current = end.parties.filter((p) => !p.former);
  const count = (done: number) => formatCountOf(done, current.length, NOUNS.party);
  const decided = end.allDecided ? "alla parter har beslutat enligt förslaget" : `${count(current.filter((p) => p.decided).length)} har beslutat enligt förslaget`;
  const signed = end.allSigned ? "alla har undertecknat" : `${count(current.filter((p) => p.signed).length)} har undertecknat`;
  return (
    <>
      <Link href={`/arenden/${caseId}/beslut`} className="text-brand-700 underline">
        Beslut och underskrifter<span className="sr-only"> för {title}</span>
      </Link>
      : {decided}, {signed}
      {end.tooFewParties ? ". Ärendet har bara en part: samverkansparten saknas." : "."}
    </>
  );
}

/**
 * The case names only one party. Every form of samverkan has two or more (an agreement under KL
 * 9 kap. 37 § is one municipality or region doing a task for another; a gemensam nämnd and a
 * kommunalförbund have two or more members), so the words cite none of them.
 */
export const TOO_FEW_PARTIES = "Ärendet har bara en part. Samverkan kräver minst två parter: namnge samverkansparten i steg 2B eller bjud in den till ärendet.";

/** Whether anything is recorded for the case's end: a decision or a signature of any party. */
export function hasEntries(end: CaseEnd): boolean {
  return end.parties.some((p) => p.decisions.length > 0 || p.signatures.length > 0);
}
