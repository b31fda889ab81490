"use client";

import Link from "@/components/Link";
import { SourceText } from "@/components/SourceText";
import { formatKronor, formatPercent, startSentence } from "@/lib/format";
import { routeVerdictLabel } from "@/lib/rules/types";
import { rowRoleText, splitYearlyCost } from "../cost-split";
import { findPage, pageHref } from "../pages";
import { fieldId } from "./field-ids";
import { useLiveEvaluation } from "./live-evaluation";

/**
 * Step 2A calculator. Everything here is derived from the self-cost budget and the shares (or the
 * price the agreement states): nothing is typed twice, so the figures cannot contradict each other.
 */
/** Where the direct award over the limit is a Hinder: beside the route choice on 2A Juridik. */
const ROUTE_CHOICE = fieldId("procurement.reliedOnRoutes");

export function EconomyPanel({ caseId, onRouteChoicePage }: { caseId: string; onRouteChoicePage: boolean }) {
  const { doc, evaluation } = useLiveEvaluation();
  const procurement = evaluation.procurement;
  // Only a page without the calculator has no procurement assessment (page-evaluation.ts).
  if (!procurement) return null;
  const split = splitYearlyCost(doc);
  // The sum of the rows above it, not the budget: with shares of 110 % the rows come to more than the budget (a walk saw "110 % | 4 800 000 kr" under rows of 5 280 000 kr).
  const rowsPerYear = split.rows.length > 0 && split.rows.every((row) => row.perYear !== undefined) ? split.rows.reduce((sum, row) => sum + row.perYear!, 0) : undefined;
  const estimate = procurement.estimatedValue;
  const directAward = procurement.routes.find((r) => r.route === "direktupphandling");
  const selfCostFinding = evaluation.findings.find((f) => f.code === "ECON_COMPENSATION_ABOVE_COST" || f.code === "ECON_COMPENSATION_BELOW_COST");
  // Every share given and not summing to 100 %: the calculation does not cover the cost exactly, and
  // must not say it does (a walk saw "täcker kostnaden utan att överstiga den" beside "Summa 110 %").
  // Over 100 % is a sum to mend (the finding's blocker), not by itself a charge above cost: which
  // share is too large decides that, so no statute is cited for it.
  const sharesGiven = split.rows.length > 0 && split.rows.every((row) => row.percent !== undefined);
  const selfCost =
    split.budget === undefined
      ? "Ange uppdragstagarens självkostnad per år för att se vad varje part betalar."
      : selfCostFinding
        ? `${selfCostFinding.title}. ${selfCostFinding.explanation}`
        : sharesGiven && split.totalPercent > 100
          ? `Andelarna blir tillsammans ${formatPercent(split.totalPercent)}, inte 100 %: betalningarna och den egna andelen räknas då fram ur mer än hela självkostnaden.`
          : sharesGiven && split.totalPercent < 100
            ? `Andelarna blir tillsammans ${formatPercent(split.totalPercent)}, så en del av självkostnaden bärs inte av någon part. Enligt SKR:s rapport bör ersättningen täcka uppdragstagarens kostnad.`
            : "Betalningarna räknas fram ur självkostnaden och andelarna, så de täcker kostnaden utan att överstiga den (kommunallagen 2 kap. 6 §).";
  return (
    <section aria-labelledby="ekonomi-rubrik" className="mt-8 rounded border-2 border-brand-700 p-4 [overflow-wrap:anywhere]">
      <h2 id="ekonomi-rubrik" className="text-xl font-semibold">
        Ekonomisk kalkyl
      </h2>
      <h3 className="mt-4 font-semibold">Självkostnad</h3>
      <p className="mt-1">
        Uppdragstagarens självkostnad per år: {split.budget !== undefined ? formatKronor(split.budget) : "inte angiven"}.
      </p>
      <p className="mt-1">{selfCost}</p>

      <h3 className="mt-4 font-semibold">Vad varje part betalar eller bär</h3>
      {split.rows.length === 0 ? (
        <p className="mt-1">Ange parterna och deras andelar för att se fördelningen.</p>
      ) : (
        <>
        {/* On a phone each party is a card of its own, so the five columns need no sideways scrolling. */}
        <ul className="mt-2 space-y-2 sm:hidden">
          {split.rows.map((row) => (
            <li key={row.partyId} className="rounded border border-slate-300 p-2">
              <p className="font-semibold">{row.partyName}</p>
              {/* Each term above its value: beside it, a long term ("Under avtalstiden (48 mån.)") left the values a letter wide at 320 px (a walk). */}
              <dl className="text-sm [&>dd]:mb-1 [&>dt]:font-semibold">
                <dt>Roll</dt>
                <dd>{rowRoleText(row)}</dd>
                <dt>Andel</dt>
                <dd>
                  {row.percent !== undefined ? formatPercent(row.percent) : "–"}
                  {row.fromPopulation ? " (efter invånare)" : ""}
                </dd>
                <dt>Kronor per år</dt>
                <dd>{row.perYear !== undefined ? formatKronor(row.perYear) : "–"}</dd>
                <dt>{split.overTermHeading}</dt>
                <dd>{row.overTerm !== undefined ? formatKronor(row.overTerm) : "–"}</dd>
              </dl>
            </li>
          ))}
          <li className="rounded border border-slate-300 p-2 text-sm">
            <strong>Summa:</strong> {formatPercent(split.totalPercent)}
            {rowsPerYear !== undefined ? `, ${formatKronor(rowsPerYear)} per år` : ""}
          </li>
        </ul>
        <table className="mt-2 hidden border-collapse text-left sm:table">
          <caption className="sr-only">Varje parts andel och belopp per år och över avtalstiden</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 p-2">Part</th>
              <th scope="col" className="border border-slate-300 p-2">Roll</th>
              <th scope="col" className="border border-slate-300 p-2">Andel</th>
              <th scope="col" className="border border-slate-300 p-2">Kronor per år</th>
              <th scope="col" className="border border-slate-300 p-2">{split.overTermHeading}</th>
            </tr>
          </thead>
          <tbody>
            {split.rows.map((row) => (
              <tr key={row.partyId}>
                <th scope="row" className="border border-slate-300 p-2 font-normal">{row.partyName}</th>
                <td className="border border-slate-300 p-2">{rowRoleText(row)}</td>
                <td className="border border-slate-300 p-2">
                  {row.percent !== undefined ? formatPercent(row.percent) : "–"}
                  {row.fromPopulation ? " (efter invånare)" : ""}
                </td>
                <td className="border border-slate-300 p-2">{row.perYear !== undefined ? formatKronor(row.perYear) : "–"}</td>
                <td className="border border-slate-300 p-2">{row.overTerm !== undefined ? formatKronor(row.overTerm) : "–"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="border border-slate-300 p-2">Summa</th>
              <td className="border border-slate-300 p-2" />
              <td className="border border-slate-300 p-2">{formatPercent(split.totalPercent)}</td>
              <td className="border border-slate-300 p-2">{rowsPerYear !== undefined ? formatKronor(rowsPerYear) : "–"}</td>
              <td className="border border-slate-300 p-2" />
            </tr>
          </tfoot>
        </table>
        </>
      )}
      {split.rows.length > 0 && split.totalPercent !== 100 ? <p className="mt-1 font-semibold text-red-800">Andelarna ska tillsammans bli 100 %.</p> : null}
      {split.clientsPerYear !== undefined ? (
        <p className="mt-1">
          {split.rows.filter((r) => r.pays).length === 1 ? `Uppdragsgivaren betalar ${formatKronor(split.clientsPerYear)} per år.` : `Uppdragsgivarna betalar tillsammans ${formatKronor(split.clientsPerYear)} per år.`}
        </p>
      ) : null}
      {split.contractorCarries !== undefined && split.contractorCarries > 0 ? (
        <p className="mt-1">Uppdragstagaren bär {formatKronor(split.contractorCarries)} per år för sina egna invånare. Det är inget köp och räknas inte i upphandlingsvärdet.</p>
      ) : null}

      {estimate.relevant ? (
        <>
          <h3 className="mt-4 font-semibold">Uppskattat värde per upphandlande myndighet (LOU 5 kap.), per den {estimate.valuationDate}</h3>
          {estimate.perAuthority.length === 0 ? <p className="mt-1">Ange vilken part som är uppdragsgivare.</p> : null}
          {/* Each party's calculation under its value: one list of every party's steps named the
              party before each step ("Fjällvikens kommun (part 2): Parten betalar …", a walk). */}
          <ul className="mt-1 space-y-2">
            {estimate.perAuthority.map((a) => (
              <li key={a.partyId}>
                {startSentence(a.label)}: <strong>{a.amount !== undefined ? formatKronor(a.amount) : "kan inte räknas ut än"}</strong>
                {a.legalAssessment ? " – den högre av två läsningar, kräver juridisk bedömning" : ""}
                {a.steps.length > 0 ? (
                  <ol className="mt-1 list-decimal pl-6 text-sm">
                    {a.steps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
          {estimate.missing.length > 0 ? <p className="mt-1 text-sm">Saknas: {estimate.missing.join("; ")}.</p> : null}
        </>
      ) : (
        <p className="mt-4">Alla uppgifter är myndighetsutövning, så inget upphandlingsvärde behöver beräknas.</p>
      )}

      <h3 className="mt-4 font-semibold">Direktupphandlingsgräns den {evaluation.evaluationDate}</h3>
      <ul className="mt-1 text-sm">
        {procurement.limits.map((limit) => (
          <li key={limit.category}>
            {startSentence(limit.category)}:{" "}
            {limit.amount !== undefined ? (
              <>
                {formatKronor(limit.amount)} (gäller {limit.validFrom}–{limit.validTo}; källa: <SourceText source={limit.source} />)
              </>
            ) : (
              <strong>ingen bekräftad gräns för datumet – verifiera aktuellt belopp hos Upphandlingsmyndigheten</strong>
            )}
          </li>
        ))}
      </ul>
      {directAward ? (
        <p className="mt-2">
          Bedömning av direktupphandling: <strong>{routeVerdictLabel(directAward)}</strong>. {directAward.conclusion}
        </p>
      ) : null}
      {/* The Hinder stands where the route is chosen: a walk on 2A Ekonomi read "Inte tillämplig"
          here, with no finding on the page and no way to the choice it concerns. */}
      {/* Said only beside the Hinder itself: a direct award ruled out because every task is
          myndighetsutövning is no Hinder (a final read). */}
      {evaluation.findings.some((f) => f.code === "PROC_DIRECT_AWARD_OVER_LIMIT") ? (
        <p className="mt-2">
          Ni stödjer er på direktupphandling. Hindret står vid valet av grund{" "}
          {onRouteChoicePage ? (
            <a href={`#${ROUTE_CHOICE}`} className="text-brand-700 underline">
              högre upp på sidan
            </a>
          ) : (
            <Link href={pageHref(caseId, findPage("2a", "juridik")!, ROUTE_CHOICE)} className="text-brand-700 underline">
              i steg 2A Juridik och upphandling
            </Link>
          )}
          .
        </p>
      ) : null}
    </section>
  );
}
