// Unsaved wizard answers live in localStorage under these keys until the server confirms them.

const DRAFT_KEY_PREFIX = "samverka:utkast:";

/** Per user and case: on a shared computer, one person's unsaved text is never restored for another. */
export function draftKey(userId: string, caseId: string): string {
  return `${DRAFT_KEY_PREFIX}${userId}:${caseId}`;
}

/** How many cases have answers in this browser that the server has not confirmed yet. */
export function countDrafts(): number {
  try {
    return Object.keys(window.localStorage).filter((key) => key.startsWith(DRAFT_KEY_PREFIX)).length;
  } catch {
    return 0;
  }
}

/** Forgets every unsaved answer in this browser; run at sign-out. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}
