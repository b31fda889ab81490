"use client";

import { useSyncExternalStore } from "react";

// The case's title as step 1 last saved it, for the parts of the page the server drew before
// (the breadcrumb, the tab's title): a walk renamed the case in step 1 and both kept the old name
// until the next page. Kept per case and per title the server showed, so a later page, drawn
// with a newer title, never takes an older one from here.

type Saved = { caseId: string; shown: string; title: string };
let saved: Saved | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Step 1 saved `title` for the case whose pages show `shown`; the tab's title follows at once. */
export function announceCaseTitle(caseId: string, shown: string, title: string): void {
  const next = title.trim();
  const current = saved && saved.caseId === caseId && saved.shown === shown ? saved.title : shown;
  if (!next || next === current) return;
  if (document.title.includes(current)) document.title = document.title.replace(current, next);
  saved = { caseId, shown, title: next };
  for (const listener of listeners) listener();
}

/** The case's title: the server's, or what step 1 has saved since the page was drawn. */
export function LiveCaseTitle({ caseId, title }: { caseId: string; title: string }) {
  const live = useSyncExternalStore(
    subscribe,
    () => (saved && saved.caseId === caseId && saved.shown === title ? saved.title : title),
    () => title,
  );
  return <>{live}</>;
}
