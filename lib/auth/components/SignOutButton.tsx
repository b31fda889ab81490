"use client";

import { clearAllDrafts } from "@/lib/wizard/drafts";
import { signOutAction, signOutEverywhereAction } from "../actions";

/**
 * A plain form, so signing out works without JavaScript too. With JavaScript it also forgets
 * unsaved wizard answers kept in this browser, which matters on a shared computer.
 */
export function SignOutButton({ everywhere = false, className }: { everywhere?: boolean; className?: string }) {
  return (
    <form action={everywhere ? signOutEverywhereAction : signOutAction} onSubmit={() => clearAllDrafts()}>
      <button type="submit" className={className}>
        {everywhere ? "Logga ut från alla enheter" : "Logga ut"}
      </button>
    </form>
  );
}
