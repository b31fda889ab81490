import type { Metadata } from "next";
import Link from "@/components/Link";
import { GROUP_LABELS, mostlyHidden } from "@/lib/anonymisation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { BarChart, DataTable } from "@/lib/catalogue/components/BarChart";
import { GROUP_COLUMNS, STATISTICS_TABLES, computeStatistics, configuredMinCount } from "@/lib/catalogue/statistics";
import { MUNICIPALITY_GROUP_NOTE } from "@/lib/reference/municipalities";
import { hiddenCountRange } from "@/lib/catalogue/wording";

type SearchParams = Promise<{ tabell?: string | string[] }>;

export async function generateMetadata({ searchParams }: { searchParams?: SearchParams }): Promise<Metadata> {
  const asked = (await searchParams)?.tabell;
  const title = Object.entries(STATISTICS_TABLES).find(([id]) => id === asked)?.[1].title;
  return { title: title ? `${title} – Statistik` : "Statistik" };
}

// One table a view (?tabell=): all seven at once were 129 kB and 7× the floor's cost (issue 14).
export default async function StatisticsPage({ searchParams }: { searchParams?: SearchParams } = {}) {
  const actor = await getActor();
  const tables = await guardPage("/statistik", () => computeStatistics(actor));
  const asked = (await searchParams)?.tabell;
  const shown = tables.find((t) => t.id === asked) ?? tables[0]!;
  const min = configuredMinCount();
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Statistik över alla ärenden
      </h1>
      <p className="mt-2 max-w-3xl">
        Sammanställningar över alla ärenden i Samverka, uppdelade på SKR:s kommungrupper. Ingen siffra pekar ut ett ärende: en cell med{" "}
        {hiddenCountRange(min)} visas som –, liksom en cell som lämnar {hiddenCountRange(min, false)} av kommungruppens ärenden utanför, och celler som
        annars skulle gå att räkna ut från summorna eller från antalet ärenden per kommungrupp.{" "}
        <Link href="/katalog" className="text-brand-700 underline">
          Till exempelkatalogen
        </Link>
        .
      </p>
      <details className="mt-2 max-w-3xl">
        <summary className="cursor-pointer text-brand-700 underline">Kommungrupperna</summary>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {GROUP_COLUMNS.map((g) => (
            <li key={g}>{GROUP_LABELS[g] ?? "Okänd: kommunen finns inte i SKR:s indelning (till exempel rapportens fiktiva kommuner)"}</li>
          ))}
        </ul>
      </details>
      <p className="mt-2 max-w-3xl text-sm">{MUNICIPALITY_GROUP_NOTE}</p>
      <nav aria-label="Tabellerna" className="mt-6 border-b border-slate-300 pb-3">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {tables.map((t) => (
            <li key={t.id}>
              <Link
                href={`/statistik?tabell=${t.id}`}
                aria-current={t === shown ? "page" : undefined}
                className={t === shown ? "font-semibold text-slate-900 no-underline" : "text-brand-700 underline"}
              >
                {t.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby={`${shown.id}-rubrik`} className="mt-8">
        <h2 id={`${shown.id}-rubrik`} className="text-2xl font-bold">
          {shown.title}
        </h2>
        <p className="mt-1 max-w-3xl">{shown.description}</p>
        {mostlyHidden(shown.table) ? (
          // Said, so a table of dashes does not read as broken (a walk): the totals per row stand in the chart.
          <p className="mt-2 max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            De flesta cellerna per kommungrupp är dolda: de räknar {hiddenCountRange(min)}, lämnar {hiddenCountRange(min, false)} av kommungruppens ärenden utanför eller skulle låta någon räkna ut en sådan cell. Diagrammet visar summan per rad där den inte avslöjar en dold cell.
          </p>
        ) : null}
        {shown.table.rows.length === 0 ? (
          <p className="mt-2">Inga ärenden att visa än.</p>
        ) : (
          <div className="mt-4 grid grid-cols-1 gap-6">
            <BarChart id={`diagram-${shown.id}`} title={`${shown.title}, totalt per rad`} table={shown.table} />
            <DataTable caption={`${shown.title} per kommungrupp (kommungrupp: verifiera)`} table={shown.table} />
          </div>
        )}
        <p className="mt-2">
          <a href={`/statistik/csv/${shown.id}`} className="text-brand-700 underline" download>
            Ladda ned tabellen &rdquo;{shown.title}&rdquo; som CSV
          </a>
        </p>
      </section>
    </section>
  );
}

