import type { ReactNode } from "react";
import { ScriptedField } from "@/components/forms/ScriptedField";
import { SubmitButton } from "@/components/forms/SubmitButton";

export interface PendingInvitationRow {
  id: string;
  email: string;
  /** What the row says of the invitation: address, role, until when. */
  description: ReactNode;
}

/**
 * Invitations that wait for an answer (to an organisation or to a case), each with "Återkalla"
 * when the viewer may withdraw it. Every button posts the invitation's id to the one action (its
 * state and message belong to the section, useInvitationOutcome), so it works without JavaScript
 * too.
 */
export function PendingInvitationList({
  heading,
  invitations,
  revoke,
}: {
  heading: string;
  invitations: PendingInvitationRow[];
  /** The withdrawal's form action, when the viewer may withdraw. */
  revoke?: { action: (formData: FormData) => void; pending: boolean } | undefined;
}) {
  if (!invitations.length) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-semibold">{heading}</h3>
      <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
            <span className="min-w-0 [overflow-wrap:anywhere]">{inv.description}</span>
            {revoke ? (
              <form action={revoke.action}>
                <input type="hidden" name="invitationId" value={inv.id} />
                <ScriptedField />
                <SubmitButton
                  pending={revoke.pending}
                  className="rounded border-2 border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
                >
                  Återkalla<span className="sr-only"> inbjudan till {inv.email}</span>
                </SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {revoke ? <p className="mt-2 text-sm text-slate-700">En återkallad inbjudans länk fungerar inte längre. Du kan bjuda in personen igen när du vill.</p> : null}
    </>
  );
}
