import type { Case } from "@/lib/case";
import { overTermHeading } from "@/lib/case/economy";
import { TableScroll } from "@/components/TableScroll";
import { economyFacts, termAmount } from "@/lib/documents/economy-facts";
import { NOUNS, formatCount } from "@/lib/format/count";
import { formatKronor, formatPercent } from "@/lib/format/money";
import { startSentence } from "@/lib/format/sentence";
import type { Evaluation, ValuationMethod } from "@/lib/rules";
import Link from "@/components/Link";
import { answerRowPath } from "./answer-anchors";

// The economy and the per-authority procurement valuation on the review page: what a jurist needs
// to check self-cost (KL 2 kap. 6 §) and each authority's direct-award limit (LOU 5 kap.). Read
// from the same facts as the documents (lib/documents/economy-facts.ts), so both say the same.

const VALUATION_METHOD_LABELS: Record<ValuationMethod, string> = {
  kontraktsvarde: "kontraktsvärde",
  hela_avtalstiden: "hela avtalstiden",
  manadsvarde_x48: "månadsvärde × 48",
  hogre_lasning: "den högre av två läsningar",
  okant: "okänd metod",
};

const kr = (amount: number | undefined) => (amount === undefined ? "Saknas" : formatKronor(amount));

function AnswerLink({ caseId, path, label }: { caseId: string; path: string; label: string }) {
  return (
    <Link href={answerRowPath(caseId, path)} className="text-sm text-brand-700 underline">
      {label}
    </Link>
  );
}

export function ReviewEconomy({ caseId, doc }: { caseId: string; doc: Case }) {
  const f = economyFacts(doc);
  const term = f.termKind === "tillsvidare" ? "tills vidare" : f.termMonths !== undefined ? formatCount(f.termMonths, NOUNS.month) : "Saknas";
  return (
    <section aria-labelledby="ekonomi" className="mt-10">
      <h2 id="ekonomi" className="text-2xl font-semibold">
        Ekonomi
      </h2>
      {/* Beside each other from the small breakpoint; on a phone each term above its value (a long term squeezed the values at 320 px). */}
      <dl className="mt-2 gap-x-4 gap-y-1 sm:grid sm:grid-cols-[auto_1fr] [&>dd]:mb-1 sm:[&>dd]:mb-0">
        <dt className="font-semibold">Uppdragstagarens självkostnad per år</dt>
        <dd>
          {kr(f.selfCostBudgetKr)} <AnswerLink caseId={caseId} path="economy.selfCostBudget" label="Se svaret" />
        </dd>
        <dt className="font-semibold">Fördelningsgrund</dt>
        <dd>{f.splitMethod ?? "Saknas"}</dd>
        <dt className="font-semibold">Avtalstid</dt>
        <dd>{term}</dd>
        <dt className="font-semibold">Uppdragstagarens egen andel per år</dt>
        {/* Without a budget there is nothing to carry: "Saknas", not a computed 0 kr. */}
        <dd>{kr(f.selfCostBudgetKr === undefined ? undefined : f.contractorCarriesKr)}</dd>
        <dt className="font-semibold">Parternas betalningar per år, sammanlagt</dt>
        <dd>{kr(f.yearlyPaymentsTotalKr)}</dd>
      </dl>
      {/* The title above the scrolling box, the caption for screen readers (see AuthorityValuation). */}
      <p aria-hidden="true" className="mt-4 font-semibold">Varje parts andel och betalning</p>
      <TableScroll label="Varje parts andel och betalning">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Varje parts andel och betalning</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-1 pr-4">Part</th>
              <th scope="col" className="py-1 pr-4">Andel</th>
              <th scope="col" className="py-1 pr-4 text-right">Per år</th>
              <th scope="col" className="py-1 pr-4 text-right">{f.termKind === "fast" ? overTermHeading({ months: f.termMonths, extensionMonths: f.extensionMonths }) : "Under avtalstiden"}</th>
            </tr>
          </thead>
          <tbody>
            {f.parties.map((p) => (
              <tr key={p.partyId} className="border-b border-slate-300">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {p.partyName}
                  {p.isContractor ? " (uppdragstagare, egen andel)" : ""}
                </th>
                <td className="py-1 pr-4">{p.sharePercent === undefined ? "Saknas" : `${formatPercent(p.sharePercent)}${p.shareFromPopulation ? " (efter befolkning)" : ""}`}</td>
                <td className="py-1 pr-4 text-right">{kr(p.isContractor ? p.yearlyShareKr : p.yearlyPaymentKr)}</td>
                <td className="py-1 pr-4 text-right">{termAmount(p) !== undefined ? formatKronor(termAmount(p)!) : f.termKind === "tillsvidare" ? "Löper tills vidare" : "Saknas"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="mt-1">
        <AnswerLink caseId={caseId} path="economy.costShares" label="Se svaren om kostnadsfördelningen" />
      </p>
    </section>
  );
}

/** Each contracting authority's estimated value, compared with the direct-award limit. */
export function AuthorityValuation({ evaluation }: { evaluation: Evaluation }) {
  const { perAuthority } = evaluation.procurement.estimatedValue;
  if (perAuthority.length === 0) return <p className="mt-2">Inget värde per upphandlande myndighet kunde beräknas.</p>;
  return (
    <>
      {/* Shown above the scrolling box: as the caption of a table wider than a phone, the title
          ran off the screen with the table (a walk at 375 px). The caption stays for screen readers. */}
      <p aria-hidden="true" className="mt-4 font-semibold">Värde per upphandlande myndighet (LOU 5 kap.)</p>
      <TableScroll label="Värde per upphandlande myndighet">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Värde per upphandlande myndighet (LOU 5 kap.)</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-1 pr-4">Myndighet</th>
              <th scope="col" className="py-1 pr-4">Metod</th>
              <th scope="col" className="py-1 pr-4 text-right">Värde</th>
              <th scope="col" className="py-1 pr-4 text-right">Andra direktupphandlingar av samma slag</th>
              <th scope="col" className="py-1 pr-4 text-right">Jämförs med gränsen</th>
            </tr>
          </thead>
          <tbody>
            {perAuthority.map((a) => (
              <tr key={a.partyId} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {startSentence(a.label)}
                  {a.legalAssessment ? <span className="block text-sm">Metoden kräver juridisk bedömning.</span> : null}
                </th>
                <td className="py-1 pr-4">{VALUATION_METHOD_LABELS[a.method]}</td>
                <td className="py-1 pr-4 text-right">{kr(a.amount)}</td>
                <td className="py-1 pr-4 text-right">{a.otherSameKind === undefined ? "Inte angivet" : formatKronor(a.otherSameKind)}</td>
                <td className="py-1 pr-4 text-right">{kr(a.compared)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
