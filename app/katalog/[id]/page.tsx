import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { getPublishedExample } from "@/lib/catalogue/data";
import { FactList } from "@/lib/catalogue/labels";

export const metadata: Metadata = { title: "Exempel" };

export default async function PublishedExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const example = await guardPage(`/katalog/${id}`, () => getPublishedExample(actor, id));
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
      {example.kSteps.length > 0 ? (
        <p className="mt-2 max-w-3xl text-sm">Några kännetecken är generaliserade så att exemplet inte kan pekas ut: {example.kSteps.join(" ")}</p>
      ) : null}
      {example.sections.map((s) => (
        <section key={s.id} className="mt-6 max-w-3xl" aria-labelledby={`rubrik-${s.id.replace(/\W/g, "-")}`}>
          <h2 id={`rubrik-${s.id.replace(/\W/g, "-")}`} className="text-2xl font-bold">
            {s.heading}
          </h2>
          <p className="mt-2 whitespace-pre-line">{s.text}</p>
        </section>
      ))}
    </article>
  );
}
