import { fieldLabel } from "@/lib/wizard/field-labels";
import { joinSentences } from "@/lib/format/sentence";
import Link from "@/components/Link";
import { guideStep } from "@/lib/guide";
import { describeReportSection } from "@/lib/reference/report";
import { CLAUSE_CATALOGUE, VERDICT_LABELS, contractValueSummary } from "@/lib/rules";
import { formatAnswer } from "@/lib/wizard/format-answer";
import { guideQuestions } from "@/lib/wizard/questions";
import { STEP_SPECS } from "@/lib/wizard/steps";
import type { ReviewData } from "../queries";
import { answerRowId } from "./answer-anchors";
import { FindingReview } from "./finding-review";
import { AuthorityValuation, ReviewEconomy } from "./review-economy";
import { OutcomePanel, RequestReviewPanel } from "./review-actions";
import { ReviewStatusPanel } from "./review-status";
import { AnchorThreads, ThreadView, anchorDescription } from "./threads";
import { formatFindingCounts } from "@/lib/format/count";

/** Everything a legal decision rests on, on one page: answers, findings, procurement, clauses. */
export function ReviewPage({ review, commentOn, decideOn }: { review: ReviewData; commentOn?: string; decideOn?: string }) {
  const questions = guideQuestions();
  const open = review.threads.filter((t) => !t.resolvedAt);
  const { procurement } = review.evaluation;
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${review.caseId}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Juridisk granskning: {review.title}
      </h1>
      <p className="mt-2">
        Version {review.version}, bedömd {review.evaluation.evaluationDate}: {formatFindingCounts(review.evaluation.summary)}.
      </p>
      <nav aria-label="På den här sidan" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><a className="text-brand-700 underline" href="#kommentarer">Öppna kommentarer ({open.length})</a></li>
          <li><a className="text-brand-700 underline" href="#iakttagelser">Iakttagelser ({review.findings.length})</a></li>
          <li><a className="text-brand-700 underline" href="#ekonomi">Ekonomi</a></li>
          <li><a className="text-brand-700 underline" href="#upphandling">Upphandling</a></li>
          <li><a className="text-brand-700 underline" href="#klausuler">Avtalets klausuler</a></li>
          <li><a className="text-brand-700 underline" href="#svar">Alla svar</a></li>
        </ul>
      </nav>

      <ReviewStatusPanel review={review} />
      <OutcomePanel review={review} />
      <RequestReviewPanel review={review} />

      <section aria-labelledby="kommentarer" className="mt-10">
        <h2 id="kommentarer" className="text-2xl font-semibold">
          Öppna kommentarer ({open.length})
        </h2>
        {open.length === 0 ? <p className="mt-2">Inga öppna kommentarer.</p> : open.map((t) => (
            <div key={t.id} className="mt-3">
              <h3 className="font-semibold">Om {anchorDescription(t, review)}</h3>
              <ThreadView thread={t} review={review} about={anchorDescription(t, review)} />
            </div>
          ))}
      </section>

      <section aria-labelledby="iakttagelser" className="mt-10">
        <h2 id="iakttagelser" className="text-2xl font-semibold">
          Iakttagelser ({review.findings.length})
        </h2>
        {STEP_SPECS.map((spec) => {
          const inStep = review.findings.filter((k) => k.finding.step === spec.id);
          if (inStep.length === 0) return null;
          return (
            <div key={spec.id} className="mt-4">
              <h3 className="text-xl font-semibold">
                Steg {spec.id}: {guideStep(spec.id).title}
              </h3>
              <ul className="mt-2 space-y-3">
                {inStep.map((k) => (
                  <FindingReview key={k.key} review={review} findingKey={k.key} finding={k.finding} commentOn={commentOn} decideOn={decideOn} />
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <ReviewEconomy doc={review.doc} />

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
              {route.title}: {VERDICT_LABELS[route.verdict]}
              {route.reliedOn ? " (parterna stödjer sig på denna)" : ""}
            </h3>
            <p className="mt-1">{route.conclusion}</p>
            {route.facts.length > 0 ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                {route.facts.map((fact, i) => (
                  <div key={i} className="contents">
                    <dt className="font-semibold">{fact.label}</dt>
                    <dd>{fact.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {route.assumptions.length > 0 ? <p className="mt-1 text-sm">Antaganden: {route.assumptions.join(" ")}</p> : null}
            <p className="mt-1 text-sm">
              {joinSentences([`Grund: ${route.legalBasis.map((b) => `${b.statute} ${b.provision}${b.verify ? " (verifiera)" : ""}`).join("; ")}`, `Rapporten: ${describeReportSection(route.reportChapter)}`])}
            </p>
          </div>
        ))}
      </section>

      <section aria-labelledby="klausuler" className="mt-10">
        <h2 id="klausuler" className="text-2xl font-semibold">
          Avtalets klausuler
        </h2>
        <ul className="mt-2 space-y-4">
          {CLAUSE_CATALOGUE.map((clause) => {
            const text = review.doc.agreement.clauses[clause.id]?.trim();
            const required = review.evaluation.clauses.required.find((r) => r.clauseId === clause.id);
            if (!text && !required) return null;
            return (
              <li key={clause.id} className="border-b border-slate-200 pb-3">
                <h3 className="text-lg font-semibold">{clause.title}</h3>
                {required ? <p className="text-sm">Krävs: {required.reason}</p> : null}
                <p className="mt-1 whitespace-pre-line">{text || "Inte skriven än."}</p>
                <AnchorThreads review={review} anchorKind="CLAUSE" anchor={clause.id} about={`klausulen ${clause.title}`} commentOn={commentOn} />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="svar" className="mt-10">
        <h2 id="svar" className="text-2xl font-semibold">
          Alla svar
        </h2>
        {STEP_SPECS.map((spec) => (
          <div key={spec.id} className="mt-6">
            <h3 className="text-xl font-semibold">
              Steg {spec.id}: {guideStep(spec.id).title}
            </h3>
            <dl className="mt-2">
              {spec.groups
                .flatMap((group) => group.fields.map((field) => ({ field, heading: group.heading })))
                .filter(({ field }) => field.kind !== "clauses")
                .map(({ field, heading }) => {
                  const label = fieldLabel(field, questions, heading);
                  return (
                    <div key={field.path} id={answerRowId(field.path)} tabIndex={-1} className="border-b border-slate-200 py-3">
                      <dt className="font-semibold">{label}</dt>
                      <dd>
                        {formatAnswer(review.doc, field).map((line, i) => (
                          <p key={i} className="whitespace-pre-line">
                            {line}
                          </p>
                        ))}
                        <AnchorThreads review={review} anchorKind="ANSWER" anchor={field.path} about={`svaret ${label}`} commentOn={commentOn} />
                      </dd>
                    </div>
                  );
                })}
            </dl>
          </div>
        ))}
      </section>
    </article>
  );
}
