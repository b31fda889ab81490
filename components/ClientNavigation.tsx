"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CLIENT_NAVIGATION_ATTRIBUTE, UNSAVED_TEXT_QUESTION, clientNavigationTarget, focusTargetAfterNavigation, losesTextOnLeaving } from "./link-navigation";

/** How long to wait for the router to show the new page before leaving focus where it is. */
const FOCUS_WAIT_MS = 10_000;
const FOCUS_POLL_MS = 50;

/**
 * Follows a click on any of the app's links (components/Link.tsx) with the router instead of a new
 * document load: one listener for the whole page instead of a client component per link. The
 * router fetches only the new page's data, keeps the scripts, and announces the new page's title
 * to screen readers, as a `next/link` click does.
 *
 * It also does what a document load does for focus, which the router does not: a link followed
 * with Enter was often removed with the old page, leaving focus on the body at a place that no
 * longer exists. Once the new page is shown, focus moves to its main content (the skip link's
 * target) or to the element the link's fragment names, so that Tab goes on from there.
 *
 * Before leaving a page with unsaved text in one of the review's forms, it asks (hasUnsavedText), or a step page with answers kept nowhere (losesTextOnLeaving).
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;

    function focusWhenShown(target: string, link: HTMLAnchorElement, startedAt: number) {
      pending = setTimeout(() => {
        const here = `${window.location.pathname}${window.location.search}`;
        const wanted = focusTargetAfterNavigation(target);
        if (here !== wanted.pathAndQuery) {
          if (Date.now() - startedAt < FOCUS_WAIT_MS) focusWhenShown(target, link, startedAt);
          return;
        }
        // The person may have moved on meanwhile (typed in a field, clicked elsewhere): only focus
        // that is still on the followed link or lost with it is moved.
        const active = document.activeElement;
        if (active && active !== document.body && active !== link) return;
        const element = (wanted.fragmentId && document.getElementById(wanted.fragmentId)) || document.getElementById("huvudinnehall");
        if (!element) return;
        if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
        element.focus({ preventScroll: true });
      }, FOCUS_POLL_MS);
    }

    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(`a[${CLIENT_NAVIGATION_ATTRIBUTE}]`) : null;
      if (!link) return;
      const target = clientNavigationTarget(event, { href: link.href, target: link.target, hasDownload: link.hasAttribute("download") }, window.location.href);
      if (target === null) return;
      event.preventDefault();
      // Typed text in a form that is not saved as one types stays unless the person says to leave it.
      if (losesTextOnLeaving(document) && !window.confirm(UNSAVED_TEXT_QUESTION)) return;
      clearTimeout(pending);
      router.push(target);
      focusWhenShown(target, link, Date.now());
    }
    // A document load (a plain link, a reload, closing the tab): the browser asks in its own words.
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!losesTextOnLeaving(document)) return;
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = "";
    }
    document.addEventListener("click", onClick);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("beforeunload", onBeforeUnload);
      clearTimeout(pending);
    };
  }, [router]);
  return null;
}
