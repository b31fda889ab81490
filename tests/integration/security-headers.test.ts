import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "./reset-db";
import { type ProductionServer, type ServerActionRef, rawRequest, serverActions, startProductionServer } from "./helpers/production-server";
import { callAction, form } from "./helpers/server-actions";
import { seedWorld } from "./helpers/world";

// Issue 14 §4 over real HTTP against `npm start`'s production server: a CSP nonce per
// request on every script, no 'unsafe-inline' for scripts, and HSTS only when the app's
// configured address (BETTER_AUTH_URL) is https, whatever the request says.

let server: ProductionServer;
let signInId: ServerActionRef;

beforeAll(async () => {
  await resetDatabase();
  await seedWorld();
  server = await startProductionServer();
  signInId = serverActions().get("lib/auth/actions.ts#signInAction")!;
  expect(signInId).toBeTruthy();
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

function scriptSources(csp: string): string[] {
  const directive = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  return directive?.split(/\s+/).slice(1) ?? [];
}

function nonceOf(csp: string): string {
  const nonce = scriptSources(csp).find((s) => s.startsWith("'nonce-"));
  expect(nonce).toBeTruthy();
  return nonce!.slice("'nonce-".length, -1);
}

describe("the Content-Security-Policy", () => {
  it.each(["/logga-in", "/tillganglighet", "/"])("%s: a fresh nonce per request, on every script in the page", async (page) => {
    const first = await rawRequest(`${server.origin}${page}`);
    const second = await rawRequest(`${server.origin}${page}`);
    expect(first.status).toBe(200);
    const csp = String(first.headers["content-security-policy"]);
    expect(scriptSources(csp)).toEqual(["'self'", `'nonce-${nonceOf(csp)}'`, "'strict-dynamic'"]);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(String(second.headers["content-security-policy"]))).not.toBe(nonce);

    const scripts = [...first.body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const inline = scripts.filter((attrs) => !/\ssrc=/.test(attrs));
    expect(inline.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    // The page is rendered for this request: no other request's nonce is in it.
    expect(first.body).not.toContain(nonceOf(String(second.headers["content-security-policy"])));
  });

  it("is on a server action's response too", async () => {
    const call = await callAction(server, signInId, [{ status: "idle" }, form({ email: "okand@exempel.test", password: "fel-losenord-123" })]);
    expect(call.body).toMatch(/Fel e-postadress eller lösenord/);
    const csp = String(call.response!.headers["content-security-policy"]);
    expect(scriptSources(csp)).toEqual(["'self'", `'nonce-${nonceOf(csp)}'`, "'strict-dynamic'"]);
  });

  it("gives every request an id of its own, never the one a client sends", async () => {
    const first = await rawRequest(`${server.origin}/tillganglighet`, { headers: { "x-request-id": "klientens-eget-id" } });
    const second = await rawRequest(`${server.origin}/tillganglighet`);
    const ids = [first, second].map((r) => String(r.headers["x-request-id"]));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const call = await callAction(server, signInId, [{ status: "idle" }, form({ email: "okand@exempel.test", password: "fel-losenord-123" })]);
    expect(String(call.response!.headers["x-request-id"])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps the other security headers", async () => {
    const page = await rawRequest(`${server.origin}/logga-in`);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});

describe("HSTS", () => {
  it("is not sent over http, even when the request claims https", async () => {
    const page = await rawRequest(`${server.origin}/logga-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(page.status).toBe(200);
    expect(page.headers["strict-transport-security"]).toBeUndefined();
  });

  it("is sent when the app's configured address is https", async () => {
    const https = await startProductionServer({ BETTER_AUTH_URL: "https://samverka.example" });
    try {
      const page = await rawRequest(`${https.origin}/logga-in`);
      expect(page.status).toBe(200);
      expect(page.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      const action = await callAction(https, signInId, [{ status: "idle" }, form({ email: "okand@exempel.test", password: "fel-losenord-123" })], {
        headers: { origin: "https://samverka.example", host: "samverka.example" },
      });
      expect(action.response?.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    } finally {
      await https.stop();
    }
  }, 300_000);
});
