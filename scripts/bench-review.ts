/**
 * Server timing of the legal review page: npm run bench:review
 *
 * Needs the app running (npm start) and reaches its database the same way (DATABASE_URL, or
 * the embedded server from SAMVERKA_DB_PORT / SAMVERKA_DB_DIR). It sets up, once, a review
 * case from the demo data: the Norrström–Fjällviken example case answered in full, both
 * demo municipalities as parties, 200 saved revisions, 30 comment threads and a decision per
 * finding. It then signs in as the demo jurist and fetches the review page, the case
 * overview and step 1 (warm-up, then N times each) and prints median, p95 and max of the
 * complete response time as seen on the same machine.
 *
 *   BASE_URL=http://localhost:3015 SAMVERKA_DB_PORT=5515 SAMVERKA_DB_DIR=.data/dev npm run bench:review
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { serializeSignedCookie } from "better-call";
import { parseCase } from "../lib/case/parse";
import { PrismaClient } from "../lib/db/generated/client";
import { keyFindings } from "../lib/review/findings";
import { evaluateCase } from "../lib/rules/evaluate";
import { embeddedDbConfig, embeddedUrl, projectRoot } from "./lib/config.mjs";

const RUNS = Number(process.env.RUNS ?? 30);
const BASE_URL = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const TITLE = "Benchmark: Norrström–Fjällviken (granskning)";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? embeddedUrl(embeddedDbConfig()) }) });

async function setUpCase(): Promise<string> {
  const existing = await db.case.findFirst({ where: { title: TITLE }, select: { id: true } });
  if (existing) return existing.id;
  const parsed = parseCase(JSON.parse(fs.readFileSync(path.join(projectRoot, "examples/cases/norrstrom-fjallviken.json"), "utf8")));
  if (!parsed.ok) throw new Error("The example case does not parse.");
  const doc = { ...parsed.case, title: TITLE };
  const norrstrom = await db.organization.findFirstOrThrow({ where: { name: "Norrströms kommun" } });
  const fjallviken = await db.organization.findFirstOrThrow({ where: { name: "Fjällvikens kommun" } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "socialchef@norrstrom.example" } });
  const partner = await db.user.findUniqueOrThrow({ where: { email: "socialchef@fjallviken.example" } });
  const jurist = await db.user.findUniqueOrThrow({ where: { email: "jurist@norrstrom.example" } });
  const REVISIONS = 200;
  const created = await db.case.create({
    data: {
      title: TITLE,
      ownerOrganizationId: norrstrom.id,
      data: JSON.parse(JSON.stringify(doc)),
      version: REVISIONS + 1,
      members: { create: [{ userId: editor.id, role: "EDITOR", organizationId: norrstrom.id }, { userId: partner.id, role: "EDITOR", organizationId: fjallviken.id }] },
    },
  });
  await db.caseRevision.createMany({
    data: Array.from({ length: REVISIONS }, (_, i) => ({
      caseId: created.id,
      version: i + 2,
      actorUserId: editor.id,
      actorName: editor.name,
      actorEmail: editor.email,
      changes: [{ path: "needs.problem", before: `Utkast ${i}`, after: i === REVISIONS - 1 ? doc.needs.problem ?? "" : `Utkast ${i + 1}` }],
      documentHash: crypto.randomBytes(32).toString("hex"),
    })),
  });
  for (let i = 0; i < 30; i += 1) {
    await db.reviewThread.create({
      data: {
        caseId: created.id,
        anchorKind: "ANSWER",
        anchor: ["needs.problem", "needs.inScope", "economy.selfCostBudget"][i % 3]!,
        caseVersion: REVISIONS + 1,
        createdById: jurist.id,
        comments: { create: [{ authorId: jurist.id, authorName: jurist.name, body: `Fråga ${i}` }, { authorId: editor.id, authorName: editor.name, body: `Svar ${i}` }] },
      },
    });
  }
  const findings = keyFindings(evaluateCase(doc, doc.procurement.procurementStartDate ?? "2026-06-01").findings);
  await db.findingDecision.createMany({
    data: findings.map((k) => ({
      caseId: created.id,
      organizationId: norrstrom.id,
      findingKey: k.key,
      fingerprint: "bench",
      kind: "ACCEPTED_RISK" as const,
      motivation: "Benchmark",
      caseVersion: REVISIONS + 1,
      decidedById: jurist.id,
      decidedByName: jurist.name,
    })),
  });
  await db.reviewRequest.create({ data: { caseId: created.id, organizationId: norrstrom.id, message: "Benchmark", caseVersion: REVISIONS + 1, requestedById: editor.id, requestedByName: editor.name } });
  return created.id;
}

async function cookieFor(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const token = crypto.randomBytes(24).toString("base64url");
  await db.session.create({ data: { token, userId: user.id, expiresAt: new Date(Date.now() + 30 * 60_000), userAgent: "bench-review" } });
  const secret = process.env.BETTER_AUTH_SECRET ?? fs.readFileSync(path.join(projectRoot, ".data", "auth-secret"), "utf8").trim();
  const header = await serializeSignedCookie("samverka.session_token", token, secret);
  return `samverka.session_token=${header.slice(header.indexOf("=") + 1).split(";")[0]}`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function time(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - start, bytes: Buffer.byteLength(body) };
}

async function main() {
  const caseId = await setUpCase();
  const cookie = await cookieFor("jurist@norrstrom.example");
  const pages = { "review page": `/arenden/${caseId}/juridisk-granskning`, "case overview": `/arenden/${caseId}`, "step 1": `/arenden/${caseId}/steg/1`, "review queue": "/att-granska" };
  console.log(`${RUNS} sequential requests per page against ${BASE_URL} (after 3 warm-up requests)`);
  console.log("page            median    p95       max       HTML");
  for (const [name, route] of Object.entries(pages)) {
    for (let i = 0; i < 3; i += 1) await time(BASE_URL + route, cookie);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const result = await time(BASE_URL + route, cookie);
      samples.push(result.ms);
      bytes = result.bytes;
    }
    samples.sort((a, b) => a - b);
    const f = (ms: number) => `${ms.toFixed(0)} ms`.padEnd(10);
    console.log(`${name.padEnd(16)}${f(percentile(samples, 50))}${f(percentile(samples, 95))}${f(samples.at(-1)!)}${(bytes / 1024).toFixed(0)} kB`);
  }
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
