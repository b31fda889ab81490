import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link between pages: a client-side navigation, without prefetching.
 *
 * Next.js prefetches every link that scrolls into view. Almost every page here is dynamic and
 * per user, so a prefetch brings nothing of the page (there is no loading state to show), yet
 * each one is a request through the proxy, the session check and, for a case page, its
 * metadata query. Measured in a browser, one view of a case page set off 10–22 of them and made
 * the server work several times as long as for the page itself (README, "Speed under load").
 * Without prefetching, a click costs the one request it needs.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
