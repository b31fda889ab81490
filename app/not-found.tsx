import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { seesNoCase } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Sidan finns inte" };

// Shown for an address that does not exist and for a case or page the visitor may not see:
// the two look the same, so a guessed address reveals nothing.
export default async function NotFound() {
  const actor = await getActor();
  // SKR's staff never take part in a case, so neither the case list nor an invitation helps them.
  const skrStaff = actor.kind === "user" && seesNoCase(actor.globalRoles);
  // A system admin in no organisation takes part in no case either: "dina ärenden" led to an empty list (a walk).
  const adminOnly = actor.kind === "user" && !skrStaff && actor.globalRoles.includes("SYSTEM_ADMIN") && actor.memberships.length === 0;
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Sidan finns inte
      </h1>
      <p className="mt-4">
        Det finns ingen sida på den här adressen som du kan se. Adressen kan vara felstavad, sidan kan ha flyttats, eller så hör sidan till
        ett ärende som du inte är med i.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Så kan du gå vidare</h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>Kontrollera att adressen är rätt skriven, om du skrev in den själv.</li>
        {skrStaff ? (
          <li>
            Som SKR-medarbetare ser du inga enskilda ärenden. Anonymiserade exempel finns i{" "}
            <Link href="/katalog" className="text-brand-700 underline">katalogen</Link>.
          </li>
        ) : adminOnly ? (
          <li>
            Som systemadministratör är du inte med i några ärenden. Ärenden visas för dem som arbetar i dem, och anonymiserade exempel för SKR.
          </li>
        ) : (
          <>
            <li>
              Hitta ärendet bland <Link href="/arenden" className="text-brand-700 underline">dina ärenden</Link>.
            </li>
            <li>Gäller det ett ärende du inte ser? Be någon som redigerar ärendet att bjuda in dig.</li>
          </>
        )}
        <li>
          Gå till <Link href="/" className="text-brand-700 underline">startsidan</Link>.
        </li>
      </ul>
    </section>
  );
}
