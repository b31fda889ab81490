import { inSentence } from "@/lib/format/sentence";
import { describeLegalGrounds } from "@/lib/reference/legal";
import { describeReportSection } from "@/lib/reference/report";
import { type RouteAssessment, routeVerdictLabel } from "@/lib/rules";
import type { ProcurementRoute } from "@/lib/case/enums";
import type { RouteVerifyState } from "@/lib/review/route-verify";

/** Under a list of routes: a route only compared carries no "verifiera" and may read "Kräver juridisk bedömning" beside "Godkänt"; this says why (a walk). */
export function ComparedRoutesNote({ routes }: { routes: readonly RouteAssessment[] }) {
  if (!routes.some((route) => !route.reliedOn)) return null;
  return (
    <p className="mt-2 max-w-3xl">
      En grund som parterna inte stödjer sig på visas bara för jämförelse: den behöver bedömas och verifieras först om ni vill stödja er på den.
    </p>
  );
}

/**
 * What a route's verdict says of its "verifiera" (RouteAssessment.verify): " – verifiera" while
 * it is a point of the case (the parties rely on the route, or a "verifiera" finding on it is
 * open), " – verifierad av jurist" once a jurist has verified every such finding (states:
 * routeVerifyStates), and nothing for a route that is only compared: its conclusion says what
 * it would take, and "N punkter att verifiera" beside it counts no such point (a walk).
 */
export function routeVerifyMark(route: RouteAssessment, states: ReadonlyMap<ProcurementRoute, RouteVerifyState>): string {
  if (!route.verify) return "";
  const state = states.get(route.route);
  if (state === "verified") return " – verifierad av jurist";
  return state === "open" || route.reliedOn ? " – verifiera" : "";
}

/**
 * The procurement assessment per route: the verdict, the conclusion and the grounds it rests
 * on (the law and the report), with the answers the assessment read.
 */
export function ProcurementVerdicts({ routes, verifyStates }: { routes: readonly RouteAssessment[]; verifyStates: ReadonlyMap<ProcurementRoute, RouteVerifyState> }) {
  return (
    <ul className="mt-2 max-w-3xl space-y-4">
      {routes.map((route) => (
        <li key={route.route} className="border-l-4 border-slate-300 pl-3">
          <p>
            <strong>
              {route.title}: {routeVerdictLabel(route)}
            </strong>
            {route.reliedOn ? " (parterna stödjer sig på denna)" : ""}
            {routeVerifyMark(route, verifyStates)}. {route.conclusion}
          </p>
          <p className="mt-1 text-sm">
            Grund: {describeLegalGrounds(route.legalBasis)}. Rapporten: {describeReportSection(route.reportChapter)}.
          </p>
          {route.facts.length > 0 || route.assumptions.length > 0 ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-brand-700 underline">Underlag för bedömningen av {inSentence(route.title)}</summary>
              <ul className="mt-1 list-disc pl-6">
                {route.facts.map((fact, index) => (
                  <li key={`f${index}`}>
                    {fact.label}: {fact.value}
                  </li>
                ))}
                {route.assumptions.map((assumption, index) => (
                  <li key={`a${index}`}>Antagande: {assumption}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
