// Test-side helpers for signed-in e2e tests: create users and cases straight in the
// database and hand the browser a session cookie, without clicking through the sign-in
// form (only the sign-in tests themselves do that). The cookie is signed with
// better-call's own serializer, the same code better-auth uses to sign it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { serializeSignedCookie } from "better-call";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { caseSchema, emptyCase, upgradeWithReport } from "../../lib/case";
import { findingFacts, keyFindings, openPoints } from "../../lib/review/findings";
import { evaluateCase } from "../../lib/rules";
import { caseEvaluationDate } from "../../lib/wizard/evaluation-date";
import { PrismaClient } from "../../lib/db/generated/client";
import type { OrgRole } from "../../lib/db/generated/enums";
import { embeddedDbConfig, embeddedUrl, projectRoot } from "../../scripts/lib/config.mjs";

/** The same database playwright.config.ts gives the app under test. */
function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL ?? embeddedUrl(embeddedDbConfig({ SAMVERKA_DB_DIR: ".data/e2e-postgres", SAMVERKA_DB_PORT: "5435" }));
}

let client: PrismaClient | null = null;
export function db(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: e2eDatabaseUrl() }) });
  return client;
}

function authSecret(): string {
  return process.env.BETTER_AUTH_SECRET ?? fs.readFileSync(path.join(projectRoot, ".data", "auth-secret"), "utf8").trim();
}

/** A unique address per test run, so runs never share accounts or sign-in lockouts. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${crypto.randomBytes(3).toString("hex")}@e2e.test`;
}

export const E2E_PASSWORD = "e2e-losenord-som-ar-langt";

export async function seedUser(options: { email: string; name: string; organization?: string; role?: OrgRole }) {
  const user = await db().user.create({ data: { email: options.email, name: options.name, emailVerified: true } });
  await db().account.create({
    data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hash(E2E_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }) },
  });
  if (options.organization && options.role) {
    const org = await db().organization.findFirstOrThrow({ where: { name: options.organization } });
    await db().membership.create({ data: { userId: user.id, organizationId: org.id, role: options.role } });
  }
  return user;
}

/** A case owned by the organisation, with the user as its editor. */
export async function seedCase(userId: string, organization: string, title: string) {
  const org = await db().organization.findFirstOrThrow({ where: { name: organization } });
  return db().case.create({
    data: { title, ownerOrganizationId: org.id, data: JSON.parse(JSON.stringify(emptyCase())), members: { create: { userId, role: "EDITOR", organizationId: org.id } } },
  });
}

/**
 * Settles, for one party, what an approval waits for, as if its jurist had decided each one on the
 * review page: facts marked "verifiera" verified, other blockers accepted (lib/review/findings.ts,
 * openPoints). The review page's own decision form is tested once; a whole empty case has a dozen.
 */
export async function settleOpenPoints(caseId: string, organization: string, reviewer: { id: string; name: string }): Promise<number> {
  const org = await db().organization.findFirstOrThrow({ where: { name: organization } });
  const row = await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { data: true, title: true, version: true } });
  // Read as the review reads it (lib/review/document.ts).
  const parsed = caseSchema.safeParse(upgradeWithReport(row.data, { salvage: true }).value);
  const doc = parsed.success ? parsed.data : { ...emptyCase(), title: row.title };
  const keyed = keyFindings(evaluateCase(doc, caseEvaluationDate(doc)).findings);
  const toSettle = keyed.filter(({ finding }) => finding.severity === "blocker" || finding.verify);
  for (const { key, finding } of toSettle) {
    await db().findingDecision.create({
      data: {
        caseId,
        organizationId: org.id,
        findingKey: key,
        // As lib/review/hash.ts computes it (that module is server-only): SHA-256 of the finding's facts.
        fingerprint: crypto.createHash("sha256").update(findingFacts(doc, finding)).digest("hex"),
        kind: finding.verify ? "VERIFIED" : "ACCEPTED_RISK",
        ...(finding.verify ? { source: "Kontrollerad mot beslutet." } : { motivation: "Bedömd i granskningen." }),
        caseVersion: row.version,
        decidedById: reviewer.id,
        decidedByName: reviewer.name,
      },
    });
  }
  // Nothing may be left open, or the approval the caller goes on to would wait.
  const left = openPoints(keyed, toSettle.map(({ key, finding }) => ({ findingKey: key, kind: finding.verify ? "VERIFIED" : "ACCEPTED_RISK", holds: true })));
  if (left.blockers + left.unverified > 0) throw new Error(`settleOpenPoints left ${JSON.stringify(left)} open`);
  return toSettle.length;
}

/** Gives the browser a valid session for the user, as if they had just signed in. */
export async function signInAs(context: BrowserContext, userId: string, baseURL: string): Promise<void> {
  const token = crypto.randomBytes(24).toString("base64url");
  await db().session.create({ data: { token, userId, expiresAt: new Date(Date.now() + 30 * 60_000), userAgent: "playwright" } });
  const header = await serializeSignedCookie("samverka.session_token", token, authSecret());
  const value = header.slice(header.indexOf("=") + 1).split(";")[0]!;
  await context.addCookies([{ name: "samverka.session_token", value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * A page signed in as the user in a browser without JavaScript (the way a form must still work),
 * in Swedish and Stockholm time as the configured browser; closed when `walk` is done.
 */
export async function withoutJavaScript(browser: Browser, userId: string, baseURL: string, walk: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
  try {
    await signInAs(context, userId, baseURL);
    await walk(await context.newPage());
  } finally {
    await context.close();
  }
}

/** The invitation link in the newest outbox mail to `to`. */
export async function invitationLinkFor(to: string): Promise<string> {
  const mail = await db().outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /https?:\/\/\S+\/inbjudan\/[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`No invitation link in the mail to ${to}.`);
  return new URL(match[0]).pathname;
}
