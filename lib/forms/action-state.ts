import type { FieldError } from "@/lib/errors/app-error";

/** What every form's server action returns to its form. */
export interface ActionState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: FieldError[];
  /** Echo of what was submitted (never passwords), so a failed form keeps its values. */
  values?: Record<string, string>;
}

export const IDLE: ActionState = { status: "idle" };

/**
 * A form's server action with its arguments bound, handed to the form by the page (a server
 * component). Bound in the browser instead, it would never finish a post made without
 * JavaScript: the render of the answer waits on a new binding each time (vercel/next.js#98045).
 */
export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
