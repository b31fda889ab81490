import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { getPublishedExample } from "@/lib/catalogue/data";
import { FactList } from "@/lib/catalogue/labels";
import { separateKeyFigure } from "@/lib/catalogue/wording";

export const metadata: Metadata = { title: "Exempel" };

export default async function PublishedExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const example = await guardPage(`/katalog/${id}`, () => getPublishedExample(actor, id));
  const generalised = example.generalisations;
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href="/katalog" className="text-brand-700 underline">
          ← Till exempelkatalogen
        </Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        {example.title}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Anonymiserat exempel, godkänt av ägarkommunen {example.approvedAt.getFullYear()}. Namn, kontaktuppgifter och nummer är borttagna
        och belopp, datum och invånarantal är avrundade, markerade med [hakparenteser] eller &rdquo;cirka&rdquo;.
      </p>
      <FactList facts={example} />
      {generalised.length > 0 ? (
        <div className="mt-4 max-w-3xl">
          <p>
            Några uppgifter om exemplet är mindre exakta eller utelämnade. Annars hade de tillsammans kunnat räcka för att lista ut vilket
            ärende och vilka kommuner exemplet kommer från.
          </p>
          <ul className="mt-1 list-disc pl-6">
            {generalised.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {example.sections.map((s) => (
        <section key={s.id} className="mt-6 max-w-3xl" aria-labelledby={`rubrik-${s.id.replace(/\W/g, "-")}`}>
          <h2 id={`rubrik-${s.id.replace(/\W/g, "-")}`} className="text-2xl font-bold">
            {s.heading}
          </h2>
          <p className="mt-2 whitespace-pre-line">{s.id === "mal" ? s.text.split("\n").map(separateKeyFigure).join("\n") : s.text}</p>
        </section>
      ))}
    </article>
  );
}
