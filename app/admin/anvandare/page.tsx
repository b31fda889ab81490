import { withoutUnsafeCharacters } from "@/lib/format/safe-text";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { Pagination, queryString } from "@/components/Pagination";
import { TableScroll } from "@/components/TableScroll";
import { INPUT_CLASS } from "@/components/forms/Field";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { GLOBAL_ROLE_LABELS, ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { NOUNS, formatCount } from "@/lib/format";
import { deactivateUserAction, reactivateUserAction } from "@/lib/users/actions";
import { DeactivateUserForm } from "@/lib/users/components/DeactivateUserForm";
import { ReactivateUserForm } from "@/lib/users/components/ReactivateUserForm";
import { DeactivatedNotice, ReactivatedNotice } from "@/lib/users/components/AccountStatusNotices";
import { listUsers } from "@/lib/users/data";

export const metadata: Metadata = { title: "Användare – Administration" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const params = await searchParams;
  // A crafted address (NUL and other unsafe characters) finds nothing instead of failing the page, as the organisation list does.
  const q = withoutUnsafeCharacters((typeof params.q === "string" ? params.q : "").slice(0, 100));
  const sida = typeof params.sida === "string" ? params.sida : "1";
  const result = await guardPage("/admin/anvandare", () => listUsers(actor, { q, sida }));
  const self = actor.kind === "user" ? actor.userId : "";
  // After a change the list comes back with the same search and page, where the person's row is.
  const here = `/admin/anvandare${queryString({ q: result.q, sida: result.page })}`;
  return (
    <section aria-labelledby="rubrik">
      <p>
        <Link href="/admin" className="text-brand-700 underline">← Administration</Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Användare
      </h1>
      <DeactivatedNotice name={result.users.find((u) => u.id === params.inaktiverad && u.deactivatedAt)?.name ?? null} />
      <ReactivatedNotice name={result.users.find((u) => u.id === params.aktiverad && !u.deactivatedAt)?.name ?? null} />
      <form method="get" action="/admin/anvandare" role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="sok-anvandare" className="block font-semibold">Sök på namn eller e-postadress</label>
          <input id="sok-anvandare" name="q" type="search" defaultValue={result.q} className={INPUT_CLASS} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Sök</button>
      </form>
      <p className="mt-6" role="status">
        {formatCount(result.total, NOUNS.user)}
        {result.q ? ` matchar ”${result.q}”` : ""}.
      </p>
      {result.users.length === 0 ? (
        <p className="mt-4">Ingen användare matchar sökningen.</p>
      ) : (
        <TableScroll label="Användare, i bokstavsordning" className="mt-4">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Användare, i bokstavsordning</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-4">Namn</th>
                <th scope="col" className="py-2 pr-4">Roller</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2"><span className="sr-only">Åtgärd</span></th>
              </tr>
            </thead>
            <tbody>
              {result.users.map((user) => (
                <tr key={user.id} className="border-b border-slate-300 align-top">
                  <td className="py-2 pr-4">
                    <span className="font-semibold">{user.name}</span>
                    <br />
                    <span className="text-sm text-slate-700">{user.email}</span>
                  </td>
                  <td className="py-2 pr-4 text-sm">
                    {[
                      ...user.globalRoles.map((g) => GLOBAL_ROLE_LABELS[g.role]),
                      ...user.memberships.map((m) => `${ORG_ROLE_LABELS[m.role]}, ${m.organization.name}`),
                    ].join("; ") || "Ingen roll"}
                  </td>
                  <td className="py-2 pr-4">{user.deactivatedAt ? <span className="font-semibold text-red-800">Inaktiverad</span> : "Aktiv"}</td>
                  <td className="py-2 pr-2">
                    {user.deactivatedAt ? (
                      <ReactivateUserForm action={reactivateUserAction.bind(null, user.id, here)} name={user.name} />
                    ) : user.id === self ? null : (
                      <DeactivateUserForm action={deactivateUserAction.bind(null, user.id, here)} name={user.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={result.page} pages={result.pages} label="Sidor i användarlistan" href={(page) => `/admin/anvandare${queryString({ q: result.q, sida: page })}`} />
    </section>
  );
}
