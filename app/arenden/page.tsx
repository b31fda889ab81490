import type { Metadata } from "next";
import Link from "@/components/Link";
import { Pagination, shownRange } from "@/components/Pagination";
import { DateTime } from "@/components/DateTime";
import { getActor } from "@/lib/auth/actor";
import { mayDo } from "@/lib/auth/authorize";
import { guardPage } from "@/lib/auth/page-guard";
import { NOUNS, formatCount, todayInStockholm } from "@/lib/format";
import { CASE_STATUS_LABELS } from "@/lib/wizard/case-summary";
import { listMyCasesWithSummaries } from "@/lib/wizard/case-list";
import { StepProgressSummary } from "@/lib/wizard/components/step-progress-summary";
import { ReviewStateLine } from "@/lib/review/components/review-status";
import { AssessmentChanges } from "@/lib/wizard/components/assessment-changes";
import { CaseEndLine } from "@/lib/decisions/components/CaseEndSummary";

export const metadata: Metadata = { title: "Mina ärenden" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MyCasesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const { sida } = await searchParams;
  const { total, page, pages, perPage, cases } = await guardPage("/arenden", () => listMyCasesWithSummaries(actor, todayInStockholm(), { sida }));
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Mina ärenden
      </h1>
      {actor.kind === "user" && actor.memberships.some((m) => m.role === "LEGAL_REVIEWER") ? (
        <p className="mt-4">
          <Link href="/att-granska" className="font-semibold text-brand-700 underline">
            Att granska: ärenden som väntar på din juridiska granskning
          </Link>
        </p>
      ) : null}
      {mayDo(actor, "catalogue.read") ? (
        <div className="mt-4 max-w-3xl border-l-4 border-brand-700 bg-slate-50 p-4">
          <h2 className="text-xl font-bold">Som SKR-medarbetare</h2>
          <p className="mt-1">
            Du ser anonymiserade exempel som kommunerna har godkänt, och statistik över alla ärenden. Enskilda ärenden visas aldrig.
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/katalog" className="font-semibold text-brand-700 underline">
              Öppna exempelkatalogen
            </Link>
            <Link href="/statistik" className="font-semibold text-brand-700 underline">
              Se statistiken
            </Link>
          </p>
        </div>
      ) : null}
      {mayDo(actor, "case.create") ? (
        <p className="mt-4">
          <Link href="/arenden/nytt" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
            Starta ett nytt ärende
          </Link>
        </p>
      ) : null}
      {cases.length === 0 ? (
        <p className="mt-6">Du har inga ärenden än. Du ser ett ärende när du har startat det eller bjudits in till det.</p>
      ) : pages > 1 ? (
        <p className="mt-6">
          Du arbetar i {formatCount(total, NOUNS.case)}, de senast ändrade först. Här visas {shownRange({ page, perPage, shown: cases.length, total })}.
        </p>
      ) : null}
      {cases.length === 0 ? null : (
        <ul className="mt-6 divide-y divide-slate-300 border-y border-slate-300">
          {cases.map((c) => {
            const { summary, changes } = c;
            return (
              <li key={c.id} className="py-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/arenden/${c.id}`} className="text-brand-700 underline">
                    {c.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  {c.ownerOrganization.name}
                  {c.diaryNumber ? `, dnr ${c.diaryNumber}` : ""} · Senast ändrat <DateTime value={c.updatedAt} />
                </p>
                <p className="mt-1">
                  <ReviewStateLine overall={c.review.overall} parties={c.review.parties} />
                </p>
                {c.end ? (
                  <p className="mt-1">
                    <CaseEndLine end={c.end} caseId={c.id} title={c.title} />
                  </p>
                ) : null}
                {summary ? (
                  <>
                    <p className="mt-1">
                      Parter: {summary.partners.length ? summary.partners.join(", ") : "inga angivna i steg 2B än"} · Status: {CASE_STATUS_LABELS[summary.status]} ·{" "}
                      <strong>{formatCount(summary.blockers, NOUNS.openBlocker)}</strong>
                    </p>
                    {changes.length > 0 ? <AssessmentChanges changes={changes} compact /> : null}
                    <StepProgressSummary progress={summary.progress} />
                  </>
                ) : (
                  <p className="mt-1 font-semibold text-red-800">Ärendets svar kunde inte läsas. Kontakta support.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pages={pages} label="Sidor i Mina ärenden" href={(to) => `/arenden?sida=${to}`} />
    </section>
  );
}
