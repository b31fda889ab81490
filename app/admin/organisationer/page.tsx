import type { Metadata } from "next";
import Link from "@/components/Link";
import { Pagination, queryString, shownRange } from "@/components/Pagination";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { plural } from "@/lib/format";
import { withoutUnsafeCharacters } from "@/lib/format/safe-text";
import { OrganizationSearchForm } from "@/lib/organizations/components/OrganizationSearchForm";
import { OrganizationTable } from "@/lib/organizations/components/OrganizationTable";
import { listOrganizations } from "@/lib/organizations/data";
import { ORGANIZATION_NOUN } from "@/lib/organizations/messages";
import { ORGANIZATION_SEARCH_MAX } from "@/lib/organizations/schemas";

export const metadata: Metadata = { title: "Organisationer – Administration" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter given once or more (?q=a&q=b reads as "a"). */
const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Every organisation for system admins, searched by name or code and shown 50 at a time. */
export default async function OrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const params = await searchParams;
  // The query is validated by the list's own schema (organizationSearchSchema): a page that is
  // not a page number is page 1, a page past the end the last one. A search longer than the
  // field allows is cut to it, and an invisible character PostgreSQL cannot take (NUL, a lone
  // surrogate) is replaced, rather than refused.
  const q = withoutUnsafeCharacters((first(params.q) ?? "").slice(0, ORGANIZATION_SEARCH_MAX)).trim();
  const result = await guardPage("/admin/organisationer", () => listOrganizations(actor, { q, sida: first(params.sida) }));
  const matching = result.q ? ` som matchar ”${result.q}”` : "";
  return (
    <section aria-labelledby="rubrik">
      <p>
        <Link href="/admin" className="text-brand-700 underline">← Administration</Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Organisationer
      </h1>
      <OrganizationSearchForm q={result.q} />
      <p className="mt-6" role="status">
        {result.total > 0
          ? `Visar ${shownRange({ page: result.page, perPage: result.perPage, shown: result.organizations.length, total: result.total })} ${plural(result.total, ORGANIZATION_NOUN)}${matching}.`
          : result.q
            ? `Ingen organisation matchar ”${result.q}”. Sök på en del av namnet, till exempel ”Lund”, eller på koden, till exempel 1281.`
            : "Det finns inga organisationer än."}
      </p>
      {result.q ? (
        <p className="mt-2">
          <Link href="/admin/organisationer" className="text-brand-700 underline">Visa alla organisationer</Link>
        </p>
      ) : null}
      {result.organizations.length ? <OrganizationTable organizations={result.organizations} caption="Organisationer, efter typ och namn" /> : null}
      <Pagination page={result.page} pages={result.pages} label="Sidor i organisationslistan" href={(page) => `/admin/organisationer${queryString({ q: result.q, sida: page })}`} />
      <p className="mt-8">
        <Link href="/admin#ny-organisation" className="text-brand-700 underline">Lägg till en organisation</Link>
      </p>
    </section>
  );
}
