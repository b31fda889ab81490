import Link from "@/components/Link";
import { TableScroll } from "@/components/TableScroll";
import { DateTime } from "@/components/DateTime";
import { Pagination, shownRange } from "@/components/Pagination";
import { NOUNS, formatCount } from "@/lib/format";
import { AssessmentChanges } from "@/lib/wizard/components/assessment-changes";
import type { ReviewQueuePage } from "../queries";

export function ReviewQueue({ queue }: { queue: ReviewQueuePage }) {
  const { items, total, page, pages, perPage } = queue;
  return (
    <article aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Att granska
      </h1>
      {queue.reviewsNoCase ? (
        // Found on a walk: SKR's analyst reached this page and read "no cases wait", as if some might.
        <p className="mt-6">
          Du granskar inga ärenden i Samverka, så här kommer inga att vänta på dig. Ärenden granskas av jurister i de kommuner och regioner som är parter. Gå till{" "}
          <Link href="/" className="text-brand-700 underline">
            startsidan
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="mt-2">Ärenden som väntar på din juridiska granskning, äldsta först.</p>
          <p className="mt-2 max-w-3xl text-sm">
            Oavgjorda hinder är hinder i hela ärendet, också i steg som inte har påbörjats, som du ännu inte har bedömt som ”Accepterad risk” eller ”Inte tillämplig” för din part;
            ”Ska åtgärdas” räknas som öppet. Att verifiera är punkter du ännu inte har markerat som verifierade. Ett beslut vars underlag har ändrats räknas som öppet igen.
          </p>
        </>
      )}
      {queue.reviewsNoCase ? null : items.length === 0 ? (
        <p className="mt-6">Inga ärenden väntar på din granskning.</p>
      ) : (
        <>
          {pages > 1 ? (
            <p className="mt-6">
              {formatCount(total, NOUNS.case)} väntar på din granskning. Här visas {shownRange({ page, perPage, shown: items.length, total })}.
            </p>
          ) : null}
          <TableScroll label="Ärenden att granska" className="mt-6">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Ärenden att granska, äldsta först</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-4">Ärende</th>
                  <th scope="col" className="py-2 pr-4">För part</th>
                  <th scope="col" className="py-2 pr-4">Skickat</th>
                  <th scope="col" className="py-2 pr-4">Oavgjorda hinder</th>
                  <th scope="col" className="py-2 pr-4">Att verifiera</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.requestId} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/arenden/${item.caseId}/juridisk-granskning`} className="font-semibold text-brand-700 underline">
                        {item.title}
                      </Link>
                      {item.message ? <p className="mt-1 whitespace-pre-line text-sm">”{item.message}”</p> : null}
                      <AssessmentChanges changes={item.assessmentChanges} compact />
                    </td>
                    <td className="py-2 pr-4">{item.organizationName}</td>
                    <td className="py-2 pr-4">
                      <DateTime value={item.requestedAt} /> av {item.requestedByName}
                    </td>
                    <td className="py-2 pr-4">{item.blockers}</td>
                    <td className="py-2 pr-4">{item.verifyItems}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <Pagination page={page} pages={pages} label="Sidor i Att granska" href={(to) => `/att-granska?sida=${to}`} />
    </article>
  );
}
