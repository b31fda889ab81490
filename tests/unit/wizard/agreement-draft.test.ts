import { describe, expect, it } from "vitest";
import { CLAUSE_IDS, emptyCase } from "@/lib/case";
import { DRAFT_GAP, draftClause } from "@/lib/wizard/agreement-draft";

function exampleCase() {
  const c = emptyCase();
  c.parties = [
    { id: "n", name: "Norrströms kommun", type: "kommun", role: "uppdragstagare" },
    { id: "f", name: "Fjällvikens kommun", type: "kommun", role: "uppdragsgivare" },
  ];
  c.tasks = [{ id: "t1", description: "Strukturerad familjebehandling för barn 12–17 år", kind: "insats" }];
  c.economy.selfCostBudget = 1_250_000;
  c.economy.costSplitMethod = "fast";
  c.economy.costShares = [
    { partyId: "n", percent: 50 },
    { partyId: "f", percent: 50 },
  ];
  c.economy.term = { kind: "fast", months: 36 };
  c.agreement.noticePeriodMonths = 12;
  return c;
}

describe("draftClause", () => {
  it("writes every clause without throwing, even for an empty case, and marks the gaps", () => {
    for (const id of CLAUSE_IDS) {
      const text = draftClause(emptyCase(), id);
      expect(text.length).toBeGreaterThan(20);
    }
    expect(draftClause(emptyCase(), "parter")).toContain(DRAFT_GAP);
  });

  it("builds the parties, tasks, economy, term and termination from the answers", () => {
    const c = exampleCase();
    const parties = draftClause(c, "parter");
    expect(parties).toContain("– Norrströms kommun (organisationsnummer […]), nedan uppdragstagare");
    // The type is not repeated when the name already says it (issue 11: no answer labels in prose).
    expect(parties).not.toContain("(kommun");
    const tasks = draftClause(c, "uppdrag");
    expect(tasks).toContain("– Strukturerad familjebehandling för barn 12–17 år");
    expect(tasks).not.toContain("insats (tjänst)");
    // Issue 9 §1: one economy model — the clause states the self-cost once and derives each party's payment;
    // the contractor's share is what it carries for its own residents (report 2.1.2, self-cost principle).
    const economy = draftClause(c, "ekonomi");
    expect(economy).toContain("självkostnad för den gemensamma verksamheten beräknas till 1\u00a0250\u00a0000\u00a0kr per år");
    expect(economy).toContain("Kostnaden fördelas mellan parterna i fasta andelar.");
    expect(economy).toContain("– Fjällvikens kommun: 50\u00a0%, 625\u00a0000\u00a0kr, 1\u00a0875\u00a0000\u00a0kr");
    expect(economy).toContain("– Norrströms kommun (uppdragstagare, bär sin andel för egna invånare): 50\u00a0%, 625\u00a0000\u00a0kr, 1\u00a0875\u00a0000\u00a0kr");
    expect(economy).not.toContain("Årlig ersättning");
    expect(draftClause(c, "avtalstid")).toContain("36 månader");
    expect(draftClause(c, "uppsagning")).toContain("12 månaders uppsägningstid");
  });

  it("leaves open, as a gap, what the answers have not settled", () => {
    const c = exampleCase();
    expect(draftClause(c, "dataskydd")).toContain(DRAFT_GAP);
    expect(draftClause(c, "extern_delegering")).toContain(DRAFT_GAP);
    expect(draftClause(c, "sekretess")).toContain("verifieras av jurist");
    c.information.controllerModel = "personuppgiftsbitrade";
    // Whether sensitive data (GDPR art. 9) are processed is still open, so it stays a gap.
    expect(draftClause(c, "dataskydd")).toContain(DRAFT_GAP);
    c.information.sensitiveData = true;
    // Until the social services' own data rules have been gone through, the clause cannot say processing follows them.
    c.information.socialServicesDataRulesChecked = false;
    expect(draftClause(c, "dataskydd")).toContain(DRAFT_GAP);
    expect(draftClause(c, "dataskydd")).not.toContain("sker enligt socialtjänstens särskilda regler");
    c.information.socialServicesDataRulesChecked = true;
    const clause = draftClause(c, "dataskydd");
    expect(clause).not.toContain(DRAFT_GAP);
    expect(clause).toContain("sker enligt socialtjänstens särskilda regler");
    expect(clause).toContain("artikel 28");
    expect(clause).toContain("artikel 9");
    // The controller is the responsible nämnd (DOMAIN.md, GDPR), not "the parties".
    expect(clause).toContain("Personuppgiftsansvarig är den nämnd hos uppdragsgivaren");
  });

  it("says plainly when no decision-making is delegated", () => {
    const c = exampleCase();
    c.delegation.used = false;
    expect(draftClause(c, "extern_delegering")).toBe("Ingen beslutanderätt delegeras till anställda hos uppdragstagaren enligt detta avtal.");
  });
});
