import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { createInvitation } from "@/lib/cases/invitations";
import { prisma } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/mailer";
import { listOutbox } from "@/lib/mail/outbox";
import { MAX_ATTEMPTS, NOT_SENT_NO_SMTP, retryDelayMs, runOutboxOnce } from "@/lib/mail/worker";
import { freePort } from "../../scripts/lib/ports.mjs";
import { resetDatabase } from "./reset-db";
import { seedWorld, type World } from "./helpers/world";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

let world: World;
let sink: SmtpSink | null = null;
const savedSmtpUrl = process.env.SMTP_URL;
const mail = (n = 1) => ({ to: `mottagare${n}@exempel.test`, subject: `Ämne ${n}`, text: `Hej ${n}`, html: `<p>Hej ${n}</p>` });

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

afterEach(async () => {
  await sink?.close();
  sink = null;
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
});

describe("mail goes out only after the transaction commits", () => {
  it("a transaction that rolls back sends nothing and leaves nothing queued", async () => {
    sink = await startSmtpSink(await freePort());
    process.env.SMTP_URL = sink.url;
    await expect(
      prisma.$transaction(async (tx) => {
        await sendMail(mail(), tx);
        throw new Error("the commit fails");
      }),
    ).rejects.toThrow("the commit fails");
    await runOutboxOnce({ smtpUrl: sink.url });
    expect(sink.received).toEqual([]);
    expect(await prisma.outboxMail.count()).toBe(0);
  });

  it("an invitation is queued with its invitation, in text and HTML, and sent only by the worker", async () => {
    sink = await startSmtpSink(await freePort());
    process.env.SMTP_URL = sink.url;
    const editor = await loadActor(world.users.ownerEditor, "test-session");
    await createInvitation(editor, world.caseId, { email: "Ny.Person@Exempel.test", role: "EDITOR" });
    expect(sink.received).toEqual([]);
    const queued = await prisma.outboxMail.findFirstOrThrow({ where: { to: "ny.person@exempel.test" } });
    expect(queued.status).toBe("PENDING");
    expect(queued.text).toMatch(/\/inbjudan\/[\w-]{20,}/);
    expect(queued.html).toContain('<html lang="sv">');
    expect(queued.html).toMatch(/href="[^"]*\/inbjudan\/[\w-]{20,}"/);

    expect(await runOutboxOnce({ smtpUrl: sink.url })).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.to).toEqual(["ny.person@exempel.test"]);
    expect(sink.received[0]!.raw).toContain("text/html");
    const sent = await prisma.outboxMail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });
});

describe("the outbox worker", () => {
  it("retries with backoff: an SMTP server that is down at first gets the mail later", async () => {
    const port = await freePort(); // nothing listens here yet
    const url = `smtp://127.0.0.1:${port}`;
    await sendMail(mail());
    const t0 = new Date();
    expect(await runOutboxOnce({ smtpUrl: url, now: t0 })).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await prisma.outboxMail.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    sink = await startSmtpSink(port);
    // Not due yet: the backoff holds.
    expect(await runOutboxOnce({ smtpUrl: url, now: new Date(t0.getTime() + 1000) })).toMatchObject({ sent: 0 });
    expect(sink.received).toEqual([]);
    expect(await runOutboxOnce({ smtpUrl: url, now: new Date(t0.getTime() + retryDelayMs(1)) })).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("gives up after the last attempt and the admin's outbox shows the failure", async () => {
    const url = `smtp://127.0.0.1:${await freePort()}`;
    await sendMail(mail());
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await runOutboxOnce({ smtpUrl: url, now: new Date(now) });
      now += retryDelayMs(attempt);
    }
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await runOutboxOnce({ smtpUrl: url, now: new Date(now + 86_400_000) })).toMatchObject({ sent: 0, retrying: 0, failed: 0 });

    process.env.SMTP_URL = url;
    const outbox = await listOutbox(await loadActor(world.users.admin, "test-session"));
    expect(outbox.failed).toHaveLength(1);
    expect(outbox.failed[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(outbox.smtp).toBe(true);
  });

  it("sends each mail once even with several workers at the same time", async () => {
    sink = await startSmtpSink(await freePort());
    for (let n = 1; n <= 30; n++) await sendMail(mail(n));
    const worker = async () => {
      while ((await runOutboxOnce({ smtpUrl: sink!.url, limit: 3 })).sent > 0);
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(sink.received).toHaveLength(30);
    expect(new Set(sink.received.map((m) => m.to[0])).size).toBe(30);
    expect(await prisma.outboxMail.count({ where: { status: "SENT", attempts: 1 } })).toBe(30);
  });

  it("a worker slowed past its claim's lease leaves the mail another worker claimed since: each mail sent once", async () => {
    // Found in a review: a claim holds up to 20 mails on one 2-minute lease while each send may
    // take up to 50 s; a second worker could then claim and send the rest too. The worker's clock is
    // moved (only Date is faked): mail 1 takes 100 s to send; while mail 2 is sent, 130 s after the
    // claim, worker B claims what has run out: mail 3, never mail 2, whose lease A renewed.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      let messages = 0;
      let second: Promise<unknown> = Promise.resolve();
      sink = await startSmtpSink(await freePort(), async () => {
        messages++;
        if (messages === 1) vi.setSystemTime(Date.now() + 100_000);
        if (messages === 2) {
          vi.setSystemTime(Date.now() + 30_000);
          second = runOutboxOnce({ smtpUrl: sink!.url, now: new Date(), limit: 5 });
          await second;
        }
      });
      for (let n = 1; n <= 3; n++) await sendMail(mail(n));
      const first = await runOutboxOnce({ smtpUrl: sink.url, now: new Date(), limit: 3 });
      await second;
      expect(sink.received.map((m) => m.to[0]).sort()).toEqual(["mottagare1@exempel.test", "mottagare2@exempel.test", "mottagare3@exempel.test"]);
      expect(first.sent).toBe(2);
      // Mail 3 was claimed twice (A, then B after A's lease ran out) and sent once.
      expect(await prisma.outboxMail.count({ where: { status: "SENT" } })).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("without SMTP_URL keeps mail in the outbox as not sent, readable in development", async () => {
    await sendMail(mail());
    expect(await runOutboxOnce({ smtpUrl: undefined })).toMatchObject({ notSent: 1 });
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({ status: "NOT_SENT", lastError: NOT_SENT_NO_SMTP, text: "Hej 1" });
    delete process.env.SMTP_URL;
    const outbox = await listOutbox(await loadActor(world.users.admin, "test-session"));
    expect(outbox).toMatchObject({ smtp: false, showBodies: true });
    expect(outbox.mails[0]).toMatchObject({ subject: "Ämne 1", text: "Hej 1", status: "NOT_SENT" });
  });
});
