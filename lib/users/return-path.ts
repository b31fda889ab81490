// Plain module (a "use server" file may export only actions): where an account change returns to.

// Only admin pages are returned to; anything else falls back to the user list.
const ADMIN_PATH = /^\/admin(\/[a-z0-9-]+){0,3}$/;
// The list's search and page are kept, so the person's row, and the page's announcement of it, are still there.
const KEPT_PARAMS = ["q", "sida"] as const;

/** The admin page to return to, with what was done announced by `param`=<id>. */
export function backTo(returnTo: unknown, param: "inaktiverad" | "aktiverad", userId: string): string {
  const asked = typeof returnTo === "string" ? URL.parse(returnTo, "http://samverka.invalid") : null;
  const target = new URL("/admin/anvandare", "http://samverka.invalid");
  if (asked && asked.origin === target.origin && ADMIN_PATH.test(asked.pathname)) {
    target.pathname = asked.pathname;
    for (const key of KEPT_PARAMS) {
      const value = asked.searchParams.get(key);
      if (value) target.searchParams.set(key, value.slice(0, 100));
    }
  }
  target.searchParams.set(param, userId);
  return `${target.pathname}${target.search}`;
}
