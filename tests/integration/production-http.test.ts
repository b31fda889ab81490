import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { IP_MAX_FAILURES } from "@/lib/auth/config";
import { resetDatabase } from "./reset-db";
import { type ProductionServer, type ServerActionRef, rawRequest, serverActions, startProductionServer } from "./helpers/production-server";
import { callAction, encodeArgs, form, postAction } from "./helpers/server-actions";
import { EMAILS, PASSWORD, seedWorld, sessionCookie } from "./helpers/world";

// Issue 8 §3–§5 over real HTTP against `npm start`'s production server. The server trusts
// X-Forwarded-For only from 127.0.0.2 (TRUSTED_PROXIES); this test connects from
// 127.0.0.1 as a client that talks to the app directly, and from 127.0.0.2 as the proxy.

const PROXY = "127.0.0.2";
const DIRECT = "127.0.0.1";

let server: ProductionServer;
let signInId: ServerActionRef;
let createCaseId: ServerActionRef;

beforeAll(async () => {
  server = await startProductionServer({ TRUSTED_PROXIES: PROXY });
  const ids = serverActions();
  signInId = ids.get("lib/auth/actions.ts#signInAction")!;
  createCaseId = ids.get("lib/cases/actions.ts#createCaseAction")!;
  expect(signInId).toBeTruthy();
  expect(createCaseId).toBeTruthy();
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await resetDatabase();
  await seedWorld();
});

function signIn(fields: Record<string, string>, options: { headers?: Record<string, string>; localAddress?: string } = {}) {
  return callAction(server, signInId, [{ status: "idle" }, form(fields)], options);
}

describe("§3 sign-in never sends the browser off-site", () => {
  it.each(["/\t/evil.example/phish", "/\n/evil.example", "/\\evil.example", "//evil.example", "/%2F%2Fevil.example", "https://evil.example/x", "javascript:alert(1)"])(
    "redirects to the start page after signing in with next=%j",
    async (next) => {
      const call = await signIn({ email: EMAILS.ownerEditor, password: PASSWORD, next });
      expect(call.status).toBeLessThan(400);
      expect(call.redirect).toMatch(/^\/(;|$)/);
    },
  );

  it("follows an in-app next", async () => {
    const call = await signIn({ email: EMAILS.ownerEditor, password: PASSWORD, next: "/konto" });
    expect(call.redirect).toMatch(/^\/konto(;|$)/);
  });

  it("the Fortsätt link of a signed-in user stays on the site", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const page = await rawRequest(`${server.origin}/logga-in?next=%2F%09%2Fevil.example%2Fphish`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const link = /<a[^>]*href="([^"]*)"[^>]*>Fortsätt<\/a>/.exec(page.body);
    expect(link?.[1]).toBe("/");
  });
});

describe("§4 the per-IP sign-in limit", () => {
  it("talking to the app directly, forged forwarding headers are ignored: 32 rotated attempts are throttled", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 32; i++) {
      const forged = `198.51.100.${i + 1}`;
      const call = await signIn(
        { email: `okand-${i}@exempel.test`, password: "fel-losenord-123" },
        { localAddress: DIRECT, headers: { "x-forwarded-for": forged, "x-real-ip": forged, "x-samverka-client-ip": forged } },
      );
      answers.push(/För många misslyckade inloggningar/.test(call.body) ? "locked" : /Fel e-postadress eller lösenord/.test(call.body) ? "bad" : `other ${call.status}`);
    }
    console.log(`[per-ip] 32 attempts with rotated X-Forwarded-For: ${answers.filter((a) => a === "locked").length} throttled (${answers.map((a) => a[0]).join("")})`);
    expect(answers.filter((a) => a === "bad")).toHaveLength(IP_MAX_FAILURES);
    expect(answers.slice(IP_MAX_FAILURES)).toEqual(Array(32 - IP_MAX_FAILURES).fill("locked"));
    const ipKeys = (await prisma.signInThrottle.findMany({ where: { key: { startsWith: "ip:" } } })).map((r) => r.key);
    expect(ipKeys).toEqual([`ip:${DIRECT}`]);
  });

  it("a forged header cannot lock out someone else's address", async () => {
    for (let i = 0; i < IP_MAX_FAILURES + 2; i++) {
      await signIn({ email: `okand-${i}@exempel.test`, password: "fel-losenord-123" }, { localAddress: DIRECT, headers: { "x-forwarded-for": "203.0.113.50" } });
    }
    // The victim, behind the proxy, still signs in.
    const call = await signIn({ email: EMAILS.ownerEditor, password: PASSWORD }, { localAddress: PROXY, headers: { "x-forwarded-for": "203.0.113.50" } });
    expect(call.redirect).toMatch(/^\/(;|$)/);
  });

  it("behind a trusted proxy, the forwarded client address is counted, not the proxy's or a forged one", async () => {
    for (let i = 0; i < IP_MAX_FAILURES; i++) {
      await signIn({ email: `okand-${i}@exempel.test`, password: "fel-losenord-123" }, { localAddress: PROXY, headers: { "x-forwarded-for": `6.6.6.${i}, 203.0.113.9` } });
    }
    const ipKeys = (await prisma.signInThrottle.findMany({ where: { key: { startsWith: "ip:" } } })).map((r) => r.key);
    expect(ipKeys).toEqual(["ip:203.0.113.9"]);
    const locked = await signIn({ email: EMAILS.ownerEditor, password: PASSWORD }, { localAddress: PROXY, headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(locked.body).toMatch(/För många misslyckade inloggningar/);
    // Another client behind the same proxy is not affected.
    const other = await signIn({ email: EMAILS.ownerEditor, password: PASSWORD }, { localAddress: PROXY, headers: { "x-forwarded-for": "203.0.113.10" } });
    expect(other.redirect).toMatch(/^\/(;|$)/);
  });
});

describe("§5 refusals the framework makes before app code answer 4xx, never 500 or a reset", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

  it.each([
    ["a body over 1 MB with a length", () => ({ body: Buffer.alloc(2 * 1024 * 1024, 0x61), contentType: "text/plain;charset=UTF-8" }), 413],
    ["a chunked body over 1 MB (no length)", () => ({ body: Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x61)), contentType: "text/plain;charset=UTF-8" }), 411],
    ["a multipart body over 1 MB", () => ({ body: Buffer.from(`--b\r\nContent-Disposition: form-data; name="1_title"\r\n\r\n${"a".repeat(1_200_000)}\r\n--b--\r\n`), contentType: "multipart/form-data; boundary=b" }), 413],
    ["text that is not React's encoding", () => ({ body: "{not json", contentType: "text/plain;charset=UTF-8" }), 400],
    ["a reference to a chunk that does not exist", () => ({ body: '["$Q7"]', contentType: "text/plain;charset=UTF-8" }), 400],
    ["a broken multipart body", () => ({ body: "--b\r\nnonsense", contentType: "multipart/form-data; boundary=b" }), 400],
    ["100 000-deep nesting", () => ({ body: deep(100_000), contentType: "text/plain;charset=UTF-8" }), 400],
    ["more than 1 000 arguments", () => ({ body: JSON.stringify(Array(1_500).fill(0)), contentType: "text/plain;charset=UTF-8" }), 400],
  ] as const)("%s", async (_name, payload, status) => {
    const call = await postAction(server, createCaseId, payload());
    expect(call.networkError).toBeUndefined();
    expect(call.status).toBe(status);
  });

  it("a cross-origin post answers 403", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const before = await prisma.case.count();
    const call = await postAction(server, createCaseId, await encodeArgs([{ status: "idle" }, form({ title: "Från en annan webbplats" })]), {
      cookie,
      headers: { origin: "https://evil.example" },
    });
    expect(call.status).toBe(403);
    expect(await prisma.case.count()).toBe(before);
  });

  it("a call posted to a page without the action is forwarded by Next.js and still works, with the client's address", async () => {
    const call = await callAction(server, { ...signInId, path: "/tillganglighet" }, [{ status: "idle" }, form({ email: "okand@exempel.test", password: "fel-losenord-123" })], {
      localAddress: PROXY,
      headers: { "x-forwarded-for": "203.0.113.77" },
    });
    expect(call.body).toMatch(/Fel e-postadress eller lösenord/);
    const ipKeys = (await prisma.signInThrottle.findMany({ where: { key: { startsWith: "ip:" } } })).map((r) => r.key);
    expect(ipKeys).toEqual(["ip:203.0.113.77"]);
  });

  it("an unknown action id answers 404, not 500", async () => {
    const call = await postAction(server, { id: "00".repeat(21), path: "/" }, await encodeArgs([]));
    expect(call.networkError).toBeUndefined();
    expect(call.status).toBeGreaterThanOrEqual(400);
    expect(call.status).toBeLessThan(500);
  });

  it("a well-formed call still works through the gate", async () => {
    const cookie = await sessionCookie(EMAILS.ownerEditor);
    const call = await callAction(server, createCaseId, [{ status: "idle" }, form({ title: "Ett nytt ärende" })], { cookie });
    expect(call.redirect).toMatch(/^\/arenden\/[0-9a-f-]{36}/);
  });
});
