/** Bump when a stored case document can no longer be read by the previous schema; add a step to upgrade.ts. */
export const CASE_FORMAT_VERSION = 2 as const;
