import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { listAllAudit } from "@/lib/audit/data";
import { AuditTable } from "@/lib/audit/components/AuditTable";

export const metadata: Metadata = { title: "Händelselogg" };

export default async function AuditLogPage() {
  const actor = await getActor();
  const entries = await guardPage("/admin/logg", () => listAllAudit(actor));
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Händelselogg
      </h1>
      <p className="mt-4">De 200 senaste händelserna: inloggningar, ändringar i ärenden, inbjudningar och nekade åtkomstförsök. Loggen kan inte ändras eller tömmas i tjänsten.</p>
      <AuditTable entries={entries} caption="Händelser, senaste först" showCase />
    </section>
  );
}
