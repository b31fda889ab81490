import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EMAIL_MAX_FAILURES } from "@/lib/auth/config";
import { prisma } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/mailer";
import { freePort } from "../../scripts/lib/ports.mjs";
import { resetDatabase } from "./reset-db";
import { type ProductionServer, type ServerActionRef, rawRequest, serverActions, startProductionServer } from "./helpers/production-server";
import { callAction, form } from "./helpers/server-actions";
import { EMAILS, PASSWORD, seedWorld, type World } from "./helpers/world";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

// Issue 14 §5: two instances of `npm start`'s production server (the same build) on one
// database, as behind a load balancer, each with the secrets a deployment sets and the
// mail worker on. Nothing an instance keeps in memory may matter.

let a: ProductionServer;
let b: ProductionServer;
let sink: SmtpSink;
let world: World;
let signInId: ServerActionRef;
let saveId: ServerActionRef;
let signOutId: ServerActionRef;

beforeAll(async () => {
  sink = await startSmtpSink(await freePort());
  const shared = {
    BETTER_AUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    SMTP_URL: sink.url,
    SAMVERKA_MAIL_WORKER: "on",
  };
  // One after the other: a stale build is rebuilt by the first, and two builds at once collide.
  a = await startProductionServer(shared);
  b = await startProductionServer(shared);
  const ids = serverActions();
  signInId = ids.get("lib/auth/actions.ts#signInAction")!;
  saveId = ids.get("lib/wizard/actions.ts#saveAnswersAction")!;
  signOutId = ids.get("lib/auth/actions.ts#signOutAction")!;
  expect(signInId && saveId && signOutId).toBeTruthy();
}, 900_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await sink?.close();
});

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

/** Signs in over HTTP on `server`; returns the session cookie it set. */
async function signInOn(server: ProductionServer, email: string, password = PASSWORD) {
  const call = await callAction(server, signInId, [{ status: "idle" }, form({ email, password })]);
  const setCookie = call.response?.headers["set-cookie"] ?? [];
  return { call, cookie: setCookie.map((c) => c.split(";")[0]!).filter((pair) => !pair.endsWith("=")).join("; ") };
}

describe("two instances on one database", () => {
  it("a session made on one instance is valid on the other, and signing out on one ends it on both", async () => {
    const { call, cookie } = await signInOn(a, EMAILS.ownerEditor);
    expect(call.redirect).toMatch(/^\/(;|$)/);
    expect(cookie).toMatch(/session_token=/);
    for (const server of [a, b]) {
      const page = await rawRequest(`${server.origin}/konto`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(page.body).toContain(EMAILS.ownerEditor);
    }
    const anonymous = await rawRequest(`${b.origin}/konto`);
    expect(anonymous.body).not.toContain(EMAILS.ownerEditor);

    const signOut = await callAction(b, signOutId, [], { cookie });
    expect(signOut.redirect).toMatch(/^\/logga-in\?utloggad=1(;|$)/);
    expect(await prisma.session.count({ where: { userId: world.users.ownerEditor } })).toBe(0);
    const after = await rawRequest(`${a.origin}/konto`, { headers: { cookie } });
    expect(after.body).not.toContain(EMAILS.ownerEditor);
  });

  it("failed sign-ins count together: spread over both instances, they lock the address", async () => {
    for (let i = 0; i < EMAIL_MAX_FAILURES; i++) {
      const call = await callAction(i % 2 ? b : a, signInId, [{ status: "idle" }, form({ email: EMAILS.partner, password: "fel-losenord-123" })]);
      expect(call.body).toMatch(/Fel e-postadress eller lösenord|För många misslyckade inloggningar/);
    }
    const locked = await signInOn(a, EMAILS.partner);
    expect(locked.call.body).toMatch(/För många misslyckade inloggningar/);
    expect(locked.cookie).not.toMatch(/session_token=/);
  });

  it("conflicting saves on the two instances give a conflict, never a lost update", async () => {
    const owner = (await signInOn(a, EMAILS.ownerEditor)).cookie;
    const partner = (await signInOn(b, EMAILS.partner)).cookie;
    const save = (server: ProductionServer, cookie: string, value: string) =>
      callAction(server, saveId, [{ caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value }] }], { cookie });
    // At the same time, both from version 1: one is applied, the other comes back as a conflict.
    const [onA, onB] = await Promise.all([save(a, owner, "Nora skrev detta på A"), save(b, partner, "Per skrev detta på B")]);
    for (const call of [onA, onB]) expect(call.body).toMatch(/"ok":true/);
    const conflicted = [onA, onB].filter((call) => /"conflicts":\[\{"path":"needs.problem"/.test(call.body));
    const applied = [onA, onB].filter((call) => /"applied":\["needs.problem"\]/.test(call.body));
    expect(conflicted).toHaveLength(1);
    expect(applied).toHaveLength(1);
    const stored = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId } });
    expect(stored.version).toBe(2);
    const winner = applied[0] === onA ? "Nora skrev detta på A" : "Per skrev detta på B";
    expect(stored.data).toMatchObject({ needs: { problem: winner } });
    // The loser's own words come back to them, so nothing typed is lost.
    const loserValue = winner.startsWith("Nora") ? "Per skrev detta på B" : "Nora skrev detta på A";
    expect(conflicted[0]!.body).toContain(loserValue);
  });

  it("with the mail worker on in both, each mail is sent exactly once", async () => {
    sink.received.length = 0;
    for (let n = 1; n <= 20; n++) await sendMail({ to: `mottagare${n}@exempel.test`, subject: `Ämne ${n}`, text: `Hej ${n}`, html: `<p>Hej ${n}</p>` });
    const deadline = Date.now() + 30_000;
    while ((await prisma.outboxMail.count({ where: { status: "SENT" } })) < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 2_500)); // one more poll of each worker
    expect(sink.received).toHaveLength(20);
    expect(new Set(sink.received.map((m) => m.to[0])).size).toBe(20);
    expect(await prisma.outboxMail.count({ where: { status: "SENT", attempts: 1 } })).toBe(20);
  }, 60_000);
});
