import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { authorize, mayDo } from "@/lib/auth/authorize";
import { guardPage } from "@/lib/auth/page-guard";
import { listAdministeredOrganizations } from "@/lib/organizations/admin";
import { OrganizationForm } from "@/lib/organizations/components/OrganizationForm";
import { listOrganizations } from "@/lib/organizations/data";
import { ORGANIZATION_TYPE_LABELS } from "@/lib/organizations/schemas";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const actor = await getActor();
  const organizations = await guardPage("/admin", async () => {
    await authorize(actor, "admin.view");
    return mayDo(actor, "organization.list") ? listOrganizations(actor) : listAdministeredOrganizations(actor);
  });
  const systemAdmin = mayDo(actor, "user.list");
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Administration
      </h1>
      {systemAdmin ? (
        <ul className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
          <li>
            <Link href="/admin/anvandare" className="text-brand-700 underline">Användare</Link>
          </li>
          <li>
            <Link href="/admin/logg" className="text-brand-700 underline">Händelselogg</Link>
          </li>
        </ul>
      ) : (
        <p className="mt-4 max-w-3xl">
          Här bjuder du in kollegor, ändrar deras roller och inaktiverar konton för personer som slutat. Du ser också organisationens ärenden.
        </p>
      )}
      <h2 className="mt-10 text-2xl font-semibold">{systemAdmin ? "Organisationer" : organizations.length === 1 ? "Din organisation" : "Dina organisationer"}</h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Organisationer med antal personer och ärenden</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">Namn</th>
              <th scope="col" className="py-2 pr-4">Typ</th>
              <th scope="col" className="py-2 pr-4">Kod</th>
              <th scope="col" className="py-2 pr-4 text-right">Personer</th>
              <th scope="col" className="py-2 pr-4 text-right">Egna ärenden</th>
              <th scope="col" className="py-2 text-right">Deltar i</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((org) => (
              <tr key={org.id} className="border-b border-slate-300">
                <td className="py-2 pr-4">
                  <Link href={`/admin/organisationer/${org.id}`} className="text-brand-700 underline">{org.name}</Link>
                </td>
                <td className="py-2 pr-4">{ORGANIZATION_TYPE_LABELS[org.type]}</td>
                <td className="py-2 pr-4">{org.officialCode ?? "–"}</td>
                <td className="py-2 pr-4 text-right">{org.people}</td>
                <td className="py-2 pr-4 text-right">{org.owned}</td>
                <td className="py-2 text-right">{org.participating}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-slate-700">
        ”Deltar i” räknar ärenden som en annan organisation äger och där någon deltar för organisationens räkning, efter en inbjudan till ärendet.
      </p>
      {mayDo(actor, "organization.create") ? (
        <>
          <h2 className="mt-10 text-2xl font-semibold">Lägg till en organisation</h2>
          <OrganizationForm />
        </>
      ) : null}
    </section>
  );
}
