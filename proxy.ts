import { type NextRequest, NextResponse } from "next/server";
import { appBaseUrl } from "@/lib/auth/config";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/security/headers";
import { REQUEST_ID_HEADER, newRequestId } from "@/lib/log/request-id-header";

// Next.js 16's proxy (formerly middleware) runs before every page, action and route. It
// sets the per-request CSP nonce, HSTS and a request id, and nothing else: it is never an authorization
// gate (every page and action checks permissions itself, lib/auth/permissions.ts).
// Next.js reads the nonce from the request's Content-Security-Policy header and puts it
// on every script it renders, which needs the page to render per request (app/layout.tsx).
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  // One id per request, for the log lines of an unexpected error and the code the user is shown
  // (lib/log/request-id.ts); one a client sends is replaced, never trusted.
  const id = newRequestId();
  requestHeaders.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, id);
  const hsts = strictTransportSecurity(appBaseUrl());
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // Built files under /_next/static are never HTML; the icon is an SVG file.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
