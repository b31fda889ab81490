import type { ActionState } from "@/lib/forms/action-state";

/** A one-button form's refusal, under its button (ConfirmForm, the account forms). */
export function RefusalLine({ state }: { state: ActionState }) {
  if (state.status !== "error") return null;
  return (
    <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
      {state.message}
    </p>
  );
}
