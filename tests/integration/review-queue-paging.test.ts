import { beforeAll, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { emptyCase } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { REVIEW_QUEUE_PER_PAGE, listReviewQueue } from "@/lib/review/queries";
import { resetDatabase } from "./reset-db";
import { seedWorld, type World } from "./helpers/world";

// "Att granska" shows a page of requests at a time, oldest first. Which requests are the
// reviewer's is decided in code (the parties and reviewers of each case), so the requests that
// are not theirs must be left out before the list is cut into pages, not after.
let world: World;
const actor = (name: keyof World["users"]): Promise<Actor> => loadActor(world.users[name], "test-session");
const MINE = 44;
const base = Date.parse("2026-11-01T08:00:00Z");

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  const ids = Array.from({ length: MINE }, () => crypto.randomUUID());
  await prisma.case.createMany({
    data: ids.map((id, i) => ({ id, title: `Ärende ${i + 1}`, ownerOrganizationId: world.org.norrstrom, data: emptyCase() as unknown as Prisma.InputJsonValue })),
  });
  const request = { message: "", caseVersion: 1, requestedById: world.users.ownerEditor, requestedByName: "Nora Ägare" };
  // Two by two the requests share a time: PostgreSQL may return equal rows in any order.
  await prisma.reviewRequest.createMany({
    data: ids.map((caseId, i) => ({ ...request, caseId, organizationId: world.org.norrstrom, createdAt: new Date(base + Math.floor(i / 2) * 60_000) })),
  });
  // Older than all of them, and none the Norrström jurist's: Fjällviken's review of a shared
  // case, a request to a named colleague (a jurist of Norrström too), and one already answered.
  const older = new Date(base - 3_600_000);
  const colleague = await prisma.user.create({
    data: { email: "annan.jurist@norrstrom.test", name: "Anna Annanjurist", emailVerified: true, memberships: { create: { organizationId: world.org.norrstrom, role: "LEGAL_REVIEWER" } } },
  });
  await prisma.reviewRequest.createMany({
    data: [
      { ...request, caseId: world.caseId, organizationId: world.org.fjallviken, createdAt: older },
      { ...request, caseId: ids[0]!, organizationId: world.org.norrstrom, reviewerUserId: colleague.id, createdAt: older },
      { ...request, caseId: ids[1]!, organizationId: world.org.norrstrom, createdAt: older, closedAt: new Date(base), outcome: "RETURNED" },
    ],
  });
});

describe("Att granska, page by page", () => {
  it("gives each page its share of the reviewer's own requests, oldest first, each exactly once", async () => {
    const jurist = await actor("legalReviewer");
    const first = await listReviewQueue(jurist);
    expect(first).toMatchObject({ total: MINE, page: 1, pages: 3, perPage: REVIEW_QUEUE_PER_PAGE });
    const pages = [first, await listReviewQueue(jurist, { sida: "2" }), await listReviewQueue(jurist, { sida: "3" })];
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 4]);
    const all = pages.flatMap((p) => p.items);
    expect(new Set(all.map((item) => item.requestId)).size).toBe(MINE);
    expect(all.every((item) => item.organizationName === "Norrströms kommun")).toBe(true);
    const times = all.map((item) => item.requestedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(base);
    const ties = all.slice(1).flatMap((item, i) => (item.requestedAt.getTime() === all[i]!.requestedAt.getTime() ? [[all[i]!.requestId, item.requestId]] : []));
    expect(ties).toHaveLength(MINE / 2);
    for (const [a, b] of ties) expect(a! < b!).toBe(true);
  });

  it("reads the rules for the requests shown: an empty case has its open points on every page", async () => {
    const jurist = await actor("legalReviewer");
    const [first, last] = [await listReviewQueue(jurist), await listReviewQueue(jurist, { sida: "3" })];
    expect(first.items[0]!.blockers).toBeGreaterThan(0);
    expect(last.items.map((item) => item.blockers)).toEqual(last.items.map(() => first.items[0]!.blockers));
  });

  it("shows the last page for a page past the end, and the first for anything that is not a page number", async () => {
    const jurist = await actor("legalReviewer");
    expect(await listReviewQueue(jurist, { sida: "99" })).toEqual(await listReviewQueue(jurist, { sida: "3" }));
    const first = await listReviewQueue(jurist);
    for (const sida of ["0", "-2", "1.5", "tre", "", ["2", "3"], undefined]) {
      expect(await listReviewQueue(jurist, { sida })).toEqual(first);
    }
  });

  it("gives the start page the oldest few and the number waiting", async () => {
    const jurist = await actor("legalReviewer");
    const few = await listReviewQueue(jurist, {}, 5);
    expect(few).toMatchObject({ total: MINE, pages: 9 });
    expect(few.items.map((item) => item.requestId)).toEqual((await listReviewQueue(jurist)).items.slice(0, 5).map((item) => item.requestId));
  });

  it("still lists a case whose stored document cannot be read, counted as the review page reads it", async () => {
    const jurist = await actor("legalReviewer");
    const before = await listReviewQueue(jurist);
    const victim = before.items[3]!;
    await prisma.case.update({ where: { id: victim.caseId }, data: { data: "trasigt" as unknown as Prisma.InputJsonValue } });
    const after = await listReviewQueue(jurist);
    expect(after.items.map((item) => item.requestId)).toEqual(before.items.map((item) => item.requestId));
    // An empty case, as every other case here: the same open points.
    expect(after.items[3]).toMatchObject({ title: victim.title, blockers: victim.blockers, verifyItems: victim.verifyItems });
  });
});
