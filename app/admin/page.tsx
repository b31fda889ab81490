import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { OrganizationForm } from "@/lib/organizations/components/OrganizationForm";
import { listOrganizations } from "@/lib/organizations/data";
import { ORGANIZATION_TYPE_LABELS } from "@/lib/organizations/schemas";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const actor = await getActor();
  const organizations = await guardPage("/admin", () => listOrganizations(actor));
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Administration
      </h1>
      <p className="mt-4">
        <Link href="/admin/logg" className="text-brand-700 underline">
          Läs hela händelseloggen
        </Link>
      </p>
      <h2 className="mt-10 text-2xl font-semibold">Organisationer</h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Organisationer som kan äga eller delta i ärenden</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">Namn</th>
              <th scope="col" className="py-2 pr-4">Typ</th>
              <th scope="col" className="py-2 pr-4">Kod</th>
              <th scope="col" className="py-2 pr-4">Användare</th>
              <th scope="col" className="py-2">Ärenden</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((org) => (
              <tr key={org.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">{org.name}</td>
                <td className="py-2 pr-4">{ORGANIZATION_TYPE_LABELS[org.type]}</td>
                <td className="py-2 pr-4">{org.officialCode ?? "–"}</td>
                <td className="py-2 pr-4">{org._count.memberships}</td>
                <td className="py-2">{org._count.cases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-10 text-2xl font-semibold">Lägg till en organisation</h2>
      <OrganizationForm />
    </section>
  );
}
