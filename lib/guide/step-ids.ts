/** The steps of SKR's method guide (report ch. 5). */
export const STEP_IDS = ["1", "2A", "2B", "2C", "3A", "3B", "3C", "4"] as const;
export type StepId = (typeof STEP_IDS)[number];
