import { DateTime } from "@/components/DateTime";
import { PendingInvitationList } from "@/lib/invitations/components/PendingInvitationList";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { OrgRole } from "@/lib/db/generated/enums";
import { ENDED_INVITATIONS_DAYS, INVITATION_STATE_LABELS } from "@/lib/invitations/state";

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

/** The organisation's invitations that wait for an answer, each with "Återkalla" when the viewer may withdraw it. */
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
  return (
    <PendingInvitationList
      heading="Inbjudningar som inte har tagits emot"
      revoke={canRevoke ? { action, pending } : undefined}
      invitations={invitations.map((inv) => ({
        id: inv.id,
        email: inv.email,
        description: (
          <>
            {inv.email} – {ORG_ROLE_LABELS[inv.role]}, gäller till <DateTime value={inv.expiresAt} />
          </>
        ),
      }))}
    />
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
