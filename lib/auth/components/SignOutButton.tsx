"use client";

import type { FormEvent } from "react";
import { NOUNS, formatCount } from "@/lib/format/count";
import { clearAllDrafts, countDrafts } from "@/lib/wizard/drafts";
import { signOutAction, signOutEverywhereAction } from "../actions";

/** Asked before unsaved answers are forgotten (a save that has not got through, or a session that ended while typing). */
export function unsavedDraftsQuestion(cases: number): string {
  return `Ändringar i ${formatCount(cases, NOUNS.case)} är inte sparade än. De finns bara i den här webbläsaren och raderas om du loggar ut. Välj Avbryt och vänta tills det står Sparat, eller logga in igen om du har blivit utloggad. Vill du logga ut ändå?`;
}

/**
 * A plain form, so signing out works without JavaScript too. With JavaScript it also forgets
 * unsaved wizard answers kept in this browser, which matters on a shared computer, but asks
 * first: they may be the only copy of what someone typed.
 */
export function SignOutButton({ everywhere = false, className }: { everywhere?: boolean; className?: string }) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const unsaved = countDrafts();
    if (unsaved > 0 && !window.confirm(unsavedDraftsQuestion(unsaved))) {
      event.preventDefault();
      return;
    }
    clearAllDrafts();
  };
  return (
    <form action={everywhere ? signOutEverywhereAction : signOutAction} onSubmit={onSubmit}>
      <button type="submit" className={className}>
        {everywhere ? "Logga ut från alla enheter" : "Logga ut"}
      </button>
    </form>
  );
}
