import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies/utils";
import { cookies } from "next/headers";

/** Hands better-auth's Set-Cookie values to the browser from a server action. */
export async function applySetCookies(setCookies: string[]): Promise<void> {
  const store = await cookies();
  for (const header of setCookies) {
    for (const [name, attributes] of parseSetCookieHeader(header)) {
      if (!name) continue;
      store.set(name, attributes.value, toCookieOptions(attributes));
    }
  }
}
