import { CLAUSE_CATALOGUE } from "@/lib/rules/clauses";
import { isItemListKind, itemFields } from "./item-fields";
import type { QuestionInfo } from "./questions";
import type { FieldSpec, StepSpec } from "./steps";

// What an answer is called wherever the product names it (error summary, conflict panel,
// check-answers page, review page). Always the guide's Swedish question, never a field path
// such as "economy.monthlyValue": a field without a question of its own is named by its kind.

const KIND_LABELS: Partial<Record<FieldSpec["kind"], string>> = {
  formAdvice: "Frågor om samverkansform",
  clauses: "Avtalets klausuler",
  // The goals' guide question is about one part of a goal (its key figure): as the list's name it
  // sent a reader to the key figure when another part had changed (a walk).
  goals: "Mätbara mål",
};

/** The label of one field; `heading` (its group's heading) only if the guide has no question for it. */
export function fieldLabel(field: FieldSpec, questions: Readonly<Record<string, QuestionInfo>>, heading: string): string {
  return KIND_LABELS[field.kind] ?? questions[field.question]?.label ?? heading;
}

/** Said of an answer path that belongs to no field of the step (it cannot happen through the form). */
export const UNKNOWN_ANSWER_LABEL = "Ett svar i steget";

/**
 * The label of an answer path in a step, also for a part of a list answer:
 * "needs.goals.1.target" → "Mål 2: Vilket målvärde ska nås?", "needs.benefits.0" → "Vilka fördelar väntar ni er? (punkt 1)".
 */
export function labelForPath(spec: { readonly groups: readonly StepSpec["groups"][number][] }, path: string, questions: Readonly<Record<string, QuestionInfo>>): string {
  for (const group of spec.groups) {
    const owner = group.fields.find((f) => path === f.path || path.startsWith(`${f.path}.`));
    if (!owner) continue;
    const base = fieldLabel(owner, questions, group.heading);
    // One clause of step 4's list is named by its title, as on the review page (lib/review/diff.ts).
    if (owner.kind === "clauses") {
      const clause = CLAUSE_CATALOGUE.find((c) => path === `${owner.path}.${c.id}`);
      if (clause) return `Avtalsklausul: ${clause.title}`;
    }
    const item = path.slice(owner.path.length).match(/^\.(\d+)(?:\.(\w+))?/);
    if (!item) return base;
    const place = Number(item[1]) + 1;
    // A part of an item is named by its own question: "Mål 2: Vilket målvärde ska nås?"; a whole
    // item by its name and place: "Mål 2".
    if (isItemListKind(owner.kind)) {
      const { itemName, fields } = itemFields(owner.kind, questions);
      if (!item[2]) return `${itemName} ${place}`;
      const part = fields.find((f) => f.key === item[2]);
      if (part) return `${itemName} ${place}: ${part.label}`;
    }
    return `${base} (punkt ${place})`;
  }
  return UNKNOWN_ANSWER_LABEL;
}
