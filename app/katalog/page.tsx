import type { Metadata } from "next";
import Link from "@/components/Link";
import { AREAS } from "@/lib/anonymisation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { COLLABORATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS } from "@/lib/case/enums";
import { PAGE_SIZE, publishedYears, searchCatalogueLeniently } from "@/lib/catalogue/data";
import { Pagination, queryString, shownRange } from "@/components/Pagination";
import { GROUP_FILTER_OPTIONS, POPULATION_FILTER_OPTIONS, describe } from "@/lib/catalogue/labels";
import { Headline } from "@/lib/catalogue/components/Headline";
import { GROUP_FILTER_HINT, chosenFilters, emptyCatalogueMessage } from "@/lib/catalogue/wording";
import { endSentence } from "@/lib/format/sentence";
import { INPUT_CLASS, BUTTON_CLASS } from "@/components/forms/Field";

export const metadata: Metadata = { title: "Exempelkatalog" };

type Search = Record<string, string | string[] | undefined>;

function Select({ name, label, hint, value, options }: { name: string; label: string; hint?: string; value?: string | number; options: Array<[string, string]> }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`filter-${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        aria-describedby={hint ? `filter-${name}-hint` : undefined}
        className={`${INPUT_CLASS} mt-1`}
      >
        <option value="">Alla</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const input = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined));
  const actor = await getActor();
  const { result, years } = await guardPage("/katalog", async () => ({ result: await searchCatalogueLeniently(actor, input), years: await publishedYears(actor) }));
  const q = result.query;
  const empty = emptyCatalogueMessage(q);
  const narrowed = Boolean(q.q) || chosenFilters(q).length > 0;
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Exempelkatalog
      </h1>
      <p className="mt-2 max-w-3xl">
        Anonymiserade exempel på avtalssamverkan, publicerade efter att ägarkommunen godkänt texten. Sök på svenska; sökningen hittar
        också andra böjningar av orden (till exempel hittar &rdquo;placeringar&rdquo; även &rdquo;placering&rdquo;).{" "}
        <Link href="/statistik" className="text-brand-700 underline">
          Se statistiken över alla ärenden
        </Link>
        .
      </p>
      {result.refused.length > 0 ? (
        <div role="alert" className="mt-4 border-l-4 border-red-700 p-3 font-semibold text-red-800">
          {result.refused.map(endSentence).join(" ")} Sökningen visas utan {result.refused.length === 1 ? "det valet" : "de valen"}.
        </div>
      ) : null}
      {/* One form for the words and the filters, with its button after the filters: a filter
          chosen and then nothing to press read as if it did nothing. No submit on change (WCAG 3.2.2). */}
      {/* Keyed by the search: the fields' defaults are read when they mount, so a link to another
          search (Rensa, a page of hits) must mount them again or they keep the old choices. */}
      <form key={JSON.stringify(q)} method="get" role="search" aria-label="Sök och filtrera exempel" className="mt-6 max-w-5xl">
        <label htmlFor="sok" className="block font-semibold">
          Sök bland exemplen
        </label>
        <input id="sok" name="q" type="search" defaultValue={q.q} className={`${INPUT_CLASS} mt-1`} />
        <fieldset className="mt-4">
          <legend className="font-semibold">Filtrera</legend>
          <div className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Select name="area" label="Verksamhetsområde" value={q.area} options={Object.entries(AREAS)} />
            <Select name="form" label="Samverkansform" value={q.form} options={Object.entries(COLLABORATION_FORM_LABELS)} />
            <Select name="route" label="Upphandlingsväg" value={q.route} options={Object.entries(PROCUREMENT_ROUTE_LABELS)} />
            <Select
              name="group"
              label="Kommungrupp"
              hint={GROUP_FILTER_HINT}
              value={q.group}
              options={[...GROUP_FILTER_OPTIONS]}
            />
            <Select name="band" label="Invånare" hint="Många exempel anger bara ett brett intervall: de kommer med när du väljer hela intervallet." value={q.band} options={[...POPULATION_FILTER_OPTIONS]} />
            <Select name="year" label="Ärendets år" value={q.year} options={years.map((y) => [String(y), String(y)])} />
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <button type="submit" className={BUTTON_CLASS}>
            Sök och filtrera
          </button>
          {narrowed ? (
            <Link href="/katalog" className="text-brand-700 underline">
              Rensa sökning och filter
            </Link>
          ) : null}
        </div>
      </form>
      <h2 className="mt-8 text-2xl font-bold" aria-live="polite">
        {result.total === 0 ? "Inga exempel hittades" : `${result.total} exempel${q.q ? ` för ”${q.q}”` : ""}`}
      </h2>
      {result.pages > 1 ? (
        <p className="mt-1">
          Här visas {shownRange({ page: result.page, perPage: PAGE_SIZE, shown: result.hits.length, total: result.total })}
          {q.q ? ", de bäst matchande först" : ", de senast publicerade först"}.
        </p>
      ) : null}
      {result.total === 0 ? (
        <p className="mt-2">
          {empty.text}
          {empty.narrowed ? (
            <>
              {" "}
              <Link href="/katalog" className="text-brand-700 underline">
                Rensa sökning och filter och visa alla exempel
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : null}
      <ol className="mt-4 max-w-4xl divide-y divide-slate-300 border-y border-slate-300">
        {result.hits.map((hit) => (
          <li key={hit.id} className="py-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/katalog/${hit.id}`} className="text-brand-700 underline">
                {hit.title}
              </Link>
            </h3>
            <p className="text-sm text-slate-700">
              {describe.area(hit.area)} · {describe.collaborationForm(hit.collaborationForm)} · {describe.procurementRoute(hit.procurementRoute)} · {hit.year}
            </p>
            {hit.headline ? <Headline value={hit.headline} /> : null}
          </li>
        ))}
      </ol>
      <Pagination
        page={result.page}
        pages={result.pages}
        label="Sidor i exempelkatalogen"
        href={(to) => `/katalog${queryString({ q: q.q, area: q.area, form: q.form, route: q.route, group: q.group, band: q.band, year: q.year, sida: to === 1 ? undefined : to })}`}
      />
    </section>
  );
}
