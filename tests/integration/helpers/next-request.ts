// A stand-in for Next.js's per-request context (next/headers), so server actions and
// pages can run in vitest with a real session cookie. Installed for every integration file by
// setup-file.ts.

interface CookieRecord {
  name: string;
  value: string;
}

const state = {
  headers: new Headers(),
  /** Cookies the code under test set or deleted (what the browser would receive). */
  responseCookies: new Map<string, string>(),
};

/** No request at all, as a file starts (setup-file.ts): no cookie, no headers. */
export function resetRequest() {
  state.headers = new Headers();
  state.responseCookies = new Map();
}

/** Starts a new simulated request carrying `cookie` (a Cookie header value) and optional other headers. */
export function setRequest(options: { cookie?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ "x-samverka-client-ip": "203.0.113.7", "user-agent": "vitest", ...options.headers });
  if (options.cookie) headers.set("cookie", options.cookie);
  state.headers = headers;
  state.responseCookies = new Map();
}

export function responseCookies(): Map<string, string> {
  return state.responseCookies;
}

function requestCookies(): CookieRecord[] {
  const raw = state.headers.get("cookie") ?? "";
  return raw
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return { name: part.slice(0, at), value: decodeURIComponent(part.slice(at + 1)) };
    });
}

export const nextHeadersMock = {
  headers: async () => state.headers,
  cookies: async () => ({
    get: (name: string) => requestCookies().find((c) => c.name === name),
    getAll: () => requestCookies(),
    has: (name: string) => requestCookies().some((c) => c.name === name),
    set: (name: string, value: string) => {
      state.responseCookies.set(name, value);
    },
    delete: (name: string) => {
      state.responseCookies.set(name, "");
    },
  }),
  draftMode: async () => ({ isEnabled: false }),
};

export const nextCacheMock = {
  revalidatePath: () => {},
  revalidateTag: () => {},
};
