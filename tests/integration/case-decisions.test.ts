import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";

import CaseDecisionsPage from "@/app/arenden/[id]/beslut/page";
import CasePage from "@/app/arenden/[id]/page";
import MyCasesPage from "@/app/arenden/page";
import { auditSentence } from "@/lib/audit/sentence";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/client";
import { loadCaseDecisions, recordDecision, recordSignature, withdrawEntry } from "@/lib/decisions/data";
import { AppError } from "@/lib/errors/app-error";
import { readDocument, saveAnswers } from "@/lib/wizard/data";
import { documentHash } from "@/lib/review/hash";
import { todayInStockholm } from "@/lib/format";
import { updateCase } from "@/lib/cases/data";
import { setRequest } from "./helpers/next-request";
import { IDLE } from "@/lib/forms/action-state";
import { refusal } from "./helpers/outcome";
import { databaseSnapshot } from "./helpers/snapshot";
import { resetDatabase } from "./reset-db";
import { type World, seedWorld, storedSessionCookie } from "./helpers/world";

// Each party's decision on the case and its signature of the agreement, recorded by the case's
// editors (lib/decisions). What the page says to check rests on KL 5 kap. 1 § (fullmäktige
// decides matters of principled character or greater importance) and on the signatory's right
// to sign; the product records and points out, and decides nothing.

let world: World;
const actor = (id: string): Promise<Actor> => loadActor(id, "test-session");
const editor = () => actor(world.users.ownerEditor);

const decision = (extra: Record<string, string> = {}): Record<string, string> => ({
  party: `org:${world.org.norrstrom}`,
  body: "COMMITTEE",
  bodyName: "Socialnämnden",
  decidedOn: "2026-11-20",
  paragraph: "§ 45",
  outcome: "ADOPTED",
  caseVersion: "1",
  ...extra,
});
const signature = (extra: Record<string, string> = {}) => ({
  party: `org:${world.org.fjallviken}`,
  signedOn: "2026-11-27",
  signatoryName: "Fredrik Ordförande",
  signatoryTitle: "Socialnämndens ordförande",
  caseVersion: "1",
  ...extra,
});

async function renderPage(query: Record<string, string> = {}, userId = world.users.ownerEditor): Promise<string> {
  setRequest({ cookie: await storedSessionCookie(userId) });
  const element = (await CaseDecisionsPage({ params: Promise.resolve({ id: world.caseId }), searchParams: Promise.resolve(query) })) as ReactElement;
  return renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

async function logSentences(): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ where: { action: { startsWith: "case.decision." } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const names = { users: new Map([[world.users.ownerEditor, "Nora Ägare"]]), cases: new Map([[world.caseId, "Familjeterapi för unga"]]), organizations: new Map<string, string>() };
  return rows.map((row) => auditSentence(row, names));
}

beforeEach(async () => {
  await resetDatabase();
  world = await seedWorld();
});

describe("recording a case's decisions and signatures", () => {
  it("records each party's decision and signature, shows them per party and logs them as sentences", async () => {
    expect(await renderPage()).toContain("Beslut enligt förslaget 0 av 2 parter Undertecknat 0 av 2 parter");
    const recorded = await recordDecision(await editor(), world.caseId, decision());
    await recordDecision(await editor(), world.caseId, decision({ party: `org:${world.org.fjallviken}`, bodyName: "Socialnämnden i Fjällviken", decidedOn: "2026-11-24", paragraph: "" }));
    await recordSignature(await editor(), world.caseId, signature());
    const data = await loadCaseDecisions(await editor(), world.caseId);
    expect(data.end.allDecided).toBe(true);
    expect(data.end.parties.map((p) => [p.name, p.decided, p.signed])).toEqual([
      ["Norrströms kommun", true, false],
      ["Fjällvikens kommun", true, true],
    ]);
    const page = await renderPage({ registrerat: recorded.id });
    expect(page).toContain("Beslutet för Norrströms kommun är registrerat: Socialnämnden 2026-11-20 § 45, beslutade enligt förslaget.");
    expect(page).toContain("Beslut enligt förslaget Alla parter Undertecknat 1 av 2 parter");
    expect(page).toContain("Socialnämnden 2026-11-20 § 45 (nämnd): beslutade enligt förslaget. Gäller version 1. Registrerat av Nora Ägare.");
    expect(page).toContain("Fredrik Ordförande , Socialnämndens ordförande, undertecknade 2026-11-27.");
    expect(page).toContain("Avtalet är inte registrerat som undertecknat.");
    // In the order written; entries in one millisecond may come in either order, so compared as a set.
    expect((await logSentences()).sort()).toEqual([
      "Nora Ägare registrerade beslutet av Socialnämnden 2026-11-20 § 45 för Norrströms kommun i ärendet ”Familjeterapi för unga”: beslutade enligt förslaget.",
      "Nora Ägare registrerade beslutet av Socialnämnden i Fjällviken 2026-11-24 för Fjällvikens kommun i ärendet ”Familjeterapi för unga”: beslutade enligt förslaget.",
      "Nora Ägare registrerade underskriften av Fredrik Ordförande 2026-11-27 för Fjällvikens kommun i ärendet ”Familjeterapi för unga”.",
    ].sort());
  });

  it("shows in 'Mina ärenden' where a case's decisions and signatures stand, once any is recorded, to both parties' editors", async () => {
    const listText = async (userId: string) => {
      setRequest({ cookie: await storedSessionCookie(userId) });
      const element = (await MyCasesPage({ searchParams: Promise.resolve({}) })) as ReactElement;
      return renderToStaticMarkup(element).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    };
    expect(await listText(world.users.ownerEditor)).not.toContain("Beslut och underskrifter");
    await recordDecision(await editor(), world.caseId, decision());
    await recordDecision(await editor(), world.caseId, decision({ party: `org:${world.org.fjallviken}`, decidedOn: "2026-11-24" }));
    await recordSignature(await editor(), world.caseId, signature());
    expect(await listText(world.users.ownerEditor)).toMatch(/Beslut och underskrifter för [^:]+: alla parter har beslutat enligt förslaget, 1 av 2 parter har undertecknat\./);
    await recordSignature(await editor(), world.caseId, signature({ party: `org:${world.org.norrstrom}`, signatoryName: "Nils Ordförande" }));
    expect(await listText(world.users.partner)).toContain(": alla parter har beslutat enligt förslaget, alla har undertecknat.");
  });

  it("records for a party step 2B names that is not in Samverka, and offers the versions the documents were created from", async () => {
    // Found on a walk: the report's Norrström–Fjällviken case, with Fjällviken only in step 2B, offered only Norrström.
    const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true } });
    await saveAnswers(await editor(), {
      caseId: world.caseId,
      baseVersion: current.version,
      changes: [{ path: "parties", value: [{ id: "p1", name: "Norrström", type: "kommun" }, { id: "p2", name: "Bergsjö kommun", type: "kommun" }], base: [] }],
    });
    const bytes = new TextEncoder().encode("%PDF-1.7");
    await prisma.caseDocument.create({ data: { caseId: world.caseId, kind: "tjansteskrivelse", partyId: "p2", format: "pdf", caseVersion: 1, fileName: "t.pdf", mimeType: "application/pdf", size: bytes.length, sha256: "0".repeat(64), bytes } });
    const data = await loadCaseDecisions(await editor(), world.caseId);
    expect(data.parties.map((p) => [p.name, p.inSamverka])).toEqual([
      ["Norrströms kommun", true],
      ["Fjällvikens kommun", true],
      ["Bergsjö kommun", false],
    ]);
    expect(data.versions.decision.map((v) => [v.version, v.documentsOn !== null])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(data.versions.signature.map((v) => v.version)).toEqual([2]);
    const { id } = await recordDecision(await editor(), world.caseId, decision({ party: "svar:p2", bodyName: "Socialnämnden i Bergsjö" }));
    expect(await prisma.partyDecision.findUniqueOrThrow({ where: { id }, select: { partyKey: true, partyName: true, organizationId: true } })).toEqual({ partyKey: "svar:p2", partyName: "Bergsjö kommun", organizationId: null });
    expect(await renderPage({ registrerat: id })).toContain("Beslutet för Bergsjö kommun är registrerat: Socialnämnden i Bergsjö 2026-11-20 § 45, beslutade enligt förslaget.");
    await expect(recordDecision(await editor(), world.caseId, decision({ party: "svar:p1" }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: [{ path: "party" }] });
    // Bergsjö joins the case as an organisation: what was recorded for it stays its own, and counts.
    const bergsjo = await prisma.organization.create({ data: { name: "Bergsjö kommun", type: "KOMMUN" } });
    const member = await prisma.user.create({ data: { email: "bergsjo@exempel.test", name: "Bo Bergsjö", emailVerified: true } });
    await prisma.caseMember.create({ data: { caseId: world.caseId, userId: member.id, role: "EDITOR", organizationId: bergsjo.id } });
    const joined = (await loadCaseDecisions(await editor(), world.caseId)).end.parties.find((p) => p.name === "Bergsjö kommun")!;
    expect([joined.key, joined.former, joined.decisions.map((d) => d.id)]).toEqual([`org:${bergsjo.id}`, false, [id]]);
    await expect(recordDecision(await editor(), world.caseId, decision({ party: `org:${bergsjo.id}`, bodyName: "Socialnämnden i Bergsjö" }))).rejects.toMatchObject({ code: "CONFLICT" });
    // Out of the case as an organisation but still in step 2B: its entries are the 2B party's again (a review).
    await prisma.caseMember.deleteMany({ where: { organizationId: bergsjo.id } });
    const back = (await loadCaseDecisions(await editor(), world.caseId)).end.parties.filter((p) => p.name === "Bergsjö kommun");
    expect(back.map((p) => [p.key, p.former, p.decided])).toEqual([["svar:p2", false, true]]);
    // Taken out of step 2B too, its entries stay on the page under the name recorded, not counted.
    const latest = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true } });
    await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: latest.version, changes: [{ path: "parties", value: [{ id: "p1", name: "Norrström", type: "kommun" }], base: [{ id: "p1", name: "Norrström", type: "kommun" }, { id: "p2", name: "Bergsjö kommun", type: "kommun" }] }] });
    const page = await renderPage();
    expect(page).toContain("Inte längre part i ärendet. Det som registrerades för Bergsjö kommun står kvar här och räknas inte ovan.");
    expect(page).toContain("Beslut enligt förslaget 0 av 2 parter");
  });

  it("refuses bad input with the field named, a party outside the case and a version the case never had, and writes nothing", async () => {
    const before = await databaseSnapshot();
    const refusedWith = async (input: Record<string, string>) => (await refusal(async () => recordDecision(await editor(), world.caseId, input))).fieldErrors.map((e) => `${e.path}: ${e.message}`);
    expect(await refusedWith(decision({ decidedOn: "2099-01-01" }))).toEqual(["decidedOn: Datumet får inte ligga i framtiden."]);
    expect(await refusedWith(decision({ bodyName: "" }))).toEqual(["bodyName: Skriv beslutsorganets namn, till exempel Socialnämnden."]);
    expect(await refusedWith(decision({ party: `org:${world.org.lund}` }))).toEqual(["party: Det är ingen part i ärendet. Välj en av parterna i listan."]);
    expect(await refusedWith(decision({ caseVersion: "7" }))).toEqual(["caseVersion: Ärendet har ingen version 7. Den senaste är version 1."]);
    expect((await refusal(async () => recordSignature(await editor(), world.caseId, signature({ signatoryName: "" })))).fieldErrors.map((e) => e.path)).toEqual(["signatoryName"]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("gives one entry for the same decision or signatory recorded twice (a double press, or two editors at once)", async () => {
    const [first, second] = await Promise.allSettled([recordDecision(await editor(), world.caseId, decision()), recordDecision(await actor(world.users.partner), world.caseId, decision())]);
    const refused = [first, second].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).fieldErrors).toEqual([
      { path: "decidedOn", message: "Ett beslut av samma beslutsorgan samma dag, § 45 eller utan paragraf, är redan registrerat för Norrströms kommun. Om något i det är fel: ta bort registreringen och registrera beslutet igen." },
    ]);
    expect(await prisma.partyDecision.count()).toBe(1);
    // Another body of the same party the same day is a decision of its own (a review).
    await recordDecision(await editor(), world.caseId, decision({ bodyName: "Barn- och utbildningsnämnden" }));
    await expect(recordDecision(await editor(), world.caseId, decision({ bodyName: "socialnämnden" }))).rejects.toMatchObject({ code: "CONFLICT" });
    // So is another paragraph of the same meeting (a walk: § 88 sent back, § 95 adopted); one without a paragraph is not told apart.
    await recordDecision(await editor(), world.caseId, decision({ paragraph: "§ 95" }));
    await expect(recordDecision(await editor(), world.caseId, decision({ paragraph: "" }))).rejects.toMatchObject({ code: "CONFLICT" });
    await recordSignature(await editor(), world.caseId, signature());
    await expect(recordSignature(await editor(), world.caseId, signature())).rejects.toMatchObject({ code: "CONFLICT" });
    // A second signatory for the same party is a signature of its own (a chair and a countersignature),
    // and so is the same person's signature of a later version (a review).
    await recordSignature(await editor(), world.caseId, signature({ signatoryName: "Karin Kontrasignerar", signatoryTitle: "Socialchef" }));
    await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Ett ändrat behov.", base: undefined }] });
    // Signed today: version 2 was saved today, and a signature cannot be older than its version.
    await recordSignature(await editor(), world.caseId, signature({ caseVersion: "2", signedOn: todayInStockholm() }));
    expect(await prisma.agreementSignature.count()).toBe(3);
  });

  // A walk recorded a nämnd's decision of 2026-12-01 on a version saved 2026-12-06: the version the
  // minutes name did not exist yet, so the date or the version is wrong, and the entry is refused.
  it("refuses a decision or signature dated before the version it names was saved, naming the field, with nothing written", async () => {
    const saved = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Ett ändrat behov.", base: undefined }] });
    const revision = await prisma.caseRevision.findFirstOrThrow({ where: { caseId: world.caseId, version: saved.version }, select: { at: true } });
    const before = await databaseSnapshot();
    const early = await refusal(async () => recordDecision(await editor(), world.caseId, decision({ caseVersion: String(saved.version), decidedOn: "2026-11-20" })));
    expect(early.fieldErrors).toEqual([{ path: "decidedOn", message: `Beslutet är daterat 2026-11-20, men version ${saved.version} sparades ${todayInStockholm(revision.at)}. Kontrollera datumet, eller välj den version som beslutet gällde.` }]);
    const signed = await refusal(async () => recordSignature(await editor(), world.caseId, signature({ caseVersion: String(saved.version), signedOn: "2026-11-27" })));
    expect(signed.fieldErrors?.[0]).toMatchObject({ path: "signedOn", message: expect.stringMatching(/^Underskriften är daterad 2026-11-27, men version \d+ sparades /) });
    expect(await databaseSnapshot()).toEqual(before);
    // Version 1 (the case as created) and a date on or after the version's are taken.
    await recordDecision(await editor(), world.caseId, decision({ caseVersion: "1", decidedOn: "2026-11-20" }));
    await recordDecision(await editor(), world.caseId, decision({ caseVersion: String(saved.version), decidedOn: todayInStockholm(revision.at), bodyName: "Kommunfullmäktige", body: "COUNCIL" }));
    expect(await prisma.partyDecision.count()).toBe(2);
  });

  it("the case overview says where the end stands, from the case page's own query", async () => {
    const overview = async () => {
      setRequest({ cookie: await storedSessionCookie(world.users.ownerEditor) });
      const element = (await CasePage({ params: Promise.resolve({ id: world.caseId }), searchParams: Promise.resolve({}) })) as ReactElement;
      return renderToStaticMarkup(element).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    };
    expect(await overview()).toContain("Inget beslut eller underskrift är registrerat än.");
    await recordSignature(await editor(), world.caseId, signature());
    const page = await overview();
    expect(page).not.toContain("Inget beslut eller underskrift är registrerat än.");
    // Fjällviken signed with no adopting decision recorded: one point to check, named for the party.
    expect(page).toContain("Beslut enligt förslaget 0 av 2 parter Undertecknat 1 av 2 parter Att kontrollera 1 punkt, för Fjällvikens kommun");
  });

  it("withdraws a mistaken entry once: it leaves the page, stays in the table and the log, and may be recorded again", async () => {
    const { id } = await recordDecision(await editor(), world.caseId, decision({ outcome: "REJECTED" }));
    await withdrawEntry(await editor(), world.caseId, "decision", { id }, { confirmed: true });
    await expect(withdrawEntry(await editor(), world.caseId, "decision", { id }, { confirmed: true })).rejects.toMatchObject({ code: "CONFLICT", userMessage: "Registreringen är redan borttagen eller finns inte längre. Ladda om sidan." });
    expect(await prisma.partyDecision.findUniqueOrThrow({ where: { id }, select: { withdrawnByName: true } })).toEqual({ withdrawnByName: "Nora Ägare" });
    expect((await loadCaseDecisions(await editor(), world.caseId)).end.parties[0]!.decisions).toEqual([]);
    await recordDecision(await editor(), world.caseId, decision());
    expect(await logSentences()).toContain("Nora Ägare tog bort registreringen av beslutet av Socialnämnden 2026-11-20 § 45 för Norrströms kommun i ärendet ”Familjeterapi för unga”: avslog förslaget.");
    expect(await renderPage({ aterkallat: id })).toContain("Registreringen av beslutet av Socialnämnden 2026-11-20 § 45 för Norrströms kommun är borttagen. Den finns kvar i ärendets historik.");
  });

  it("lets a party's entry be taken off by the one who recorded it or the party's own editors, not by the other party's (a walk)", async () => {
    const partner = await actor(world.users.partner);
    const norrstroms = await recordDecision(await editor(), world.caseId, decision());
    const before = await prisma.auditLog.count({ where: { outcome: "DENIED" } });
    await expect(withdrawEntry(partner, world.caseId, "decision", { id: norrstroms.id }, { confirmed: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: "Registreringen gäller Norrströms kommun och har registrerats av någon annan. Den kan tas bort av den som registrerade den eller av en redigerare för Norrströms kommun.",
    });
    expect(await prisma.partyDecision.findUniqueOrThrow({ where: { id: norrstroms.id }, select: { withdrawnAt: true } })).toEqual({ withdrawnAt: null });
    // Audited with the case and the entry, so it stands in the case's history; the page does not offer it at all.
    expect(await prisma.auditLog.count({ where: { outcome: "DENIED" } })).toBe(before + 1);
    const denial = await prisma.auditLog.findFirstOrThrow({ where: { outcome: "DENIED", action: "case.decision.withdraw" }, orderBy: { at: "desc" } });
    expect(denial).toMatchObject({ caseId: world.caseId, details: { reason: "another party's entry", entryId: norrstroms.id } });
    expect(await renderPage({}, world.users.partner)).not.toContain("Ta bort registreringen av beslutet av Socialnämnden");
    expect(await renderPage({}, world.users.ownerEditor)).toContain("Ta bort registreringen av beslutet av Socialnämnden");
    // The partner may record for Norrström (it may have no editor of its own here), and take off what they recorded.
    const byPartner = await recordSignature(partner, world.caseId, signature({ party: `org:${world.org.norrstrom}` }));
    await withdrawEntry(partner, world.caseId, "signature", { id: byPartner.id }, { confirmed: true });
    // Norrström's own editor may take off an entry for Norrström that the partner recorded.
    const again = await recordSignature(partner, world.caseId, signature({ party: `org:${world.org.norrstrom}`, signedOn: "2026-11-28" }));
    await withdrawEntry(await editor(), world.caseId, "signature", { id: again.id }, { confirmed: true });
  });

  it("asks once more before withdrawing: a first press or \"Avbryt\" posted without JavaScript changes nothing, and a post that skipped the question is refused", async () => {
    // Found on a walk: "Återkalla" (now "Ta bort registreringen") acted on one press.
    const { withdrawDecisionAction } = await import("@/lib/decisions/actions");
    const { id } = await recordDecision(await editor(), world.caseId, decision());
    const post = async (fields: Record<string, string>, userId = world.users.ownerEditor) => {
      setRequest({ cookie: await storedSessionCookie(userId) });
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return withdrawDecisionAction(world.caseId, IDLE, form);
    };
    const before = await databaseSnapshot();
    expect(await post({ id, steg: "fraga" })).toEqual({ status: "idle", values: { steg: "fraga" } });
    expect(await post({ id, steg: "avbryt" })).toEqual({ status: "idle", values: { steg: "avbryt" } });
    expect(await post({ id })).toMatchObject({ status: "error", message: "Bekräfta att du vill ta bort registreringen: tryck på Ta bort registreringen och sedan på Ja, ta bort registreringen." });
    expect({ ...(await databaseSnapshot()), AuditLog: undefined }).toEqual({ ...before, AuditLog: undefined });
    // A jurist of the case is refused the question too, as the withdrawal itself, and the refusal is audited.
    const denied = await prisma.auditLog.count({ where: { outcome: "DENIED" } });
    expect(await post({ id, steg: "fraga" }, world.users.legalReviewer)).toMatchObject({ status: "error", message: "Ärendet finns inte, eller så har du inte tillgång till det." });
    expect(await prisma.auditLog.count({ where: { outcome: "DENIED" } })).toBe(denied + 1);
    // Confirmed, it is withdrawn (the redirect back to the page).
    await expect(post({ id, bekrafta: "ja" })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await prisma.partyDecision.count({ where: { id, withdrawnAt: null } })).toBe(0);
  });

  it("names nothing of another case's entries, nor withdraws one, whatever id the address or the form carries", async () => {
    const lundEditor = await actor(world.users.lundEditor);
    const theirs = await recordDecision(lundEditor, world.otherCaseId, decision({ party: `org:${world.org.lund}` }));
    const before = await databaseSnapshot();
    await expect(withdrawEntry(await editor(), world.caseId, "decision", { id: theirs.id }, { confirmed: true })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.partyDecision.findUniqueOrThrow({ where: { id: theirs.id }, select: { withdrawnAt: true } })).toEqual({ withdrawnAt: null });
    expect({ ...(await databaseSnapshot()), AuditLog: undefined }).toEqual({ ...before, AuditLog: undefined });
    await withdrawEntry(lundEditor, world.otherCaseId, "decision", { id: theirs.id }, { confirmed: true });
    const queries: Record<string, string>[] = [{ registrerat: theirs.id }, { aterkallat: theirs.id }, { aterkallat: "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f" }];
    for (const query of queries) {
      const page = await renderPage(query);
      expect(page, JSON.stringify(query)).not.toContain("registrerat:");
      expect(page, JSON.stringify(query)).not.toContain("är borttagen");
    }
  });

  it("says what to check: fullmäktige where step 3C says so, a signature without a decision, and a case changed since its decision", async () => {
    const current = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { version: true } });
    await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: current.version, changes: [{ path: "anchoring.principledCharacter", value: true, base: undefined }] });
    await recordDecision(await editor(), world.caseId, decision());
    await recordSignature(await editor(), world.caseId, signature());
    const page = await renderPage();
    expect(page).toContain(
      "Ni har svarat i steg 3C att avtalet är av principiell beskaffenhet eller annars av större vikt. Om det gäller även för Norrströms kommun beslutar fullmäktige där (KL 5 kap. 1 §), och inget beslut av fullmäktige enligt förslaget är registrerat för Norrströms kommun.",
    );
    expect(page).toContain("Avtalet är registrerat som undertecknat för Fjällvikens kommun, men inget beslut enligt förslaget är registrerat.");
    expect(page).toContain("Beslutet för Norrströms kommun gällde version 1 av ärendet, som nu är i version 2.");
    // Decided on a version no jurist approved (a walk decided on the draft documents).
    expect(page).toContain("Beslutet för Norrströms kommun gällde version 1 av ärendet, som ingen jurist har godkänt i Samverka.");
    // The summary never says "Alla parter" without what there is to check (a walk).
    expect(page).toContain("Att kontrollera 5 punkter – se Norrströms kommun och Fjällvikens kommun nedan");
    // Once a jurist has approved version 1, the decision on it is not a point to check.
    await prisma.caseApproval.create({ data: { caseId: world.caseId, organizationId: world.org.norrstrom, caseVersion: 1, documentHash: "x", snapshot: [], reviewerId: world.users.legalReviewer, reviewerName: "Julia Jurist" } });
    const approved = await renderPage();
    expect(approved).not.toContain("som ingen jurist har godkänt i Samverka");
    expect(approved).toContain("Att kontrollera 4 punkter");
  });

  it("counts a decision on a version whose document a jurist approved as approved, though a new diary number raised the version (a review)", async () => {
    const { title } = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { title: true } });
    const saved = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Långa väntetider.", base: undefined }, { path: "title", value: title, base: undefined }] });
    const revision = await prisma.caseRevision.findFirstOrThrow({ where: { caseId: world.caseId, version: saved.version }, select: { documentHash: true } });
    await prisma.caseApproval.create({ data: { caseId: world.caseId, organizationId: world.org.norrstrom, caseVersion: saved.version, documentHash: revision.documentHash, snapshot: [], reviewerId: world.users.legalReviewer, reviewerName: "Julia Jurist" } });
    const { version: withDiaryNumber } = await updateCase(await editor(), world.caseId, { title, diaryNumber: "SN 2026/12", version: String(saved.version) });
    expect(withDiaryNumber).toBe(saved.version + 1);
    await recordDecision(await editor(), world.caseId, decision({ caseVersion: String(withDiaryNumber), decidedOn: todayInStockholm() }));
    expect(await renderPage()).not.toContain("som ingen jurist har godkänt i Samverka");
    // A changed answer is another document: a decision on it is a point to check.
    const changed = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: withDiaryNumber, changes: [{ path: "needs.problem", value: "Långa väntetider i hela länet.", base: "Långa väntetider." }] });
    await recordDecision(await editor(), world.caseId, decision({ caseVersion: String(changed.version), decidedOn: todayInStockholm(), bodyName: "Socialnämnden, extra sammanträde" }));
    expect(await renderPage()).toContain(`Beslutet för Norrströms kommun gällde version ${changed.version} av ärendet, som ingen jurist har godkänt i Samverka.`);
  });

  it("does not say the case changed since the decision when an answer was changed and changed back (a walk)", async () => {
    const first = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Långa väntetider.", base: undefined }] });
    await recordDecision(await editor(), world.caseId, decision({ caseVersion: String(first.version), decidedOn: todayInStockholm() }));
    const changed = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: first.version, changes: [{ path: "needs.problem", value: "Långa väntetider i länet.", base: "Långa väntetider." }] });
    expect(await renderPage()).toContain(`Beslutet för Norrströms kommun gällde version ${first.version} av ärendet, som nu är i version ${changed.version}.`);
    const back = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: changed.version, changes: [{ path: "needs.problem", value: "Långa väntetider.", base: "Långa väntetider i länet." }] });
    expect(back.version).toBe(first.version + 2);
    expect(await renderPage()).not.toContain(`Beslutet för Norrströms kommun gällde version ${first.version} av ärendet, som nu är i version`);
  });

  it("reads the document decided on from its approval before any saved change, so a change undone is not a change either (a re-walk)", async () => {
    const stored = await prisma.case.findUniqueOrThrow({ where: { id: world.caseId }, select: { data: true, title: true, version: true } });
    expect([stored.version, await prisma.caseRevision.count({ where: { caseId: world.caseId } })]).toEqual([1, 0]);
    const doc = readDocument(world.caseId, stored.data, stored.title);
    await prisma.caseApproval.create({ data: { caseId: world.caseId, organizationId: world.org.norrstrom, caseVersion: 1, documentHash: documentHash(doc), snapshot: [], reviewerId: world.users.legalReviewer, reviewerName: "Julia Jurist" } });
    await recordDecision(await editor(), world.caseId, decision({ decidedOn: todayInStockholm() }));
    const before = doc.needs.problem;
    const changed = await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: 1, changes: [{ path: "needs.problem", value: "Ett annat behov.", base: before }] });
    expect(await renderPage()).toContain(`Beslutet för Norrströms kommun gällde version 1 av ärendet, som nu är i version ${changed.version}.`);
    await saveAnswers(await editor(), { caseId: world.caseId, baseVersion: changed.version, changes: [{ path: "needs.problem", value: before, base: "Ett annat behov." }] });
    expect(await renderPage()).not.toContain("Beslutet för Norrströms kommun gällde version 1 av ärendet, som nu är i version");
  });

  it("shows the page to the case's jurist without the forms, and refuses the jurist's and an outsider's entries with nothing written", async () => {
    await recordDecision(await editor(), world.caseId, decision());
    const page = await renderPage({}, world.users.legalReviewer);
    expect(page).toContain("Socialnämnden 2026-11-20 § 45");
    expect(page).toContain("Ärendets redigerare registrerar beslut och underskrifter.");
    expect(page).not.toContain("Registrera beslutet");
    expect(page).not.toContain("Ta bort registreringen");
    const before = await databaseSnapshot();
    await expect(recordDecision(await actor(world.users.legalReviewer), world.caseId, decision())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordSignature(await actor(world.users.lundEditor), world.caseId, signature())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = (await prisma.partyDecision.findFirstOrThrow({ select: { id: true } }));
    await expect(withdrawEntry(await actor(world.users.legalReviewer), world.caseId, "decision", { id }, { confirmed: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await databaseSnapshot();
    // Each refusal is logged as a denial; nothing else changed.
    expect({ ...after, AuditLog: undefined }).toEqual({ ...before, AuditLog: undefined });
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "case.decision." }, outcome: "DENIED" } })).toBe(3);
  });
});
