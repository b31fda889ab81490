import type { Rule } from "./rule";
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
