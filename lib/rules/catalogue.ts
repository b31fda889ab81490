import type { Rule } from "./rule";
import type { ProcurementRoute } from "../case/enums";
import type { RuleDefinition } from "./types";
import { RULE_DOCS } from "./rule-docs";
import { RULES } from "./rule-list";

export { RULES };

/** The rule catalogue without the executable part, with each rule's documentation, for documentation and UIs. */
function buildCatalogue(): readonly RuleDefinition[] {
  return Object.freeze(RULES.map(toDefinition));
}

// Marked pure, and RULES lives in rule-list.ts: the browser runs the rules but never reads the
// catalogue, so it leaves the catalogue (and the documentation in rule-docs.ts) out of its code.
export const RULE_CATALOGUE: readonly RuleDefinition[] = /*@__PURE__*/ buildCatalogue();

function toDefinition(rule: Rule): RuleDefinition {
  const doc = RULE_DOCS[rule.code];
  if (!doc) throw new Error(`Rule ${rule.code} has no documentation in lib/rules/rule-docs.ts`);
  const definition: { -readonly [K in keyof Rule]?: Rule[K] } = { ...rule };
  delete definition.check;
  return Object.freeze({ ...definition, ...doc } as RuleDefinition);
}

// Built on first use, so this module keeps no work at load time (the browser bundle leaves it out; see above).
let routeOfRuleMap: ReadonlyMap<string, ProcurementRoute> | undefined;

/** The procurement route whose "verifiera" a rule's finding checks (RuleDefinition.route); undefined for other rules. */
export function routeOfRule(code: string): ProcurementRoute | undefined {
  routeOfRuleMap ??= new Map(RULES.flatMap((rule) => (rule.route ? [[rule.code, rule.route] as const] : [])));
  return routeOfRuleMap.get(code);
}
