import type { Metadata } from "next";
import Link from "@/components/Link";
import GeneralNotFound from "@/app/not-found";
import { getActor } from "@/lib/auth/actor";
import { holdsRole } from "@/lib/auth/authorize";

export const metadata: Metadata = { title: "Exemplet finns inte" };

// An example's address leads here when the example was withdrawn or never published: the general
// page spoke of "ett ärende som du inte är med i" to SKR's staff, who are in none (a walk). Anyone
// else reads no catalogue at all (catalogue.read), so they get the general page and its ways on.
export default async function ExampleNotFound() {
  if (!holdsRole(await getActor(), "skrStaff")) return <GeneralNotFound />;
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Exemplet finns inte
      </h1>
      <p className="mt-4">Exemplet på den här adressen finns inte i katalogen. Det kan ha återkallats av kommunen som delade det, eller så är adressen felstavad.</p>
      <p className="mt-4">
        <Link href="/katalog" className="text-brand-700 underline">
          Till exempelkatalogen
        </Link>
      </p>
    </section>
  );
}
