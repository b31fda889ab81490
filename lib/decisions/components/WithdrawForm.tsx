"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormAction, IDLE } from "@/lib/forms/action-state";

/** "Återkalla" for one entry: a success leads back to the page, which says so; a refusal is said here. */
export function WithdrawForm({ action, id, label }: { action: FormAction; id: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} aria-label={label} className="rounded border-2 border-slate-700 px-3 py-1 text-sm font-semibold hover:bg-slate-100">
        {pending ? "Återkallar …" : "Återkalla"}
      </SubmitButton>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
