"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CLIENT_NAVIGATION_ATTRIBUTE, clientNavigationTarget, focusTargetAfterNavigation } from "./link-navigation";

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
      clearTimeout(pending);
      router.push(target);
      focusWhenShown(target, link, Date.now());
    }
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(pending);
    };
  }, [router]);
  return null;
}
