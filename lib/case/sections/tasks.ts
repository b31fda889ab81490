import { z } from "zod";
import { TASK_KINDS } from "../enums";
import { choice, freeText, identifier, yesNo } from "./common";

export const taskSchema = z.strictObject({
  id: identifier(),
  description: freeText().optional(),
  kind: choice(TASK_KINDS).optional(),
  /** Whether the client municipality may perform the task itself (its own competence). */
  withinOwnCompetence: yesNo().optional(),
  /** Legislation that governs the task itself, e.g. "SoL (2025:400), LVU". */
  governingLaw: freeText().optional(),
});

export const tasksSchema = z.array(taskSchema).max(200, { error: "Högst 200 uppgifter" });

export type Task = z.infer<typeof taskSchema>;
