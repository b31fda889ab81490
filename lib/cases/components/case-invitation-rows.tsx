import { DateTime } from "@/components/DateTime";
import type { PendingInvitationRow } from "@/lib/invitations/components/PendingInvitationList";
import type { CaseRole } from "@/lib/db/generated/enums";
import { CASE_ROLE_LABELS } from "../schemas";

/** A pending case invitation as the case's participants section lists it. */
export interface PendingCaseInvitation {
  id: string;
  email: string;
  role: CaseRole;
  expiresAt: Date;
  organization: { name: string } | null;
}

/** "per@fjallviken.se – Redigerare, Fjällvikens kommun (gäller till 2026-12-12 10:00)". */
export function caseInvitationRows(invitations: PendingCaseInvitation[]): PendingInvitationRow[] {
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    description: (
      <>
        {invitation.email} – {CASE_ROLE_LABELS[invitation.role]}
        {invitation.organization ? `, ${invitation.organization.name}` : ""} (gäller till <DateTime value={invitation.expiresAt} />)
      </>
    ),
  }));
}

export const PENDING_CASE_INVITATIONS_HEADING = "Väntande inbjudningar";
