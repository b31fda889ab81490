import type { Rule } from "./rule";
import type { RuleDefinition } from "./types";
import { RULE_DOCS } from "./rule-docs";
import { partyRules } from "./rules/parties";
import { needsRules } from "./rules/needs";
import { taskRules } from "./rules/tasks";
import { delegationRules } from "./rules/delegation";
import { organisationRules } from "./rules/organisation";
import { economyRules } from "./rules/economy";
import { procurementRules } from "./rules/procurement";
import { formRules } from "./rules/form";
import { controlRules } from "./rules/control";
import { informationRules } from "./rules/information";
import { anchoringRules } from "./rules/anchoring";
import { agreementRules } from "./rules/agreement";
import { personalDataRules } from "./rules/personal-data";

/** All rules in evaluation order; findings keep this order. */
export const RULES: readonly Rule[] = Object.freeze([
  ...personalDataRules,
  ...needsRules,
  ...partyRules,
  ...taskRules,
  ...organisationRules,
  ...delegationRules,
  ...economyRules,
  ...procurementRules,
  ...formRules,
  ...controlRules,
  ...informationRules,
  ...anchoringRules,
  ...agreementRules,
]);

/** The rule catalogue without the executable part, with each rule's documentation, for documentation and UIs. */
function buildCatalogue(): readonly RuleDefinition[] {
  return Object.freeze(RULES.map(toDefinition));
}

// Marked pure: the browser runs RULES but never reads the catalogue, and so can leave it (and the
// documentation in rule-docs.ts) out of its code.
export const RULE_CATALOGUE: readonly RuleDefinition[] = /*@__PURE__*/ buildCatalogue();

function toDefinition(rule: Rule): RuleDefinition {
  const doc = RULE_DOCS[rule.code];
  if (!doc) throw new Error(`Rule ${rule.code} has no documentation in lib/rules/rule-docs.ts`);
  const definition: { -readonly [K in keyof Rule]?: Rule[K] } = { ...rule };
  delete definition.check;
  return Object.freeze({ ...definition, ...doc } as RuleDefinition);
}
