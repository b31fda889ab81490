import "server-only";
import type { ActionState } from "./action-state";
import { runFormAction } from "./run-action";
import { CONFIRM_STEP, CONFIRM_STEP_ASK, CONFIRM_STEP_CANCEL } from "./confirm-step";

/**
 * A confirming form's first press or "Avbryt" posted without JavaScript: answered with the form
 * asking, or back at rest, after the same authorization as the act itself (`authorize`, whose
 * refusal runFormAction audits). Null for any other post, which the caller acts on. Read only
 * from a real form: anything else is left to runFormAction's check of the input.
 */
export async function askOrCancel(action: string, formData: unknown, authorize: () => Promise<void>): Promise<ActionState | null> {
  const step = formData instanceof FormData ? formData.get(CONFIRM_STEP) : null;
  if (step !== CONFIRM_STEP_ASK && step !== CONFIRM_STEP_CANCEL) return null;
  const asked = await runFormAction(action, formData, authorize);
  if (asked.status !== "success") return asked;
  return { status: "idle", values: { [CONFIRM_STEP]: step } };
}
