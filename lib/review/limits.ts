// The longest comment and motivation a reviewer may write. Their own module, without zod: the
// review's client components (form-toggle.tsx) need the numbers, and importing them from
// schemas.ts put all of zod into the first load of every page that renders a comment thread,
// the step pages among them (172.9 → 208.3 kB gzip, unnoticed until re-measured).
export const MAX_COMMENT = 10_000;
export const MAX_MOTIVATION = 5_000;

/**
 * How long the same person's identical comment, reply or decision on the same thing counts as
 * one sent twice (a double click, a form posted again without JavaScript) and is not stored
 * again.
 */
export const REPEAT_WINDOW_MS = 10_000;
