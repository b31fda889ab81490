import type { MouseEvent } from "react";

/**
 * For a link to a field: a group (a fieldset of radios without a tabindex of its own) cannot take
 * the focus, so following the link scrolled and left the focus on the page (a keyboard walk). The
 * link then focuses the group's chosen or first control instead; a field that takes the focus
 * itself is left to the browser.
 */
export function focusFieldFromLink(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target || target.hasAttribute("tabindex") || target.matches("input, select, textarea, button, a[href]")) return;
  const control =
    target.querySelector<HTMLElement>("input:checked") ?? target.querySelector<HTMLElement>("input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)");
  if (!control) return;
  event.preventDefault();
  control.focus();
}
