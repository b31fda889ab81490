import * as z from "zod/mini";
import { TASK_KINDS } from "../enums";
import { choice, freeText, identifier, yesNo } from "./common";

export const taskSchema = z.strictObject({
  id: identifier(),
  description: z.optional(freeText()),
  kind: z.optional(choice(TASK_KINDS)),
  /** Whether the client municipality may perform the task itself (its own competence). */
  withinOwnCompetence: z.optional(yesNo()),
  /** Legislation that governs the task itself, e.g. "SoL (2025:400), LVU". */
  governingLaw: z.optional(freeText()),
});

export const tasksSchema = z.array(taskSchema).check(z.maxLength(200, { error: "Högst 200 uppgifter" }));

export type Task = z.infer<typeof taskSchema>;
