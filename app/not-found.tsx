import type { Metadata } from "next";
import Link from "@/components/Link";

export const metadata: Metadata = { title: "Sidan finns inte" };

// Shown for an address that does not exist and for a case or page the visitor may not see:
// the two look the same, so a guessed address reveals nothing.
export default function NotFound() {
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Sidan finns inte
      </h1>
      <p className="mt-4">
        Det finns ingen sida på den här adressen som du kan se. Adressen kan vara felstavad, sidan kan ha flyttats, eller så är du inte
        med i ärendet som sidan hör till.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Så kan du gå vidare</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>Kontrollera att adressen är rätt skriven, om du skrev in den själv.</li>
        <li>
          Hitta ärendet bland <Link href="/arenden" className="text-brand-700 underline">dina ärenden</Link>.
        </li>
        <li>Gäller det ett ärende du inte ser? Be någon som redigerar ärendet att bjuda in dig.</li>
        <li>
          Gå till <Link href="/" className="text-brand-700 underline">startsidan</Link>.
        </li>
      </ul>
    </section>
  );
}
