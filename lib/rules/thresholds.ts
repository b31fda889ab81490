// Numbers the rules test against, in a module of their own (no imports), so that the rules'
// documentation (rule-docs.ts) can cite them without loading the rules themselves.

/** The Hamburg exception: the authorities perform less than this share (%) of the activities on the open market. */
export const HAMBURG_SHARE_LIMIT = 20;

/** A description shorter than this cannot define a task precisely enough to carry an exception. */
export const MIN_TASK_DESCRIPTION_LENGTH = 40;
