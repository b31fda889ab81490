"use client";

import { useActionState, useEffect, useRef } from "react";
import { DateTime } from "@/components/DateTime";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { OrgRole } from "@/lib/db/generated/enums";
import { type FormAction, IDLE } from "@/lib/forms/action-state";

export interface PendingInvitation {
  id: string;
  email: string;
  role: OrgRole;
  expiresAt: Date;
}

/**
 * The organisation's invitations that wait for an answer, each with "Återkalla" when the viewer
 * may withdraw it. One form state for the whole list: the message stays when the withdrawn
 * invitation leaves the list, and takes the focus the removed button had. Each button is a
 * plain form post, so it works without JavaScript too.
 */
export function PendingInvitations({ action, invitations, canRevoke }: { action: FormAction; invitations: PendingInvitation[]; canRevoke: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const status = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === "success") status.current?.focus();
    if (state.status === "error") alert.current?.focus();
  }, [state]);
  return (
    <>
      <p ref={status} tabIndex={-1} role="status" className="mt-6 font-semibold text-green-800">
        {state.status === "success" ? state.message : ""}
      </p>
      {state.status === "error" ? (
        <p ref={alert} tabIndex={-1} role="alert" className="mt-2 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
      {invitations.length ? (
        <>
          <h3 className="mt-2 text-lg font-semibold">Inbjudningar som inte har tagits emot</h3>
          <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
                <span>
                  {inv.email} – {ORG_ROLE_LABELS[inv.role]}, gäller till <DateTime value={inv.expiresAt} />
                </span>
                {canRevoke ? (
                  <form action={formAction}>
                    <input type="hidden" name="invitationId" value={inv.id} />
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
      ) : null}
    </>
  );
}
