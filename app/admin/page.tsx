import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { authorize, mayDo } from "@/lib/auth/authorize";
import { guardPage } from "@/lib/auth/page-guard";
import { listAdministeredOrganizations } from "@/lib/organizations/admin";
import { OrganizationForm } from "@/lib/organizations/components/OrganizationForm";
import { OrganizationSearchForm } from "@/lib/organizations/components/OrganizationSearchForm";
import { OrganizationTable } from "@/lib/organizations/components/OrganizationTable";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const actor = await getActor();
  // A system admin searches every organisation on /admin/organisationer, 50 at a time; listing
  // them all here made a page of several thousand pixels. An organisation admin sees theirs.
  const allOrganizations = mayDo(actor, "organization.list");
  const organizations = await guardPage("/admin", async () => {
    await authorize(actor, "admin.view");
    return allOrganizations ? [] : listAdministeredOrganizations(actor);
  });
  const systemAdmin = mayDo(actor, "user.list");
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Administration
      </h1>
      {systemAdmin ? (
        <ul className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
          {allOrganizations ? (
            <li>
              <Link href="/admin/organisationer" className="text-brand-700 underline">Organisationer</Link>
            </li>
          ) : null}
          <li>
            <Link href="/admin/anvandare" className="text-brand-700 underline">Användare</Link>
          </li>
          <li>
            <Link href="/admin/logg" className="text-brand-700 underline">Händelselogg</Link>
          </li>
        </ul>
      ) : (
        <p className="mt-4 max-w-3xl">
          Här bjuder du in kollegor, ändrar deras roller och inaktiverar konton för personer som slutat (och aktiverar dem igen, om det behövs). Du ser också organisationens ärenden.
        </p>
      )}
      <h2 className="mt-10 text-2xl font-semibold">{allOrganizations ? "Organisationer" : organizations.length === 1 ? "Din organisation" : "Dina organisationer"}</h2>
      {allOrganizations ? (
        <>
          <OrganizationSearchForm />
          <p className="mt-4">
            <Link href="/admin/organisationer" className="text-brand-700 underline">Visa alla organisationer</Link>
          </p>
        </>
      ) : (
        <OrganizationTable organizations={organizations} caption="Organisationer med antal personer och ärenden" />
      )}
      {mayDo(actor, "organization.create") ? (
        <>
          <h2 id="ny-organisation" className="mt-10 text-2xl font-semibold">Lägg till en organisation</h2>
          <OrganizationForm />
        </>
      ) : null}
    </section>
  );
}
