import type { ActionState } from "@/lib/forms/action-state";

/**
 * Whether a refusal still says something true: not when every field error it named is about
 * `mootWithout` and the form no longer shows that field. A jurist refused for not ticking the box
 * beside two open comments, who then resolves them, was still told to tick a box no longer there
 * (a walk). The form is not remounted on the change instead: a refusal because the page had gone
 * stale comes back with the changed page, and a remount took its message away.
 */
export function refusalStillCurrent(state: ActionState, fields: readonly { name: string }[], mootWithout?: string): boolean {
  if (state.status !== "error") return false;
  if (mootWithout === undefined || fields.some((f) => f.name === mootWithout)) return true;
  const named = state.fieldErrors ?? [];
  return named.length === 0 || named.some((e) => e.path !== mootWithout);
}
