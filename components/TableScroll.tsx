import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside itself on a narrow screen instead of widening the
 * page (WCAG 1.4.10 allows it for data tables). The region takes focus, so it can be scrolled
 * with the keyboard too, and is named after the table.
 */
export function TableScroll({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
