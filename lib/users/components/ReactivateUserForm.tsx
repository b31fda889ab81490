"use client";

import { useActionState } from "react";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { RefusalLine } from "@/components/forms/RefusalLine";

/**
 * Reactivation in one press: it gives back access the person had, with their own password, and
 * can be undone by deactivating again. Works without JavaScript (a plain form post).
 */
export function ReactivateUserForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      <SubmitButton pending={pending} className="rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        {pending ? "Aktiverar …" : <>Aktivera igen<span className="sr-only"> {name}</span></>}
      </SubmitButton>
      <RefusalLine state={state} />
    </form>
  );
}
