import type { Metadata } from "next";
import Link from "@/components/Link";

export const metadata: Metadata = { title: "Exemplet finns inte" };

// An example's address leads here when the example was withdrawn or never published: the general
// page spoke of "ett ärende som du inte är med i" to SKR's staff, who are in none (a walk).
export default function ExampleNotFound() {
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
