import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { getAccount } from "@/lib/auth/account";
import { SignOutButton } from "@/lib/auth/components/SignOutButton";
import { guardPage } from "@/lib/auth/page-guard";
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS } from "@/lib/auth/config";
import { ORG_ROLE_LABELS, GLOBAL_ROLE_LABELS } from "@/lib/auth/role-labels";
import { NOUNS, formatCount } from "@/lib/format/count";

export const metadata: Metadata = { title: "Ditt konto" };

export default async function AccountPage() {
  const actor = await getActor();
  const { user, sessions } = await guardPage("/konto", () => getAccount(actor));
  const buttonClass = "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50";
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Ditt konto
      </h1>
      <dl className="mt-6 grid max-w-xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2">
        <dt className="font-semibold">Namn</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">E-post</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Roller</dt>
        <dd>
          <ul>
            {user.memberships.map((m) => (
              <li key={`${m.organizationId}-${m.role}`}>
                {ORG_ROLE_LABELS[m.role]}, {m.organizationName}
              </li>
            ))}
            {user.globalRoles.map((role) => (
              <li key={role}>{GLOBAL_ROLE_LABELS[role]}</li>
            ))}
            {user.memberships.length + user.globalRoles.length === 0 ? <li>Deltagare i de ärenden du har bjudits in till</li> : null}
          </ul>
        </dd>
      </dl>
      <h2 className="mt-10 text-2xl font-semibold">Inloggningar</h2>
      <p className="mt-2">
        Du är inloggad på {formatCount(sessions, NOUNS.device)}. En inloggning upphör efter {IDLE_TIMEOUT_SECONDS / 60} minuter utan
        aktivitet och senast {ABSOLUTE_LIFETIME_SECONDS / 3600} timmar efter att du loggade in.
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        <SignOutButton className={buttonClass} />
        <SignOutButton everywhere className={buttonClass} />
      </div>
    </section>
  );
}
