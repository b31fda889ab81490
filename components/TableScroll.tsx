import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside itself on a narrow screen instead of widening the
 * page (WCAG 1.4.10 allows it for data tables). The region takes focus, so it can be scrolled
 * with the keyboard too, and is named after the table.
 *
 * It is `relative` so that it contains the table's absolutely positioned parts: an `sr-only`
 * caption or button text is positioned against the nearest positioned ancestor, and one outside
 * the region would stretch the page to where the text sits in the wide table (the user list was
 * 580 px wide on a 320 px screen although its table scrolled in its own box).
 */
export function TableScroll({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-scroll relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
