"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CLIENT_NAVIGATION_ATTRIBUTE, clientNavigationTarget } from "./link-navigation";

/**
 * Follows a click on any of the app's links (components/Link.tsx) with the router instead of a new
 * document load: one listener for the whole page instead of a client component per link. The
 * router fetches only the new page's data, keeps the scripts, and announces the new page's title
 * to screen readers, as a `next/link` click does.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(`a[${CLIENT_NAVIGATION_ATTRIBUTE}]`) : null;
      if (!link) return;
      const target = clientNavigationTarget(event, { href: link.href, target: link.target, hasDownload: link.hasAttribute("download") }, window.location.href);
      if (target === null) return;
      event.preventDefault();
      router.push(target);
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
