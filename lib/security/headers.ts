// The response headers that keep pages from running anything but the app's own scripts.
// Built per request by proxy.ts, which only sets headers: it never decides who may see what.

/** A fresh nonce: 128 random bits, base64 (CSP's nonce-source allows it). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce, or when a script that had it loads them
 * ('strict-dynamic'); no inline script without the nonce, no eval in production. React's
 * dev tooling needs eval, so `next dev` allows it. Styles keep 'unsafe-inline': React
 * writes style attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * HSTS, decided by the app's configured public address alone (BETTER_AUTH_URL): a request
 * header such as X-Forwarded-Proto is written by whoever sends the request.
 */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}
