import * as z from "zod/mini";
import { DELEGATE_KINDS, SUB_DELEGATION } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const organisationSchema = z.strictObject({
  /** Who does what between the parties. */
  taskAllocation: z.optional(freeText()),
  /** True when huvudmannaskap stays with the client, as KL requires. */
  huvudmannaskapRetained: z.optional(yesNo()),
  /**
   * True for a joint unit run by one party for several (the Östergötland HVB): the operating
   * municipality answers for the unit, each placing municipality for its own individual. That
   * split is not a transfer of huvudmannaskap.
   */
  jointUnit: z.optional(yesNo()),
  takeBackPossible: z.optional(yesNo()),
  takeBackDescription: z.optional(freeText()),
});

export const delegationSchema = z.strictObject({
  used: z.optional(yesNo()),
  delegateTo: z._default(z.array(choice(DELEGATE_KINDS)).check(z.maxLength(3)), []),
  scope: z.optional(freeText()),
  /** Undefined means the question of sub-delegation has not been addressed. */
  subDelegation: z.optional(choice(SUB_DELEGATION)),
});

export const staffSchema = z.strictObject({
  /** True when staff change employer (verksamhetsövergång). */
  changesEmployer: z.optional(yesNo()),
  workEnvironmentResponsibilityPlaced: z.optional(yesNo()),
  workEnvironmentDescription: z.optional(freeText()),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Staff = z.infer<typeof staffSchema>;
