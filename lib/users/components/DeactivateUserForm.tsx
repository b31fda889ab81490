"use client";

import { useActionState, useState } from "react";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** Deactivation asks once more before it ends the person's sessions. */
export function DeactivateUserForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={formAction}>
      {confirming ? (
        <div className="rounded border-2 border-red-700 p-2 text-sm">
          <p>
            {name} loggas ut överallt och kan inte logga in förrän kontot aktiveras igen. Allt personen har gjort finns kvar i ärendena och loggen.
          </p>
          <div className="mt-2 flex gap-3">
            <SubmitButton pending={pending} name="bekrafta" value="ja" className="rounded bg-red-800 px-3 py-1 font-semibold text-white hover:bg-red-900">
              {pending ? "Inaktiverar …" : <>Ja, inaktivera<span className="sr-only"> {name}</span></>}
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border-2 border-slate-700 px-3 py-1 font-semibold">
              Avbryt
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded border-2 border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50">
          Inaktivera<span className="sr-only"> {name}</span>
        </button>
      )}
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
