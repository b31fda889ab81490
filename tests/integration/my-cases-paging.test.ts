import { beforeAll, describe, expect, it } from "vitest";

import { loadActor, type Actor } from "@/lib/auth/actor";
import { emptyCase } from "@/lib/case";
import { MY_CASES_PER_PAGE, listMyCases } from "@/lib/cases/data";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { todayInStockholm } from "@/lib/format";
import { listMyCasesWithSummaries } from "@/lib/wizard/case-list";
import { resetDatabase } from "./reset-db";
import { seedWorld, type World } from "./helpers/world";

// A legal reviewer or an owner organisation's editor may see every case of their organisation;
// "Mina ärenden" shows them a page at a time, newest first.
let world: World;
const actor = (name: keyof World["users"]): Promise<Actor> => loadActor(world.users[name], "test-session");
const EXTRA = 44;

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  // Norrström's editor takes part in 45 cases in all. Two by two they share a time of change:
  // PostgreSQL may return equal rows in any order, so the list breaks ties by id, or a case
  // could show on two pages and another on none.
  const base = Date.parse("2026-11-01T08:00:00Z");
  const ids = Array.from({ length: EXTRA }, () => crypto.randomUUID());
  await prisma.case.createMany({
    data: ids.map((id, i) => ({
      id,
      title: `Ärende ${i + 1}`,
      ownerOrganizationId: world.org.norrstrom,
      data: emptyCase() as unknown as Prisma.InputJsonValue,
      updatedAt: new Date(base + Math.floor(i / 2) * 60_000),
    })),
  });
  await prisma.caseMember.createMany({ data: ids.map((caseId) => ({ caseId, userId: world.users.ownerEditor, role: "EDITOR" as const, organizationId: world.org.norrstrom })) });
});

describe("Mina ärenden, page by page", () => {
  it("gives each page its share, newest first, and every case exactly once over the pages", async () => {
    const editor = await actor("ownerEditor");
    const first = await listMyCases(editor);
    expect(first).toMatchObject({ total: EXTRA + 1, page: 1, pages: 3, perPage: MY_CASES_PER_PAGE });
    expect(first.cases).toHaveLength(MY_CASES_PER_PAGE);
    const pages = [first, await listMyCases(editor, { sida: "2" }), await listMyCases(editor, { sida: "3" })];
    expect(pages.map((p) => p.cases.length)).toEqual([20, 20, 5]);
    const all = pages.flatMap((p) => p.cases);
    expect(new Set(all.map((c) => c.id)).size).toBe(EXTRA + 1);
    const times = all.map((c) => c.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Ties in the order of their ids (22 pairs: by chance, one in four million).
    const ties = all.slice(1).flatMap((c, i) => (c.updatedAt.getTime() === all[i]!.updatedAt.getTime() ? [[all[i]!.id, c.id]] : []));
    expect(ties.length).toBeGreaterThanOrEqual(EXTRA / 2 - 1);
    for (const [a, b] of ties) expect(a! < b!).toBe(true);
  });

  it("shows the last page for a page past the end, and the first for anything that is not a page number", async () => {
    const editor = await actor("ownerEditor");
    const last = await listMyCases(editor, { sida: "3" });
    expect(await listMyCases(editor, { sida: "99" })).toEqual(last);
    const first = await listMyCases(editor);
    for (const sida of ["0", "-2", "1.5", "tre", "", ["2", "3"], undefined]) {
      expect(await listMyCases(editor, { sida })).toEqual(first);
    }
  });

  it("pages the same list for the legal reviewer, who sees the organisation's cases, and nothing for others", async () => {
    const jurist = await listMyCases(await actor("legalReviewer"));
    expect(jurist).toMatchObject({ total: EXTRA + 1, pages: 3 });
    // SKR staff hold no case: the list is not theirs to ask for (case.list), and is refused.
    await expect(listMyCases(await actor("skrStaff"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await listMyCases(await actor("otherEditor"));
    expect(other.total).toBe(0);
  });

  it("summarises the cases of the page asked for", async () => {
    const second = await listMyCasesWithSummaries(await actor("ownerEditor"), todayInStockholm(), { sida: "2" });
    expect(second.page).toBe(2);
    expect(second.cases.map((c) => c.id)).toEqual((await listMyCases(await actor("ownerEditor"), { sida: "2" })).cases.map((c) => c.id));
    expect(second.cases.every((c) => c.summary !== null)).toBe(true);
  });
});
