"use client";

import { formatKronor, formatPercent } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/rules";
import { splitYearlyCost } from "../cost-split";
import { useLiveEvaluation } from "./live-evaluation";

/** Step 2A calculator: self-cost check, each party's share in kronor, and the contract value against the direct-award limit. */
export function EconomyPanel() {
  const { doc, evaluation } = useLiveEvaluation();
  const split = splitYearlyCost(doc);
  const { annualCost, annualCompensation } = doc.economy;
  const estimate = evaluation.procurement.estimatedValue;
  const directAward = evaluation.procurement.routes.find((r) => r.route === "direktupphandling");
  let selfCost = "Ange både kostnad och ersättning per år för att jämföra dem.";
  if (annualCost !== undefined && annualCompensation !== undefined) {
    const diff = annualCompensation - annualCost;
    selfCost =
      diff === 0
        ? "Ersättningen motsvarar kostnaden. Det stämmer med självkostnadsprincipen (kommunallagen 2 kap. 6 §)."
        : diff > 0
          ? `Ersättningen är ${formatKronor(diff)} högre än kostnaden per år. Självkostnadsprincipen (kommunallagen 2 kap. 6 §) tillåter inte att uppdragstagaren tar ut mer än kostnaden.`
          : `Ersättningen är ${formatKronor(-diff)} lägre än kostnaden per år. Uppdragstagaren bär då en del av en annan kommuns kostnad; låt en jurist bedöma om det är förenligt med kommunallagen.`;
  }
  return (
    <section aria-labelledby="ekonomi-rubrik" className="mt-8 rounded border-2 border-brand-700 p-4">
      <h2 id="ekonomi-rubrik" className="text-xl font-semibold">
        Ekonomisk kalkyl
      </h2>
      <h3 className="mt-4 font-semibold">Självkostnad</h3>
      <p className="mt-1">{selfCost}</p>

      <h3 className="mt-4 font-semibold">Kostnadsfördelning per år</h3>
      {split.rows.length === 0 ? (
        <p className="mt-1">Lägg till parterna i steg 2B för att se fördelningen.</p>
      ) : (
        <table className="mt-2 border-collapse text-left">
          <caption className="sr-only">Varje parts andel och belopp per år</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 p-2">Part</th>
              <th scope="col" className="border border-slate-300 p-2">Andel</th>
              <th scope="col" className="border border-slate-300 p-2">Kronor per år</th>
            </tr>
          </thead>
          <tbody>
            {split.rows.map((row) => (
              <tr key={row.partyId}>
                <th scope="row" className="border border-slate-300 p-2 font-normal">{row.partyName}</th>
                <td className="border border-slate-300 p-2">{row.percent !== undefined ? formatPercent(row.percent) : "–"}</td>
                <td className="border border-slate-300 p-2">{row.kronor !== undefined ? formatKronor(row.kronor) : "–"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="border border-slate-300 p-2">Summa</th>
              <td className="border border-slate-300 p-2">{formatPercent(split.totalPercent)}</td>
              <td className="border border-slate-300 p-2">{split.yearlyAmount !== undefined ? formatKronor(split.yearlyAmount) : "–"}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {split.rows.length > 0 && split.totalPercent !== 100 ? <p className="mt-1 font-semibold text-red-800">Andelarna ska tillsammans bli 100 %.</p> : null}

      <h3 className="mt-4 font-semibold">Uppskattat kontraktsvärde (LOU 5 kap. 13 §)</h3>
      <p className="mt-1 text-lg">{estimate.amount !== undefined ? formatKronor(estimate.amount) : "Kan inte räknas ut än"}</p>
      <ol className="mt-1 list-decimal pl-6 text-sm">
        {estimate.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {estimate.missing.length > 0 ? <p className="mt-1 text-sm">Saknas: {estimate.missing.join("; ")}.</p> : null}

      <h3 className="mt-4 font-semibold">Direktupphandlingsgräns den {evaluation.evaluationDate}</h3>
      <ul className="mt-1 text-sm">
        {evaluation.procurement.limits.map((limit) => (
          <li key={limit.category}>
            {limit.category}:{" "}
            {limit.amount !== undefined ? (
              <>
                {formatKronor(limit.amount)} (gäller {limit.validFrom}–{limit.validTo}; källa: {limit.source})
              </>
            ) : (
              <strong>ingen bekräftad gräns för datumet – verifiera aktuellt belopp hos Upphandlingsmyndigheten</strong>
            )}
          </li>
        ))}
      </ul>
      {directAward ? (
        <p className="mt-2">
          Bedömning av direktupphandling: <strong>{VERDICT_LABELS[directAward.verdict]}</strong>. {directAward.conclusion}
        </p>
      ) : null}
    </section>
  );
}
