import type { Metadata } from "next";
import Link from "@/components/Link";
import { Pagination, queryString } from "@/components/Pagination";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { listAllAudit } from "@/lib/audit/data";
import { AuditFilterForm, type AuditFilterValues } from "@/lib/audit/components/AuditFilterForm";
import { AuditTable } from "@/lib/audit/components/AuditTable";
import { auditFilterSchema } from "@/lib/audit/schemas";
import type { FieldError } from "@/lib/errors/app-error";
import { NOUNS, formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Händelselogg – Administration" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") out[key] = first;
  }
  return out;
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const raw = firstValues(await searchParams);
  // A bad date is shown next to its field; the log still loads without that filter.
  const checked = auditFilterSchema.safeParse(raw);
  const errors: FieldError[] = checked.success ? [] : checked.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  const input = checked.success ? raw : Object.fromEntries(Object.entries(raw).filter(([key]) => !errors.some((e) => e.path === key)));
  const log = await guardPage("/admin/logg", () => listAllAudit(actor, input));
  const values: AuditFilterValues = raw;
  const keep = { typ: log.filter.typ, utfall: log.filter.utfall, person: log.filter.person, fran: log.filter.fran, till: log.filter.till };
  const filtered = Object.values(keep).some(Boolean);
  return (
    <section aria-labelledby="rubrik">
      <p>
        <Link href="/admin" className="text-brand-700 underline">← Administration</Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Händelselogg
      </h1>
      <p className="mt-4 max-w-3xl">
        Inloggningar, ändringar i ärenden, inbjudningar, administration och nekade åtkomstförsök, senaste först. Loggen kan inte ändras eller
        tömmas i tjänsten.
      </p>
      <AuditFilterForm values={values} errors={errors} />
      {/* One sentence says how many there are, also when there are none ("0 händelser matchar
          filtren." above "Inga händelser matchar filtren." said it twice). */}
      <p className="mt-6" role="status">
        {log.total > 0
          ? `${formatCount(log.total, NOUNS.event)} ${filtered ? "matchar filtren" : "totalt"}.`
          : filtered
            ? "Inga händelser matchar filtren."
            : "Loggen är tom."}
      </p>
      {log.total > 0 ? <AuditTable entries={log.entries} caption="Händelser, senaste först" /> : null}
      <Pagination page={log.page} pages={log.pages} label="Sidor i händelseloggen" href={(page) => `/admin/logg${queryString({ ...keep, sida: page })}`} />
    </section>
  );
}
