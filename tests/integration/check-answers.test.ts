import { readFileSync } from "node:fs";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import CheckAnswersRoute from "@/app/arenden/[id]/granska/page";
import { loadActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { decideFinding, requestReview } from "@/lib/review/data";
import { loadReview } from "@/lib/review/queries";
import { pageOfFinding } from "@/lib/wizard/pages";
import { approveDecided } from "./helpers/review";
import { resetDatabase } from "./reset-db";
import { setRequest } from "./helpers/next-request";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// "Kontrollera svaren" as a tester met it: it did not lead to what the jurist had decided must be
// fixed, its open comments were not links, a step's page showed an empty "Svar som behöver ses
// över", and an unanswered question offered "Ändra".

let world: World;
const EXAMPLE = JSON.parse(readFileSync("examples/cases/norrstrom-fjallviken.json", "utf8")) as { needsAttention?: unknown[] };

async function render(searchParams: Record<string, string> = {}): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
  const element = (await CheckAnswersRoute({ params: Promise.resolve({ id: world.caseId }), searchParams: Promise.resolve(searchParams) })) as ReactElement;
  return renderToStaticMarkup(element).replace(/&amp;/g, "&");
}

beforeAll(async () => {
  await resetDatabase();
  world = await seedWorld();
  await prisma.case.update({ where: { id: world.caseId }, data: { data: { ...EXAMPLE, needsAttention: [] } as unknown as Prisma.InputJsonValue } });
});

describe("Kontrollera svaren", () => {
  it("lists the findings a jurist decided must be fixed, each leading to its step's answers, and links each open comment to its place", async () => {
    const jurist = await loadActor(world.users.legalReviewer, "test-session");
    await requestReview(await loadActor(world.users.ownerEditor, "test-session"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Se svaren." });
    const { findings } = await loadReview(jurist, world.caseId);
    const target = findings.find((k) => k.finding.severity === "warning" && pageOfFinding(k.finding)) ?? findings[0]!;
    const page = pageOfFinding(target.finding)!;
    expect((await render()).includes("Ska åtgärdas")).toBe(false);
    await decideFinding(jurist, { caseId: world.caseId, findingKey: target.key, kind: "MUST_FIX" });
    const html = await render();
    expect(html).toContain("Juristens beslut ”Ska åtgärdas” (1)");
    const search = page.topic ? `steg=${page.step.slug}&avsnitt=${page.topic.slug}` : `steg=${page.step.slug}`;
    expect(html).toContain(`href="/arenden/${world.caseId}/granska?${search}#anmarkningar"`);
    expect(html).toContain(target.finding.title.replace(/&/g, "&"));
    // The world's open comment is on the answer to step 1's problem.
    expect(html).toMatch(new RegExp(`href="/arenden/${world.caseId}/juridisk-granskning\\?del=svar&steg=1#[^"]+"[^>]*>Om svaret`));
  });

  it("leaves an empty list of answers to look over out of a step's page, and offers to answer what is unanswered", async () => {
    expect(await render({ steg: "2a", avsnitt: "ekonomi" })).not.toContain("Svar som behöver ses över");
    const answered = /#f-needs-problem"[^>]*>(Ändra|Besvara)</;
    expect((await render({ steg: "1" })).match(answered)?.[1]).toBe("Ändra");
    await prisma.case.update({ where: { id: world.caseId }, data: { data: { ...EXAMPLE, needsAttention: [], needs: {} } as unknown as Prisma.InputJsonValue } });
    expect((await render({ steg: "1" })).match(answered)?.[1]).toBe("Besvara");
  });
  it("offers to send the case to review only while a party can be sent it", async () => {
    // A walk: after both parties had approved, "När svaren stämmer: Skicka till juridisk granskning"
    // still stood here, and led only to "… har godkänt ärendet i version 1 och skickas inte igen".
    await resetDatabase();
    world = await seedWorld();
    await prisma.case.update({ where: { id: world.caseId }, data: { data: { ...EXAMPLE, needsAttention: [] } as unknown as Prisma.InputJsonValue } });
    const offer = "När svaren stämmer:";
    expect(await render()).toContain(offer);
    // Norrström's jurists have the case, and Fjällviken has no jurist in it: nobody to send it to,
    // and the page says how Fjällviken gets one.
    await requestReview(await loadActor(world.users.ownerEditor, "test-session"), { caseId: world.caseId, organizationId: world.org.norrstrom, message: "Se svaren." });
    let html = await render();
    expect(html).not.toContain(offer);
    expect(html.replace(/<[^>]+>/g, "")).toContain("Ärendet kan inte skickas till Fjällvikens kommun för granskning: ingen jurist granskar för den parten i ärendet.");
    // Approved as it is: a new request would drop the approval.
    await approveDecided(await loadActor(world.users.legalReviewer, "test-session"), { caseId: world.caseId, version: 1 });
    expect(await prisma.caseApproval.count({ where: { caseId: world.caseId } })).toBe(1);
    html = await render();
    expect(html).not.toContain(offer);
    expect(html).toContain("Ärendet kan inte skickas till Fjällvikens kommun");
  });
});
