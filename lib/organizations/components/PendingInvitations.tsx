import { DateTime } from "@/components/DateTime";
import { ScriptedField } from "@/components/forms/ScriptedField";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { OrgRole } from "@/lib/db/generated/enums";
import { ENDED_INVITATIONS_DAYS, INVITATION_STATE_LABELS } from "../invitation-state";

export interface PendingInvitation {
  id: string;
  email: string;
  role: OrgRole;
  expiresAt: Date;
}

export interface EndedInvitationRow {
  id: string;
  email: string;
  role: OrgRole;
  state: "REVOKED" | "EXPIRED";
  endedAt: Date;
  revokedBy: string | null;
}

/**
 * The organisation's invitations that wait for an answer, each with "Återkalla" when the viewer
 * may withdraw it. Every button posts to the one action (its state and message belong to
 * OrganizationInvitations), so it works without JavaScript too.
 */
export function PendingInvitations({
  action,
  pending,
  invitations,
  canRevoke,
}: {
  action: (formData: FormData) => void;
  pending: boolean;
  invitations: PendingInvitation[];
  canRevoke: boolean;
}) {
  if (!invitations.length) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">Inbjudningar som inte har tagits emot</h3>
      <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
            <span className="min-w-0 [overflow-wrap:anywhere]">
              {inv.email} – {ORG_ROLE_LABELS[inv.role]}, gäller till <DateTime value={inv.expiresAt} />
            </span>
            {canRevoke ? (
              <form action={action}>
                <input type="hidden" name="invitationId" value={inv.id} />
                <ScriptedField />
                <button
                  type="submit"
                  disabled={pending}
                  className="rounded border-2 border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
                >
                  Återkalla<span className="sr-only"> inbjudan till {inv.email}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canRevoke ? (
        <p className="mt-2 text-sm text-slate-700">En återkallad inbjudans länk fungerar inte längre. Du kan bjuda in personen igen när du vill.</p>
      ) : null}
    </>
  );
}

/**
 * Invitations that ended without being taken in the last days (getOrganizationAdminView), each
 * with its state: "Återkallad" (when and by whom) or "Har gått ut" (when).
 */
export function EndedInvitations({ invitations }: { invitations: EndedInvitationRow[] }) {
  if (!invitations.length) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">Inbjudningar som har slutat gälla de senaste {ENDED_INVITATIONS_DAYS} dagarna</h3>
      <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
        {invitations.map((inv) => (
          <li key={inv.id} className="py-2">
            {inv.email} – {ORG_ROLE_LABELS[inv.role]}. {INVITATION_STATE_LABELS[inv.state]} <DateTime value={inv.endedAt} />
            {inv.state === "REVOKED" && inv.revokedBy ? ` av ${inv.revokedBy}` : ""}.
          </li>
        ))}
      </ul>
    </>
  );
}
