"use client";

import { useSyncExternalStore } from "react";
import { SCRIPTED_FIELD } from "@/lib/forms/scripted";

const noSubscription = () => () => {};

/** True once the page's JavaScript runs (the server's render and hydration see false). */
export const useScripted = () => useSyncExternalStore(noSubscription, () => true, () => false);

/** The hidden field (lib/forms/scripted.ts) that tells the action the page's script sent the form. */
export function ScriptedField() {
  return useScripted() ? <input type="hidden" name={SCRIPTED_FIELD} value="1" /> : null;
}
