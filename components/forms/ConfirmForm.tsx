"use client";

import { type ReactNode, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { CONFIRMED_FIELD, CONFIRMED_VALUE, CONFIRM_STEP, CONFIRM_STEP_ASK, CONFIRM_STEP_CANCEL } from "@/lib/forms/confirm-step";
import { RefusalLine } from "./RefusalLine";
import { SubmitButton } from "./SubmitButton";

const noSubscription = () => () => {};

interface Props {
  action: FormAction;
  /** What the act does, asked before it is done. */
  question: ReactNode;
  /** The button that opens the question ("Inaktivera"), and the one that acts ("Ja, inaktivera"), and its label while it works. */
  openLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  /** Read after each button's label by a screen reader only: what it acts on, among many alike on the page. */
  srName: string;
  /** Hidden fields the act needs (the entry's id). */
  hidden?: Record<string, string>;
  /** "danger" for an act that cannot be undone from here (deactivation); "plain" otherwise. */
  tone?: "danger" | "plain";
  className?: string;
}

/**
 * A form that asks once more before it acts. With JavaScript the question opens in place; without
 * it the first press posts and the action answers with the question (askOrCancel,
 * lib/forms/confirm-action.ts). Either way the question takes the focus, so a screen reader reads
 * it, and "Avbryt" (or Escape) gives the focus back to the first button. A refusal is said under it.
 */
export function ConfirmForm({ action, question, openLabel, confirmLabel, pendingLabel, srName, hidden = {}, tone = "danger", className }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const askedByServer = state.values?.[CONFIRM_STEP] === CONFIRM_STEP_ASK;
  // Without JavaScript "Avbryt" is a post too: the page that answers it gives the focus back to the first button.
  const cancelledByServer = state.values?.[CONFIRM_STEP] === CONFIRM_STEP_CANCEL;
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const open = confirming ?? askedByServer;
  const questionRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Only after the person opened or closed it here, not when the page first renders.
    if (!moved.current) return;
    if (open) questionRef.current?.focus();
    else opener.current?.focus();
  }, [open]);
  const inServerHtml = useSyncExternalStore(noSubscription, () => false, () => true);
  const toggle = (next: boolean) => (event: { preventDefault(): void }) => {
    event.preventDefault();
    moved.current = true;
    setConfirming(next);
  };
  const danger = tone === "danger";
  return (
    // data-outcome: a refusal here stands alone, and an earlier notice from the address gives way (app/globals.css).
    <form action={formAction} className={className} data-outcome={state.status === "error" && !askedByServer && !cancelledByServer ? "" : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {open ? (
        <div
          ref={questionRef}
          tabIndex={-1}
          autoFocus={inServerHtml && askedByServer}
          onKeyDown={(event) => {
            if (event.key === "Escape") toggle(false)(event);
          }}
          className={`rounded border-2 p-2 text-sm focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-600 ${danger ? "border-red-700" : "border-slate-700"}`}
        >
          <p>{question}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <SubmitButton
              pending={pending}
              name={CONFIRMED_FIELD}
              value={CONFIRMED_VALUE}
              className={`rounded px-3 py-1 font-semibold text-white ${danger ? "bg-red-800 hover:bg-red-900" : "bg-brand-700 hover:bg-brand-800"}`}
            >
              {pending ? (
                pendingLabel
              ) : (
                <>
                  {confirmLabel}
                  <span className="sr-only"> {srName}</span>
                </>
              )}
            </SubmitButton>
            <button type="submit" name={CONFIRM_STEP} value={CONFIRM_STEP_CANCEL} onClick={toggle(false)} className="rounded border-2 border-slate-700 px-3 py-1 font-semibold">
              Avbryt
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={opener}
          autoFocus={inServerHtml && cancelledByServer}
          type="submit"
          name={CONFIRM_STEP}
          value={CONFIRM_STEP_ASK}
          onClick={toggle(true)}
          className={`rounded border-2 px-3 py-1 text-sm font-semibold ${danger ? "border-red-800 text-red-800 hover:bg-red-50" : "border-slate-700 hover:bg-slate-100"}`}
        >
          {openLabel}
          <span className="sr-only"> {srName}</span>
        </button>
      )}
      <RefusalLine state={state} />
    </form>
  );
}
