import type { Metadata } from "next";
import Link from "@/components/Link";
import { GROUP_LABELS } from "@/lib/anonymisation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { BarChart, DataTable } from "@/lib/catalogue/components/BarChart";
import { GROUP_COLUMNS, computeStatistics, configuredMinCount } from "@/lib/catalogue/statistics";
import { MUNICIPALITY_GROUP_NOTE } from "@/lib/reference/municipalities";

export const metadata: Metadata = { title: "Statistik" };

export default async function StatisticsPage() {
  const actor = await getActor();
  const tables = await guardPage("/statistik", () => computeStatistics(actor));
  const min = configuredMinCount();
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Statistik över alla ärenden
      </h1>
      <p className="mt-2 max-w-3xl">
        Sammanställningar över alla ärenden i Samverka, uppdelade på SKR:s kommungrupper. Ingen siffra pekar ut ett ärende: en cell med
        färre än {min} ärenden visas som –, liksom celler som annars skulle gå att räkna ut från summorna.{" "}
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
      {tables.map((t) => (
        <section key={t.id} aria-labelledby={`${t.id}-rubrik`} className="mt-10">
          <h2 id={`${t.id}-rubrik`} className="text-2xl font-bold">
            {t.title}
          </h2>
          <p className="mt-1 max-w-3xl">{t.description}</p>
          {t.table.rows.length === 0 ? (
            <p className="mt-2">Inga ärenden att visa än.</p>
          ) : (
            <div className="mt-4 grid grid-cols-1 gap-6">
              <BarChart id={`diagram-${t.id}`} title={`${t.title}, totalt per rad`} table={t.table} />
              <DataTable caption={`${t.title} per kommungrupp (kommungrupp: verifiera)`} table={t.table} />
            </div>
          )}
          <p className="mt-2">
            <a href={`/statistik/csv/${t.id}`} className="text-brand-700 underline" download>
              Ladda ned tabellen &rdquo;{t.title}&rdquo; som CSV
            </a>
          </p>
        </section>
      ))}
    </section>
  );
}
