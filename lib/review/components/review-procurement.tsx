import { describeLegalGrounds } from "@/lib/reference/legal";
import { describeReportSection } from "@/lib/reference/report";
import { contractValueSummary, routeVerdictLabel } from "@/lib/rules";
import { joinSentences } from "@/lib/format/sentence";
import type { ReviewData } from "../queries";
import { AuthorityValuation } from "./review-economy";

/** The review page's procurement section: the estimated value, each authority's valuation and every route. */
export function ReviewProcurement({ review }: { review: ReviewData }) {
  const { procurement } = review.evaluation;
  return (
    <section aria-labelledby="upphandling" className="mt-10">
      <h2 id="upphandling" className="text-2xl font-semibold">
        Upphandling
      </h2>
      {procurement.estimatedValue.relevant ? (
        <>
          <h3 className="mt-4 text-xl font-semibold">Uppskattat kontraktsvärde</h3>
          {contractValueSummary(procurement.estimatedValue) ? <p className="mt-2">{contractValueSummary(procurement.estimatedValue)}</p> : null}
          <ul className="mt-2 list-disc pl-6">
            {procurement.estimatedValue.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
            {procurement.estimatedValue.assumptions.map((s, i) => (
              <li key={`a${i}`}>Antagande: {s}</li>
            ))}
            {procurement.estimatedValue.missing.map((s, i) => (
              <li key={`m${i}`}>Saknas: {s}</li>
            ))}
          </ul>
          <AuthorityValuation evaluation={review.evaluation} />
        </>
      ) : (
        <p className="mt-4">Alla uppgifter är myndighetsutövning. Något kontraktsvärde enligt LOU behöver inte uppskattas.</p>
      )}
      {procurement.routes.map((route) => (
        <div key={route.route} className="mt-4 rounded border border-slate-300 p-3">
          <h3 className="text-lg font-semibold">
            {route.title}: {routeVerdictLabel(route)}
            {route.reliedOn ? " (parterna stödjer sig på denna)" : ""}
          </h3>
          <p className="mt-1">{route.conclusion}</p>
          {route.facts.length > 0 ? (
            // One column on a narrow screen; a long calculation wraps instead of leaving its card.
            <dl className="mt-2 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)]">
              {route.facts.map((fact, i) => (
                <div key={i} className="contents">
                  <dt className="mt-1 font-semibold sm:mt-0">{fact.label}</dt>
                  <dd className="[overflow-wrap:anywhere]">{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {route.assumptions.length > 0 ? <p className="mt-1 text-sm">Antaganden: {route.assumptions.join(" ")}</p> : null}
          <p className="mt-1 text-sm">
            {joinSentences([`Grund: ${describeLegalGrounds(route.legalBasis)}`, `Rapporten: ${describeReportSection(route.reportChapter)}`])}
          </p>
        </div>
      ))}
    </section>
  );
}
