import { describe, expect, it } from "vitest";
import { CLAUSE_IDS, emptyCase } from "@/lib/case";
import { evaluateCase } from "@/lib/rules";
import { completionNotice, countedFindings, countedSummary, deferredFindingsText, findingsInStartedSteps, isAnswered, openOnCompletion, stepProgress } from "@/lib/wizard/progress";
import { pageByKey } from "@/lib/wizard/pages";

const DATE = "2025-03-01";

function progressOf(c: ReturnType<typeof emptyCase>, completed: string[] = []) {
  return stepProgress(c, evaluateCase(c, DATE), completed);
}

function statusOf(c: ReturnType<typeof emptyCase>, completed: string[] = []) {
  return Object.fromEntries(progressOf(c, completed).map((p) => [p.step, p]));
}

describe("isAnswered", () => {
  it("counts content, not containers", () => {
    expect(isAnswered("  ")).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(false)).toBe(true);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered({ a: undefined, b: "" })).toBe(false);
    expect(isAnswered({ a: "x" })).toBe(true);
  });
});

describe("stepProgress", () => {
  it("locks no step, but recommends the steps each one builds on", () => {
    const p = statusOf(emptyCase());
    expect(Object.values(p).map((s) => s.status)).toEqual(Array(8).fill("not_started"));
    expect(p["1"]).toMatchObject({ recommendFirst: [], deferred: false });
    expect(p["2A"]).toMatchObject({ recommendFirst: ["1"], deferred: true });
    expect(p["3A"]?.recommendFirst).toEqual(["2C"]);
    expect(p["4"]?.recommendFirst).toEqual(["2A", "2B"]);
  });

  it("does not count an untouched later step's findings against the case until it can start", () => {
    const c = emptyCase();
    const evaluation = evaluateCase(c, DATE);
    const progress = stepProgress(c, evaluation, []);
    // An empty case's later steps have warnings (step 4: every part an agreement should contain).
    expect(evaluation.findings.some((f) => f.step === "4" && f.severity === "warning")).toBe(true);
    expect(countedFindings(evaluation, progress).some((f) => f.step !== "1" && f.step !== "2B" && f.step !== "2C")).toBe(false);
    expect(countedSummary(evaluation, progress).warnings).toBeLessThan(evaluation.summary.warnings);

    c.title = "Familjebehandling";
    c.needs.problem = "Svårt att rekrytera";
    const started = stepProgress(c, evaluateCase(c, DATE), []);
    const twoA = started.find((p) => p.step === "2A")!;
    expect(twoA.deferred).toBe(false);
    expect(countedFindings(evaluateCase(c, DATE), started).some((f) => f.step === "2A")).toBe(true);
  });

  it("stops recommending other steps once a step has answers of its own", () => {
    const c = emptyCase();
    c.control.followUpRoutine = "Kvartalsvis uppföljning";
    expect(statusOf(c)["3A"]).toMatchObject({ recommendFirst: [], deferred: false, status: "in_progress" });
  });

  it("moves a step to in progress once something is answered", () => {
    const c = emptyCase();
    c.title = "Familjebehandling";
    c.needs.problem = "Svårt att rekrytera";
    const p = statusOf(c);
    expect(p["1"]).toMatchObject({ answered: 2 });
    expect(["in_progress", "has_problems"]).toContain(p["1"]?.status);
    expect(p["2B"]?.status).toBe("not_started");
  });

  it("gives each topic of step 2A its own status, findings and count of the questions that apply", () => {
    const c = emptyCase();
    c.organisation.taskAllocation = "Norrström leder arbetet";
    c.delegation.used = false;
    const topics = statusOf(c)["2A"]!.topics;
    expect(topics.map((t) => t.title)).toEqual(["Organisation", "Ekonomi", "Juridik och upphandling"]);
    const [organisation, economy, law] = topics;
    expect(organisation).toMatchObject({ answered: 1 });
    expect(["in_progress", "has_problems"]).toContain(organisation!.status);
    expect(economy!.status).toBe("not_started");
    expect(law!.answered).toBe(1);

    // The delegation's three details apply only once decisions are delegated.
    const lawTotal = law!.total;
    c.delegation.used = true;
    expect(statusOf(c)["2A"]!.topics[2]!.total).toBe(lawTotal + 3);
  });

  it("completes a topic on its own, and the step when every topic is complete", () => {
    const c = emptyCase();
    c.staff.changesEmployer = false;
    const one = statusOf(c, ["2A:organisation"])["2A"]!;
    expect(one.topics[0]!.status === "completed" || one.topics[0]!.status === "has_problems").toBe(true);
    expect(one.status).not.toBe("completed");
    const legacy = statusOf(c, ["2A"])["2A"]!;
    expect(legacy.topics.every((t) => t.status === "completed" || t.status === "has_problems")).toBe(true);
  });

  it("shows problems for a started step with blockers, even when marked complete", () => {
    const c = emptyCase();
    c.parties = [{ id: "a", name: "Norrströms kommun", type: "kommunalt_bolag" }];
    const p = statusOf(c, ["2B"]);
    expect(p["2B"]?.blockers).toBeGreaterThan(0);
    expect(p["2B"]?.status).toBe("has_problems");
  });

  it("is completed when marked so and free of blockers", () => {
    const c = emptyCase();
    c.control.followUpRoutine = "Kvartalsvis uppföljning i ledningsgruppen";
    c.control.annualReportToCouncil = true;
    c.control.internalControl = "Ingår i nämndens internkontrollplan";
    c.control.executiveBoardOversight = true;
    const p = statusOf(c, ["3A"]);
    expect(p["3A"]?.blockers).toBe(0);
    expect(p["3A"]?.status).toBe("completed");
  });
});

describe("what completing a page leaves open", () => {
  // Step 2A's economy as the guide asks it: the two price questions say "Lämna tomt om …" (left
  // empty when the price follows from the self-cost and the shares), and the older answers to look
  // over are no question at all (shown only when there are any).
  const economy = {
    ...emptyCase().economy,
    selfCostBudget: 2_000_000,
    costSplitMethod: "fast",
    costShares: [{ partyId: "a", percent: 100 }],
    compensationForm: "pengar",
    deficitSharing: "Underskott delas efter andelarna.",
    term: { kind: "fast", months: 24, extensionMonths: 12 },
    preparedForDecision: true,
  } as ReturnType<typeof emptyCase>["economy"];

  it("does not count a question that may be left empty, nor the older answers to look over", () => {
    const c = { ...emptyCase(), economy };
    const open = openOnCompletion(c, evaluateCase(c, DATE), "2A:ekonomi");
    expect(open.unanswered).toBe(0);
    const topic = statusOf(c)["2A"]!.topics.find((t) => t.key === "2A:ekonomi")!;
    expect(topic.answered).toBe(topic.total);
    expect(topic.total).toBe(open.total);
  });

  it("counts every other question of the page that applies, answered or not", () => {
    const c = { ...emptyCase(), economy: { ...economy, deficitSharing: undefined, preparedForDecision: undefined } };
    const open = openOnCompletion(c, evaluateCase(c, DATE), "2A:ekonomi");
    expect(open.unanswered).toBe(2);
    // Step 1 asks seven questions; a whole step's key counts all of its topics.
    expect(openOnCompletion(emptyCase(), evaluateCase(emptyCase(), DATE), "1")).toMatchObject({ unanswered: 7, total: 7 });
    const whole = openOnCompletion(c, evaluateCase(c, DATE), "2A");
    const topics = statusOf(c)["2A"]!.topics;
    expect(whole.total).toBe(topics.reduce((sum, t) => sum + t.total, 0));
  });
});

describe("step 4's count of clauses", () => {
  it("counts the clauses the case needs, not one marked optional for it, written or not (a walk read '14 av 15')", () => {
    const c = emptyCase();
    const evaluation = evaluateCase(c, DATE);
    const needed = evaluation.clauses.required.map((r) => r.clauseId);
    const optional = CLAUSE_IDS.filter((id) => !needed.includes(id));
    expect(optional.length).toBeGreaterThan(0);
    const before = statusOf(c)["4"]!;
    const written = { ...c, agreement: { ...c.agreement, clauses: Object.fromEntries(optional.map((id) => [id, "Egen text."])) } } as typeof c;
    expect(statusOf(written)["4"]).toMatchObject({ answered: before.answered, total: before.total });
    const neededWritten = { ...c, agreement: { ...c.agreement, clauses: { [needed[0]!]: "Egen text." } } } as typeof c;
    expect(statusOf(neededWritten)["4"]).toMatchObject({ answered: before.answered + 1, total: before.total });
    expect(openOnCompletion(c, evaluation, "4").total).toBe(before.total);
  });
});

describe("the overview's word after \"Är avsnittet klart?\"", () => {
  it("says a page is marked complete, and that one with blockers left does not count as done yet", () => {
    const c = emptyCase();
    // An empty case has a blocker in step 2B (fewer than two parties), none in step 1.
    const completed = ["1", "2B"];
    const progress = progressOf(c, completed);
    expect(completionNotice(pageByKey("1")!, progress, completed)).toBe(" Avsnittet är markerat som klart.");
    expect(completionNotice(pageByKey("2B")!, progress, completed)).toBe(" Avsnittet är markerat som klart men har hinder kvar, och räknas som klart först när de är lösta.");
    // Answered "Nej, jag återkommer senare": the answers are saved, nothing more is said.
    expect(completionNotice(pageByKey("3A")!, progress, completed)).toBe("");
  });
});

describe("the blockers the case's counts leave out", () => {
  it("are said beside the counts, so they add up to what the legal review counts", () => {
    const c = emptyCase();
    const evaluation = evaluateCase(c, "2026-06-01");
    const progress = stepProgress(c, evaluation, []);
    const counted = countedSummary(evaluation, progress);
    const all = evaluation.summary;
    expect(all.blockers).toBeGreaterThan(counted.blockers);
    expect(all.warnings).toBeGreaterThan(counted.warnings);
    expect(all.verifyItems).toBe(counted.verifyItems);
    // The steps named are those waiting for a step not begun with a blocker or warning there (an empty case has no points to verify); step 1 waits for nothing.
    const waiting = progress.filter((p) => p.deferred && evaluation.findings.some((f) => f.step === p.step && f.severity !== "info")).map((p) => p.step);
    expect(waiting.length).toBeGreaterThan(1);
    expect(waiting).not.toContain("1");
    expect(deferredFindingsText(evaluation, progress)).toBe(
      `Därtill finns i steg ${waiting.slice(0, -1).join(", ")} och ${waiting.at(-1)}, som väntar på steg ni inte har påbörjat, ${all.blockers - counted.blockers} hinder och ${all.warnings - counted.warnings} varningar; den juridiska granskningen räknar dem också.`,
    );
  });

  it("are not mentioned when no step is waiting", () => {
    const c = emptyCase();
    const evaluation = evaluateCase(c, "2026-06-01");
    const progress = stepProgress(c, evaluation, []).map((p) => ({ ...p, deferred: false }));
    expect(deferredFindingsText(evaluation, progress)).toBe("");
  });
});

describe("the points to verify of steps not begun", () => {
  it("are named beside the blockers and warnings", () => {
    const finding = (step: string, severity: string, verify = false) => ({ step, severity, verify });
    // 3A waits too, with only an upplysning: it adds nothing to the counts, so it is not named.
    const evaluation = { findings: [finding("1", "blocker"), finding("3A", "info"), finding("3B", "info", true), finding("3B", "warning")] } as unknown as Parameters<typeof deferredFindingsText>[0];
    const progress = [{ step: "1", deferred: false }, { step: "3A", deferred: true }, { step: "3B", deferred: true }] as unknown as Parameters<typeof deferredFindingsText>[1];
    expect(deferredFindingsText(evaluation, progress)).toBe("Därtill finns i steg 3B, som väntar på steg ni inte har påbörjat, 1 varning och 1 punkt att verifiera (kan vara samma iakttagelse); den juridiska granskningen räknar dem också.");
    const onlyVerify = { findings: [finding("3A", "info"), finding("3B", "info", true)] } as unknown as Parameters<typeof deferredFindingsText>[0];
    expect(deferredFindingsText(onlyVerify, progress)).toBe("Därtill finns i steg 3B, som väntar på steg ni inte har påbörjat, 1 punkt att verifiera; den juridiska granskningen räknar den också.");
  });
});

describe("findings in the steps a case has begun", () => {
  it("leaves out what an unanswered step lacks, and keeps the findings of a step with an answer", () => {
    const c = emptyCase();
    c.title = "Familjerätt";
    c.needs.problem = "Få familjerättssekreterare.";
    const evaluation = evaluateCase(c, "2026-06-01");
    const kept = findingsInStartedSteps(c, evaluation);
    // The empty case's engine finds things in later steps too (what is missing there).
    expect(evaluation.findings.some((f) => f.step !== "1")).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((f) => f.step === "1")).toBe(true);
    expect(kept).toEqual(evaluation.findings.filter((f) => f.step === "1"));
  });
});
