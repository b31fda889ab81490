"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { RefusalLine } from "./RefusalLine";
import { DEACTIVATION_STEP, DEACTIVATION_STEP_ASK, DEACTIVATION_STEP_CANCEL } from "../deactivation-steps";

const noSubscription = () => () => {};

/**
 * Deactivation asks once more before it ends the person's sessions. With JavaScript the question
 * opens in place; without it the first press posts and the action answers with the question
 * (steg=fraga, lib/users/actions.ts). Either way the question takes the focus, so a screen
 * reader reads it, and "Avbryt" (or Escape) gives the focus back to "Inaktivera".
 */
export function DeactivateUserForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const askedByServer = state.values?.[DEACTIVATION_STEP] === DEACTIVATION_STEP_ASK;
  // Without JavaScript "Avbryt" is a post too: the page that answers it gives the focus back to "Inaktivera".
  const cancelledByServer = state.values?.[DEACTIVATION_STEP] === DEACTIVATION_STEP_CANCEL;
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const open = confirming ?? askedByServer;
  const question = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Only after the person opened or closed it here, not when the page first renders.
    if (!moved.current) return;
    if (open) question.current?.focus();
    else opener.current?.focus();
  }, [open]);
  const inServerHtml = useSyncExternalStore(noSubscription, () => false, () => true);
  const toggle = (next: boolean) => (event: { preventDefault(): void }) => {
    event.preventDefault();
    moved.current = true;
    setConfirming(next);
  };
  return (
    <form action={formAction}>
      {open ? (
        <div
          ref={question}
          tabIndex={-1}
          autoFocus={inServerHtml && askedByServer}
          onKeyDown={(event) => {
            if (event.key === "Escape") toggle(false)(event);
          }}
          className="rounded border-2 border-red-700 p-2 text-sm focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-600">
          <p>
            {name} loggas ut överallt och kan inte logga in förrän kontot aktiveras igen. Allt personen har gjort finns kvar i ärendena och loggen.
          </p>
          <div className="mt-2 flex flex-wrap gap-3">
            <SubmitButton pending={pending} name="bekrafta" value="ja" className="rounded bg-red-800 px-3 py-1 font-semibold text-white hover:bg-red-900">
              {pending ? "Inaktiverar …" : <>Ja, inaktivera<span className="sr-only"> {name}</span></>}
            </SubmitButton>
            <button type="submit" name={DEACTIVATION_STEP} value={DEACTIVATION_STEP_CANCEL} onClick={toggle(false)} className="rounded border-2 border-slate-700 px-3 py-1 font-semibold">
              Avbryt
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={opener}
          autoFocus={inServerHtml && cancelledByServer}
          type="submit"
          name={DEACTIVATION_STEP}
          value={DEACTIVATION_STEP_ASK}
          onClick={toggle(true)}
          className="rounded border-2 border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          Inaktivera<span className="sr-only"> {name}</span>
        </button>
      )}
      <RefusalLine state={state} />
    </form>
  );
}
