import type { ComponentProps } from "react";
import { CLIENT_NAVIGATION_ATTRIBUTE } from "./link-navigation";

/**
 * The app's link between pages: a plain `<a>`, which `ClientNavigation` (mounted once in the root
 * layout) turns into a client-side navigation when it is clicked.
 *
 * Why not `next/link`: it is a client component, and each one cost the server about 0.05–0.1 ms
 * to render into every response (measured with `npm run bench:load`, alternating the two builds:
 * the check-answers page, 73 "Ändra" links, took 12–20 % less CPU per request without). And
 * it prefetches every link that scrolls into view; almost every page here is dynamic and per
 * user, so a prefetch brought nothing, yet one view of a case page set off 10–22 of them
 * (README, "Speed under load"). Without JavaScript, or before it has loaded, the link is an
 * ordinary one.
 */
export default function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={href} {...{ [CLIENT_NAVIGATION_ATTRIBUTE]: "" }} {...props} />;
}
