import { describe, expect, it } from "vitest";
import { type AuditNames, type AuditRow, auditSentence, idsToName } from "@/lib/audit/sentence";

const NORA = "11111111-1111-4111-8111-111111111111";
const PER = "22222222-2222-4222-8222-222222222222";
const CASE = "33333333-3333-4333-8333-333333333333";
const FJALL = "44444444-4444-4444-8444-444444444444";

const names: AuditNames = {
  users: new Map([[NORA, "Nora Ström"], [PER, "Per Partner"]]),
  cases: new Map([[CASE, "Familjeterapi för unga"]]),
  organizations: new Map([[FJALL, "Fjällvikens kommun"]]),
};

const row = (overrides: Partial<AuditRow>): AuditRow => ({
  action: "case.update",
  outcome: "SUCCESS",
  actorUserId: NORA,
  actorEmail: "nora@norrstrom.test",
  caseId: null,
  details: {},
  ...overrides,
});

// No sentence may leak an id, an internal action key or JSON.
function expectReadable(sentence: string) {
  expect(sentence).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  expect(sentence).not.toMatch(/\b[a-z]+\.[a-zA-Z]+\b/);
  expect(sentence).not.toMatch(/[{}[\]"]/);
  expect(sentence).toMatch(/\.$/);
}

describe("audit sentences", () => {
  it("names the person and the case", () => {
    const s = auditSentence(row({ action: "case.create", caseId: CASE }), names);
    expect(s).toBe("Nora Ström startade ärendet ”Familjeterapi för unga”.");
    expectReadable(s);
  });

  it("describes an invitation on behalf of a partner organisation", () => {
    const s = auditSentence(row({ action: "case.invite", caseId: CASE, details: { email: "per@fjallviken.test", role: "EDITOR", organizationId: FJALL } }), names);
    expect(s).toBe("Nora Ström bjöd in per@fjallviken.test för Fjällvikens kommun som redigerare i ärendet ”Familjeterapi för unga”.");
  });

  it("describes a withdrawn case invitation, and a refused withdrawal", () => {
    const s = auditSentence(row({ action: "case.invitation.revoke", caseId: CASE, details: { email: "fel@fjallviken.test", role: "EDITOR", organizationId: FJALL, invitationId: PER } }), names);
    expect(s).toBe("Nora Ström återkallade inbjudan till fel@fjallviken.test för Fjällvikens kommun som redigerare i ärendet ”Familjeterapi för unga”.");
    const denied = auditSentence(row({ action: "case.invitation.revoke", outcome: "DENIED", actorUserId: PER, caseId: CASE, details: { reason: "no case role" } }), names);
    expect(denied).toBe("Per Partner nekades att återkalla en inbjudan till ärendet ”Familjeterapi för unga” (saknar roll i ärendet).");
  });

  it("counts saved answers with the right number", () => {
    expect(auditSentence(row({ caseId: CASE, details: { answers: ["needs.problem"] } }), names)).toBe("Nora Ström sparade ett svar i ärendet ”Familjeterapi för unga”.");
    expect(auditSentence(row({ caseId: CASE, details: { answers: ["a", "b", "c"] } }), names)).toBe("Nora Ström sparade 3 svar i ärendet ”Familjeterapi för unga”.");
  });

  it("names the step or topic marked complete, and what was left open, without its stored key", () => {
    const topic = auditSentence(row({ caseId: CASE, details: { step: "2A:ekonomi", completed: true, blockers: 1, unanswered: 2 } }), names);
    expect(topic).toBe("Nora Ström markerade avsnittet Ekonomi i steg 2A i ärendet ”Familjeterapi för unga” som klart, med 1 hinder och 2 obesvarade frågor kvar.");
    expectReadable(topic);
    expect(auditSentence(row({ caseId: CASE, details: { step: "2B", completed: false } }), names)).toBe("Nora Ström markerade steg 2B i ärendet ”Familjeterapi för unga” som inte klart.");
  });

  it("says why a sign-in failed, for an anonymous attempt", () => {
    const s = auditSentence(row({ action: "auth.signIn", outcome: "FAILURE", actorUserId: null, actorEmail: "x@y.test", details: { reason: "deactivated" } }), names);
    expect(s).toBe("Misslyckad inloggning som x@y.test (kontot är inaktiverat).");
  });

  it("describes a refusal without the internal key", () => {
    const s = auditSentence(row({ action: "outbox.read", outcome: "DENIED", actorUserId: PER, details: { reason: "role" } }), names);
    expect(s).toBe("Per Partner nekades att läsa utkorgen (saknar behörighet).");
    expectReadable(s);
    const onCase = auditSentence(row({ action: "case.view", outcome: "DENIED", actorUserId: PER, caseId: null, details: { requestedCaseId: "1' OR '1'='1" } }), names);
    expect(onCase).toBe("Per Partner nekades att öppna ett ärende som inte finns eller inte går att visa.");
  });

  it("describes role changes and deactivation with names", () => {
    expect(
      auditSentence(row({ action: "organization.member.update", details: { userId: PER, organizationId: FJALL, before: ["CASE_EDITOR"], after: ["CASE_EDITOR", "ORG_ADMIN"] } }), names),
    ).toBe("Nora Ström ändrade rollerna för Per Partner i Fjällvikens kommun från ärendehandläggare till ärendehandläggare och organisationsadministratör.");
    expect(auditSentence(row({ action: "user.deactivate", details: { userId: PER, email: "per@fjallviken.test" } }), names)).toBe("Nora Ström inaktiverade kontot för Per Partner.");
    expect(auditSentence(row({ action: "user.reactivate", details: { userId: PER, email: "per@fjallviken.test" } }), names)).toBe("Nora Ström aktiverade kontot för Per Partner igen.");
    // A refusal names whose account was asked for, when known.
    expect(auditSentence(row({ action: "user.deactivate", outcome: "DENIED", details: { reason: "person outside the administered organisations", targetUserId: PER } }), names)).toBe(
      "Nora Ström nekades att inaktivera kontot för Per Partner (personen hör till en organisation som administratören inte ansvarar för).",
    );
  });

  it("describes a withdrawn organisation invitation, and a refused withdrawal", () => {
    const details = { organizationId: FJALL, invitationId: "0f4c1d2e-0000-4000-8000-000000000001", email: "ny@fjallviken.test", role: "LEGAL_REVIEWER" };
    const s = auditSentence(row({ action: "organization.invitation.revoke", details }), names);
    expect(s).toBe("Nora Ström återkallade inbjudan till ny@fjallviken.test att bli jurist i Fjällvikens kommun.");
    expect(auditSentence(row({ action: "organization.invitation.revoke", outcome: "DENIED", actorUserId: PER, details: { reason: "not admin of the organisation" } }), names)).toBe(
      "Per Partner nekades att återkalla en inbjudan till en organisation (är inte administratör för organisationen).",
    );
  });

  it("falls back to a plain sentence for an action it does not know, without the key or JSON", () => {
    const s = auditSentence(row({ action: "review.secretThing", details: { nested: { a: 1 } } }), names);
    expect(s).toBe("Nora Ström gjorde en åtgärd som saknar beskrivning i loggen (lyckades).");
    expectReadable(s);
    expect(auditSentence(row({ action: "x.y", outcome: "DENIED" }), names)).toBe("Nora Ström nekades en åtgärd som saknar beskrivning.");
  });

  it("survives details that are not an object", () => {
    for (const details of [null, "text", 42, [1, 2]]) expectReadable(auditSentence(row({ action: "case.invite", details }), names));
  });

  it("uses the e-mail when the person's name is not known, and a phrase when nobody was signed in", () => {
    expect(auditSentence(row({ action: "auth.signOut", actorUserId: "55555555-5555-4555-8555-555555555555" }), names)).toBe("nora@norrstrom.test loggade ut.");
    expect(auditSentence(row({ action: "auth.signOut", actorUserId: null, actorEmail: null, outcome: "DENIED" }), names)).toBe("Någon som inte var inloggad nekades att logga ut.");
  });

  it("collects the ids a page of rows needs names for", () => {
    expect(idsToName([row({ caseId: CASE, details: { userId: PER, organizationId: FJALL } })])).toEqual({ users: [NORA, PER], cases: [CASE], organizations: [FJALL] });
  });
});

describe("audit sentences for examples, documents and SKR's catalogue", () => {
  const FALLBACK = /saknar beskrivning/;

  it("describes each step of publishing an example", () => {
    expect(auditSentence(row({ action: "case.example.propose", caseId: CASE, details: { area: "familjeratt", kMatches: 4, kSteps: 0 } }), names)).toBe(
      "Nora Ström föreslog ärendet ”Familjeterapi för unga” som anonymiserat exempel för SKR:s katalog.",
    );
    expect(auditSentence(row({ action: "case.example.edit", caseId: CASE, details: { version: 2, changedSections: ["behov"] } }), names)).toBe(
      "Nora Ström ändrade den anonymiserade texten i exemplet för ärendet ”Familjeterapi för unga”; exemplet väntar på nytt godkännande.",
    );
    expect(auditSentence(row({ action: "case.example.approve", caseId: CASE, details: { version: 3, kMatches: 5 } }), names)).toBe(
      "Nora Ström godkände det anonymiserade exemplet för ärendet ”Familjeterapi för unga” i version 3, som nu visas för SKR.",
    );
    expect(auditSentence(row({ action: "case.example.withdraw", caseId: CASE, details: { from: "APPROVED" } }), names)).toBe(
      "Nora Ström återkallade det publicerade exemplet för ärendet ”Familjeterapi för unga”.",
    );
    expect(auditSentence(row({ action: "case.example.withdraw", caseId: CASE, details: { from: "PROPOSED" } }), names)).toBe(
      "Nora Ström återkallade det föreslagna exemplet för ärendet ”Familjeterapi för unga”.",
    );
    for (const action of ["case.example.propose", "case.example.edit", "case.example.approve", "case.example.withdraw"]) {
      expectReadable(auditSentence(row({ action, caseId: CASE, details: { seeded: true } }), names));
    }
  });

  it("describes generating and downloading a case's documents", () => {
    const generated = auditSentence(row({ action: "case.document.generate", caseId: CASE, details: { version: 7, created: 4, files: [] } }), names);
    expect(generated).toBe("Nora Ström tog fram 4 filer för ärendet ”Familjeterapi för unga” i version 7.");
    expectReadable(generated);
    expect(auditSentence(row({ action: "case.document.generate", caseId: CASE, details: { version: 7, created: 1 } }), names)).toBe(
      "Nora Ström tog fram en fil för ärendet ”Familjeterapi för unga” i version 7.",
    );
    expect(auditSentence(row({ action: "case.document.download", caseId: CASE, details: { file: "Samverkansavtal v7.pdf", version: 7 } }), names)).toBe(
      "Nora Ström hämtade handlingen ”Samverkansavtal v7.pdf” i ärendet ”Familjeterapi för unga” (version 7).",
    );
  });

  it("describes refused reads of the catalogue, the statistics and the API", () => {
    expect(auditSentence(row({ action: "catalogue.read", outcome: "DENIED", actorUserId: PER }), names)).toBe("Per Partner nekades att läsa exempelkatalogen.");
    expect(auditSentence(row({ action: "statistics.read", outcome: "DENIED", actorUserId: PER }), names)).toBe("Per Partner nekades att läsa statistiken.");
    expect(auditSentence(row({ action: "api.catalogue", outcome: "DENIED", actorUserId: null, actorEmail: null }), names)).toBe(
      "Någon som inte var inloggad nekades att läsa katalogens och statistikens API.",
    );
    expect(auditSentence(row({ action: "case.example.approve", outcome: "DENIED", actorUserId: PER, caseId: CASE }), names)).toBe(
      "Per Partner nekades att godkänna exemplet för ärendet ”Familjeterapi för unga”.",
    );
    expect(auditSentence(row({ action: "case.document.download", outcome: "DENIED", actorUserId: PER, caseId: CASE }), names)).toBe(
      "Per Partner nekades att hämta en handling i ärendet ”Familjeterapi för unga”.",
    );
  });

  it("has a refusal sentence for every action in the permission table", async () => {
    const { PERMISSIONS } = await import("@/lib/auth/permissions");
    const missing = Object.keys(PERMISSIONS).filter((action) => FALLBACK.test(auditSentence(row({ action, outcome: "DENIED", caseId: CASE }), names)));
    expect(missing).toEqual([]);
  });

  it("has a sentence for every action the app writes to the log", async () => {
    // Every action name passed to writeAudit (or written by the demo seed) in the source.
    const { readFileSync, readdirSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (name === "generated" || name === "node_modules") return [];
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const written = new Set<string>();
    for (const file of [...files("lib"), ...files("app")]) {
      const text = readFileSync(file, "utf8");
      if (!/writeAudit|auditLog\.create/.test(text)) continue;
      for (const m of text.matchAll(/action: "([a-z]+\.[a-zA-Z.]+)",\s*(?:caseId|outcome)/g)) written.add(m[1]!);
    }
    expect(written).toContain("case.example.propose");
    expect(written).toContain("case.document.generate");
    const missing = [...written].filter((action) => FALLBACK.test(auditSentence(row({ action, outcome: "SUCCESS", caseId: CASE }), names)));
    expect(missing).toEqual([]);
  });
});

describe("the reasons of refusals and failures", () => {
  it("each reason written to the audit log has its words in the log's sentences", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { AUDIT_REASONS } = await import("@/lib/audit/reasons");
    const files = (readdirSync("lib", { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.startsWith("db/generated"));
    // deny() and the invitation refusals take an AuditReason (typed); writeAudit's details are not,
    // so its literal reasons are found here.
    const written = new Set(files.flatMap((f) => [...readFileSync(join("lib", f), "utf8").matchAll(/\breason: "([^"]+)"/g)].map((m) => m[1]!)));
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((reason) => !(reason in AUDIT_REASONS))).toEqual([]);
  });

  it("a refusal is explained in its sentence", () => {
    const row = { action: "organization.invitation.accept", outcome: "DENIED", actorUserId: null, actorEmail: "analytiker@skr.example", caseId: null, details: { reason: "SKR staff see no case" }, createdAt: new Date("2026-12-06T08:00:00Z") } as unknown as AuditRow;
    expect(auditSentence(row)).toBe("analytiker@skr.example nekades att ta emot en inbjudan till en organisation (SKR:s medarbetare har inte tillgång till enskilda ärenden).");
  });
});

describe("refused calls (FAILURE rows)", () => {
  const names: AuditNames = { users: new Map([["u1", "Julia Jurist"]]), cases: new Map([["c1", "Familjerätt"]]), organizations: new Map() };
  const failed = (action: string, reason: string) =>
    ({ action, outcome: "FAILURE", actorUserId: "u1", actorEmail: null, caseId: "c1", details: { reason, fields: ["confirmIncomplete"] }, createdAt: new Date("2026-12-06T08:00:00Z") }) as unknown as AuditRow;

  it("are never told as if the thing had been done", () => {
    expect(auditSentence(failed("case.review.approve", "VALIDATION"), names)).toBe("Julia Jurist försökte godkänna ärendet ”Familjerätt”, men det gick inte (uppgifterna godtogs inte).");
    expect(auditSentence(failed("case.review.return", "CONFLICT"), names)).toBe("Julia Jurist försökte skicka tillbaka ärendet ”Familjerätt”, men det gick inte (det hade redan ändrats eller gjorts).");
  });

  it("say so for every action a form can be refused under", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const files = (readdirSync("lib", { recursive: true }) as string[]).filter((f) => /actions\.ts$/.test(f));
    const actions = new Set(files.flatMap((f) => [...readFileSync(join("lib", f), "utf8").matchAll(/(?:runFormAction|runAction|reviewFormAction|auditRefusal)\(\s*"([^"]+)"/g)].map((m) => m[1]!)));
    expect(actions.size).toBeGreaterThan(15);
    // A failed sign-in has its own sentence ("Misslyckad inloggning som …").
    for (const action of [...actions].filter((a) => a !== "auth.signIn")) {
      const sentence = auditSentence(failed(action, "VALIDATION"), names);
      expect(sentence, action).toMatch(/^Julia Jurist försökte .+, men det gick inte \(uppgifterna godtogs inte\)\.$/);
      expect(sentence, action).not.toContain("saknar beskrivning");
    }
  });
});

describe("an approval over what was unfinished", () => {
  it("says so in the log", () => {
    const names: AuditNames = { users: new Map([["u1", "Julia Jurist"]]), cases: new Map([["c1", "Familjerätt"]]), organizations: new Map() };
    const row = {
      action: "case.review.approve",
      outcome: "SUCCESS",
      actorUserId: "u1",
      actorEmail: null,
      caseId: "c1",
      details: { organizationName: "Norrströms kommun", version: 4, despite: { unfinishedSteps: ["3C", "4"], openComments: 1 } },
      createdAt: new Date("2026-12-06T08:00:00Z"),
    } as unknown as AuditRow;
    expect(auditSentence(row, names)).toBe(
      "Julia Jurist godkände ärendet ”Familjerätt” för Norrströms kommun i version 4, fast stegen 3C och 4 inte var markerade som klara och 1 kommentar från granskningen var öppen.",
    );
  });
});
