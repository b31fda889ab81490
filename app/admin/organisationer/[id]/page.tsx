import type { Metadata } from "next";
import Link from "@/components/Link";
import { cache } from "react";
import { DateTime } from "@/components/DateTime";
import { TableScroll } from "@/components/TableScroll";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { NOUNS, formatCount } from "@/lib/format";
import { getOrganizationAdminView } from "@/lib/organizations/admin";
import { inviteMemberAction, revokeOrganizationInvitationAction, updateMemberRolesAction, updateOrganizationAction } from "@/lib/organizations/actions";
import { MemberRolesForm } from "@/lib/organizations/components/MemberRolesForm";
import { OrganizationEditForm } from "@/lib/organizations/components/OrganizationEditForm";
import { OrganizationInvitations } from "@/lib/organizations/components/OrganizationInvitations";
import { INVITATION_NOTICE_PARAM, invitationNoticeOf, readInvitationNotice } from "@/lib/invitations/notice";
import { ORGANIZATION_MESSAGES } from "@/lib/organizations/messages";
import { ORGANIZATION_TYPE_LABELS } from "@/lib/organizations/schemas";
import { deactivateUserAction, reactivateUserAction } from "@/lib/users/actions";
import { USER_MESSAGES } from "@/lib/users/messages";
import { DeactivateUserForm } from "@/lib/users/components/DeactivateUserForm";
import { ReactivateUserForm } from "@/lib/users/components/ReactivateUserForm";
import { DeactivatedNotice, ReactivatedNotice } from "@/lib/users/components/AccountStatusNotices";

type Params = Promise<{ id: string }>;

// One load per request, shared by the title and the page (a refusal is audited once).
const loadView = cache(async (id: string) => getOrganizationAdminView(await getActor(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const view = await loadView(id).catch(() => null);
  return { title: view ? `${view.organization.name} – Administration` : "Administration" };
}

export default async function OrganizationAdminPage({ params, searchParams }: { params: Params; searchParams?: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const justDeactivated = query?.inaktiverad;
  const justReactivated = query?.aktiverad;
  const notice = readInvitationNotice(query?.[INVITATION_NOTICE_PARAM]);
  const actor = await getActor();
  const { organization, people, invitations, endedInvitations, cases, canEditOrganization, canRevokeInvitations, noticedInvitation } = await guardPage(
    `/admin/organisationer/${id}`,
    () => loadView(id),
  );
  const invitationNotice = invitationNoticeOf(notice, noticedInvitation(notice?.invitationId), ORGANIZATION_MESSAGES);
  const active = people.filter((p) => !p.deactivatedAt);
  const inactive = people.filter((p) => p.deactivatedAt);
  const here = `/admin/organisationer/${organization.id}`;
  return (
    <section aria-labelledby="rubrik">
      <p>
        <Link href="/admin" className="text-brand-700 underline">← Administration</Link>
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        {organization.name}
      </h1>
      <p className="mt-2 text-slate-700">
        {ORGANIZATION_TYPE_LABELS[organization.type]}
        {organization.officialCode ? `, kod ${organization.officialCode}` : ""} · {formatCount(active.length, NOUNS.person)} · {formatCount(cases.length, NOUNS.case)}
      </p>
      <DeactivatedNotice name={inactive.find((p) => p.id === justDeactivated)?.name ?? null} />
      <ReactivatedNotice name={active.find((p) => p.id === justReactivated)?.name ?? null} />

      <section aria-labelledby="personer-rubrik" className="mt-10">
        <h2 id="personer-rubrik" className="text-2xl font-semibold">Personer</h2>
        {active.length === 0 ? <p className="mt-4">Organisationen har inga aktiva personer.</p> : null}
        <ul className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
          {active.map((person) => (
            <li key={person.id} className="grid gap-3 py-4 md:grid-cols-[minmax(14rem,1fr)_auto_minmax(auto,18rem)] md:items-start">
              <div>
                <p className="font-semibold [overflow-wrap:anywhere]">{person.name}</p>
                <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{person.email}</p>
                <p className="text-sm">{person.roles.map((r) => ORG_ROLE_LABELS[r]).join(", ")}</p>
              </div>
              <MemberRolesForm action={updateMemberRolesAction.bind(null, organization.id, person.id)} userId={person.id} name={person.name} roles={person.roles} />
              {person.id === (actor.kind === "user" ? actor.userId : "") ? (
                <p className="text-sm text-slate-700">Det här är du.</p>
              ) : person.manageable ? (
                <DeactivateUserForm action={deactivateUserAction.bind(null, person.id, here)} name={person.name} />
              ) : (
                <p className="max-w-56 text-sm text-slate-700">{USER_MESSAGES.onlySystemAdminDeactivates}</p>
              )}
            </li>
          ))}
        </ul>
        {inactive.length ? (
          <>
            <h3 className="mt-6 text-lg font-semibold">Inaktiverade konton</h3>
            <p className="mt-1 max-w-3xl text-slate-700">Deras historik finns kvar i ärendena och loggen. Aktiveras ett konto igen kan personen logga in med sitt tidigare lösenord och har samma roller som innan.</p>
            <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
              {inactive.map((person) => (
                <li key={person.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <p>
                    {person.name} <span className="text-slate-700 [overflow-wrap:anywhere]">({person.email})</span>, inaktiverad <DateTime value={person.deactivatedAt!} />
                  </p>
                  {person.manageable ? (
                    <ReactivateUserForm action={reactivateUserAction.bind(null, person.id, here)} name={person.name} />
                  ) : (
                    <p className="max-w-md text-sm text-slate-700">
                      {person.deactivatedBySystemAdmin ? USER_MESSAGES.deactivatedBySystemAdmin : USER_MESSAGES.onlySystemAdminReactivates}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="bjud-in-rubrik" className="mt-10 max-w-2xl">
        <h2 id="bjud-in-rubrik" className="text-2xl font-semibold">Bjud in en person till organisationen</h2>
        <OrganizationInvitations
          inviteAction={inviteMemberAction.bind(null, organization.id)}
          revokeAction={revokeOrganizationInvitationAction.bind(null, organization.id)}
          invitations={invitations}
          endedInvitations={endedInvitations}
          canRevoke={canRevokeInvitations}
          notice={invitationNotice}
        />
      </section>

      <section aria-labelledby="arenden-rubrik" className="mt-10">
        <h2 id="arenden-rubrik" className="text-2xl font-semibold">Organisationens ärenden</h2>
        <p className="mt-2 max-w-3xl text-slate-700">
          Ärenden som organisationen äger, och ärenden där någon deltar för organisationens räkning. Innehållet läser du i ärendet, om du har en roll i det.
        </p>
        {cases.length === 0 ? (
          <p className="mt-4">Organisationen har inga ärenden än.</p>
        ) : (
          <TableScroll label="Tabell: Organisationens ärenden" className="mt-4">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Organisationens ärenden</caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="py-2 pr-4">Ärende</th>
                  <th scope="col" className="py-2 pr-4">Organisationens del</th>
                  <th scope="col" className="py-2">Senast ändrat</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <tr key={c.id} className="border-b border-slate-300">
                    <td className="py-2 pr-4">
                      {c.title}
                      {c.diaryNumber ? <span className="text-slate-700">, dnr {c.diaryNumber}</span> : null}
                    </td>
                    <td className="py-2 pr-4">{c.owned ? "Äger ärendet" : `Deltar (ägs av ${c.ownerOrganization.name})`}</td>
                    <td className="py-2"><DateTime value={c.updatedAt} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {canEditOrganization ? (
        <section aria-labelledby="uppgifter-rubrik" className="mt-10 max-w-2xl">
          <h2 id="uppgifter-rubrik" className="text-2xl font-semibold">Organisationens uppgifter</h2>
          <OrganizationEditForm action={updateOrganizationAction.bind(null, organization.id)} organization={organization} />
        </section>
      ) : null}
    </section>
  );
}
