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
