"use client";

import { type RefObject, useEffect } from "react";

/**
 * Keeps what the keyboard focuses clear of the step page's sticky save line: the page's
 * scroll-padding-top follows the line's height (one line at rest, up to four while it explains a
 * failed save, more with wider text spacing). A keyboard walk found a radio button and "Rensa
 * svaret", focused with Shift+Tab, wholly under the line (WCAG 2.4.7). The data attribute lets
 * the stylesheet drop the fixed margins it gives a field's label for the time before the script runs.
 */
export function useSaveLinePadding(line: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = line.current;
    if (!element) return;
    const root = document.documentElement;
    const follow = () => {
      root.style.scrollPaddingTop = `${Math.ceil(element.getBoundingClientRect().height) + 8}px`;
    };
    follow();
    root.dataset.saveLine = "";
    const observer = new ResizeObserver(follow);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = "";
      delete root.dataset.saveLine;
    };
  }, [line]);
}
