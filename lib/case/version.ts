/** Bump when a stored case document can no longer be read by the previous schema. */
export const CASE_FORMAT_VERSION = 1 as const;
