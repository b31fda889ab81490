import { z } from "zod";
import { DELEGATE_KINDS, SUB_DELEGATION } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const organisationSchema = z.strictObject({
  /** Who does what between the parties. */
  taskAllocation: freeText().optional(),
  /** True when huvudmannaskap stays with the client, as KL requires. */
  huvudmannaskapRetained: yesNo().optional(),
  /**
   * True for a joint unit run by one party for several (the Östergötland HVB): the operating
   * municipality answers for the unit, each placing municipality for its own individual. That
   * split is not a transfer of huvudmannaskap.
   */
  jointUnit: yesNo().optional(),
  takeBackPossible: yesNo().optional(),
  takeBackDescription: freeText().optional(),
});

export const delegationSchema = z.strictObject({
  used: yesNo().optional(),
  delegateTo: z.array(choice(DELEGATE_KINDS)).max(3).default([]),
  scope: freeText().optional(),
  /** Undefined means the question of sub-delegation has not been addressed. */
  subDelegation: choice(SUB_DELEGATION).optional(),
});

export const staffSchema = z.strictObject({
  /** True when staff change employer (verksamhetsövergång). */
  changesEmployer: yesNo().optional(),
  workEnvironmentResponsibilityPlaced: yesNo().optional(),
  workEnvironmentDescription: freeText().optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Staff = z.infer<typeof staffSchema>;
