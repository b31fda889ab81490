"use client";

import { type ReactNode, useEffect, useRef, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The outcome of an action that took the person to this page (a redirect after a post): it takes
 * the focus, so a keyboard or screen-reader user, whose pressed button may have left the page
 * with its row, hears what happened and goes on from there instead of from the page's start
 * (WCAG 2.4.3, 4.1.3). Without JavaScript the server's HTML carries autofocus, as ErrorSummary's.
 */
export function FocusedStatus({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const inServerHtml = useSyncExternalStore(noSubscription, () => false, () => true);
  return (
    <div ref={ref} tabIndex={-1} role="status" autoFocus={inServerHtml} className={`${className ?? ""} focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-600`}>
      {children}
    </div>
  );
}
