import { describe, expect, it } from "vitest";
import { emptyCase, type Case } from "@/lib/case";
import { formatPercent } from "@/lib/format";
import { evaluateCase } from "@/lib/rules";
import { answerLabel, describeChange, diffAnswers, foldDiffs, markedChange } from "@/lib/review/diff";
import { canonicalJson, findingFacts, keyFindings, openPoints, valueAtField } from "@/lib/review/findings";
import { overallReviewState, partyReviewState } from "@/lib/review/status";
import { REVIEW_STATE_LABELS, undecidedMessage, type OnePartyReviewState } from "@/lib/review/labels";
import { exampleCase } from "../../support/documents";

/** An answer as the history shows it after a change from no answer. */
const describeAnswer = (c: Case, path: string, value: unknown) => describeChange(c, path, null, value).after;

const withAnswers = (patch: (c: Case) => void): Case => {
  const c = structuredClone(emptyCase());
  patch(c);
  return c;
};

describe("diffAnswers", () => {
  it("lists each changed answer with its value before and after, clauses one by one", () => {
    const before = withAnswers((c) => {
      c.needs.problem = "Långa väntetider";
    });
    const after = withAnswers((c) => {
      c.needs.problem = "Väntetid 14 veckor";
      c.agreement.clauses.parter = "Norrström och Fjällviken";
    });
    expect(diffAnswers(before, after)).toEqual([
      { path: "needs.problem", before: "Långa väntetider", after: "Väntetid 14 veckor" },
      { path: "agreement.clauses.parter", before: null, after: "Norrström och Fjällviken" },
    ]);
    expect(diffAnswers(before, before)).toEqual([]);
  });

  it("folds consecutive saves into one change per answer and drops answers changed back", () => {
    expect(
      foldDiffs([
        [{ path: "a", before: "1", after: "2" }, { path: "b", before: "x", after: "y" }],
        [{ path: "a", before: "2", after: "3" }, { path: "b", before: "y", after: "x" }],
      ]),
    ).toEqual([{ path: "a", before: "1", after: "3" }]);
  });

  it("names answers as the wizard asks them, never by their path", () => {
    const label = answerLabel("needs.problem");
    expect(label.step).toBe("1");
    expect(label.label).not.toContain("needs.");
    expect(answerLabel("agreement.clauses.parter").label).toMatch(/^Avtalsklausul: /);
  });

  it("shows a version of an answer as the check-answers page does, never as stored keys", () => {
    const c = { ...emptyCase(), parties: [{ id: "n", name: "Norrströms kommun", type: "kommun" as const }] };
    expect(describeAnswer(c, "needs.problem", null)).toBe("(inget svar)");
    expect(describeAnswer(c, "needs.problem", "")).toBe("(inget svar)");
    expect(describeAnswer(c, "organisation.huvudmannaskapRetained", true)).toBe("Ja");
    expect(describeAnswer(c, "economy.selfCostBudget", 1250000)).toMatch(/^1\s250\s000\skr$/);
    // A choice by its label, a cost share by its party's name, step 2C's aid question by question.
    expect(describeAnswer(c, "needs.activityArea", "familjeratt")).toBe("Familjerätt");
    expect(describeAnswer(c, "economy.costShares", [{ partyId: "n", percent: 100 }])).toBe(`Norrströms kommun: ${formatPercent(100)}`);
    const aid = describeAnswer(c, "collaborationForm.decisionAid", { privateActors: false, stateAgencies: false });
    expect(aid).toContain("Privata aktörer med: Nej");
    expect(aid).not.toMatch(/privateActors|stateAgencies/);
  });
});

describe("finding fingerprints", () => {
  it("key findings uniquely", () => {
    const keys = keyFindings(evaluateCase(emptyCase(), "2026-06-01").findings).map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("the facts change exactly when an answer in the finding's fields changes", () => {
    const doc = emptyCase();
    const finding = { ...evaluateCase(doc, "2026-06-01").findings[0]!, fields: ["needs.problem"] };
    const same = findingFacts(doc, finding);
    expect(findingFacts(withAnswers((c) => (c.needs.inScope = "Annat")), finding)).toBe(same);
    expect(findingFacts(withAnswers((c) => (c.needs.problem = "Nytt")), finding)).not.toBe(same);
  });

  // A jurist's "Verifierad" on the direct award's assumptions rests on the value the route was judged
  // with (LOU 5 kap. 13 §: the whole term's payments); a walk saw one stand after the budget changed.
  it("of the direct award's assumptions change with the budget, so a verification reopens", () => {
    const c = exampleCase();
    const date = "2025-10-01";
    const assumptions = (doc: Case) => evaluateCase(doc, date).findings.find((f) => f.code === "PROC_DIRECT_AWARD_ASSUMPTIONS");
    const before = assumptions(c);
    expect(before, "the example relies on a direct award that applies").toBeDefined();
    const changed = structuredClone(c);
    changed.economy.selfCostBudget = (c.economy.selfCostBudget ?? 0) + 100_000;
    expect(assumptions(changed), "still applies").toBeDefined();
    expect(findingFacts(changed, assumptions(changed)!)).not.toBe(findingFacts(c, before!));
    // Split by inhabitants, a party's population moves its share of the value (a walk: verified at
    // 1 826 087 kr, still "Verifierad" at 2 054 795 kr).
    const byInhabitants = structuredClone(c);
    byInhabitants.economy.costSplitMethod = "befolkning";
    byInhabitants.parties = byInhabitants.parties.map((p, index) => ({ ...p, population: 40_000 + index * 1_000 }));
    const moved = structuredClone(byInhabitants);
    moved.parties[1] = { ...moved.parties[1]!, population: 45_000 };
    expect(assumptions(byInhabitants) && assumptions(moved), "still applies").toBeTruthy();
    expect(findingFacts(moved, assumptions(moved)!)).not.toBe(findingFacts(byInhabitants, assumptions(byInhabitants)!));
  });

  it("reads bracketed and dotted list paths", () => {
    const doc = withAnswers((c) => c.parties.push({ id: "p1", name: "Norrström" } as Case["parties"][number]));
    expect(valueAtField(doc, "parties[0].name")).toBe("Norrström");
    expect(valueAtField(doc, "parties.0.name")).toBe("Norrström");
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});

describe("review state", () => {
  const t = (minute: number) => new Date(Date.UTC(2026, 10, 25, 10, minute));
  it("follows the party's latest event, and an approval of another document is stale", () => {
    expect(partyReviewState({ requests: [], approvals: [] }, "h")).toBe("not_reviewed");
    expect(partyReviewState({ requests: [{ createdAt: t(1), closedAt: null, outcome: null }], approvals: [] }, "h")).toBe("in_review");
    expect(partyReviewState({ requests: [{ createdAt: t(1), closedAt: t(2), outcome: "RETURNED" }], approvals: [] }, "h")).toBe("returned");
    expect(partyReviewState({ requests: [{ createdAt: t(1), closedAt: t(2), outcome: "APPROVED" }], approvals: [{ createdAt: t(2), documentHash: "h" }] }, "h")).toBe("approved");
    expect(partyReviewState({ requests: [], approvals: [{ createdAt: t(2), documentHash: "old" }] }, "h")).toBe("stale");
    expect(partyReviewState({ requests: [{ createdAt: t(3), closedAt: null, outcome: null }], approvals: [{ createdAt: t(2), documentHash: "h" }] }, "h")).toBe("in_review");
  });

  it("a request taken back before a jurist answered counts as never sent", () => {
    const withdrawn = { createdAt: t(3), closedAt: t(4), outcome: "WITHDRAWN" as const };
    expect(partyReviewState({ requests: [withdrawn], approvals: [] }, "h")).toBe("not_reviewed");
    // Sent back earlier, then sent again and taken back: the return still stands.
    expect(partyReviewState({ requests: [{ createdAt: t(1), closedAt: t(2), outcome: "RETURNED" }, withdrawn], approvals: [] }, "h")).toBe("returned");
    // An approval that went stale, sent again and taken back: still stale, not "Under granskning".
    expect(partyReviewState({ requests: [withdrawn], approvals: [{ createdAt: t(2), documentHash: "old" }] }, "h")).toBe("stale");
    // Sent again after taking it back: under review.
    expect(partyReviewState({ requests: [withdrawn, { createdAt: t(5), closedAt: null, outcome: null }], approvals: [] }, "h")).toBe("in_review");
  });

  // What "Juridisk granskning: …" should tell a person about a case with two parties that have
  // jurists (start page, "Mina ärenden", the case's overview, "Kontrollera svaren"), for every
  // pair of party states, in either order. "Under granskning" only while some party's jurists
  // have the case; an approval beside a party never sent is "Delvis godkänt", not "Under
  // granskning" (a tester was told the case was being reviewed while nobody was). A return comes
  // first: the editors have something to fix, and an approval gone stale meanwhile is sent again
  // with the fix. Then a stale approval (send it again), then a review under way.
  const NOT_SENT = "not_reviewed";
  const IN_REVIEW = "in_review";
  const RETURNED = "returned";
  const APPROVED = "approved";
  const STALE = "stale";
  const told: [OnePartyReviewState, OnePartyReviewState, string][] = [
    [NOT_SENT, NOT_SENT, "Inte granskat"],
    [NOT_SENT, IN_REVIEW, "Under granskning"],
    [NOT_SENT, RETURNED, "Skickat tillbaka"],
    [NOT_SENT, APPROVED, "Delvis godkänt"],
    [NOT_SENT, STALE, "Godkännandet är inaktuellt"],
    [IN_REVIEW, IN_REVIEW, "Under granskning"],
    [IN_REVIEW, RETURNED, "Skickat tillbaka"],
    [IN_REVIEW, APPROVED, "Under granskning"],
    [IN_REVIEW, STALE, "Godkännandet är inaktuellt"],
    [RETURNED, RETURNED, "Skickat tillbaka"],
    [RETURNED, APPROVED, "Skickat tillbaka"],
    [RETURNED, STALE, "Skickat tillbaka"],
    [APPROVED, APPROVED, "Godkänt"],
    [APPROVED, STALE, "Godkännandet är inaktuellt"],
    [STALE, STALE, "Godkännandet är inaktuellt"],
  ];

  it("covers every pair of two parties' states", () => {
    const states: OnePartyReviewState[] = [NOT_SENT, IN_REVIEW, RETURNED, APPROVED, STALE];
    const pairs = new Set(told.map(([a, b]) => [a, b].sort().join("+")));
    expect(pairs.size).toBe((states.length * (states.length + 1)) / 2);
  });

  it.each(told)("the case with one party %s and the other %s says %s, whichever party is which", (a, b, label) => {
    expect(REVIEW_STATE_LABELS[overallReviewState([a, b])]).toBe(label);
    expect(REVIEW_STATE_LABELS[overallReviewState([b, a])]).toBe(label);
  });

  it("a case whose parties need no approval is not reviewed; one party alone says its own state", () => {
    expect(overallReviewState([])).toBe("not_reviewed");
    for (const state of [NOT_SENT, IN_REVIEW, RETURNED, APPROVED, STALE] as const) expect(overallReviewState([state])).toBe(state);
  });

  it("with three parties: approved only when all approved, partly while one was never sent", () => {
    expect(REVIEW_STATE_LABELS[overallReviewState([APPROVED, APPROVED, NOT_SENT])]).toBe("Delvis godkänt");
    expect(REVIEW_STATE_LABELS[overallReviewState([APPROVED, NOT_SENT, IN_REVIEW])]).toBe("Under granskning");
    expect(REVIEW_STATE_LABELS[overallReviewState([APPROVED, APPROVED, APPROVED])]).toBe("Godkänt");
  });
});

describe("openPoints (what \"Att granska\" counts as open)", () => {
  const finding = (code: string, severity: "blocker" | "warning", verify: boolean) =>
    ({ code, severity, verify, title: code, explanation: "", fields: [], step: "1", legalBasis: [], reportChapter: "1" }) as unknown as Parameters<typeof keyFindings>[0][number];
  const findings = keyFindings([finding("B1", "blocker", false), finding("B2", "blocker", false), finding("B3", "blocker", true), finding("W1", "warning", true)]);

  it("counts every blocker and point to verify while nothing is decided", () => {
    expect(openPoints(findings, [])).toEqual({ blockers: 3, unverified: 2 });
  });

  it("closes a blocker only with accepted risk or not applicable on the same facts, a point only with verified", () => {
    expect(
      openPoints(findings, [
        { findingKey: "B1", kind: "ACCEPTED_RISK", holds: true },
        { findingKey: "B2", kind: "MUST_FIX", holds: true },
        { findingKey: "B3", kind: "NOT_APPLICABLE", holds: false },
        { findingKey: "W1", kind: "VERIFIED", holds: true },
      ]),
    ).toEqual({ blockers: 2, unverified: 1 });
  });

  it("closes a blocker that is a fact to verify when it is verified: one decision cannot be both accepted and verified", () => {
    // Before, B3 stayed open as a blocker when verified and as a point to verify when accepted,
    // so the queue never showed it settled (and an approval waiting for it could never come).
    expect(openPoints(findings, [{ findingKey: "B3", kind: "VERIFIED", holds: true }])).toEqual({ blockers: 2, unverified: 1 });
    expect(openPoints(findings, [{ findingKey: "B3", kind: "ACCEPTED_RISK", holds: true }])).toEqual({ blockers: 2, unverified: 2 });
  });
});

describe("undecidedMessage (why \"Godkänn\" waits)", () => {
  it("agrees with the noun: ett hinder avgjort, en punkt avgjord, and more avgjorda", () => {
    expect(undecidedMessage({ blockers: 1, unverified: 0 })).toMatch(/^1 hinder är inte avgjort för din part\. Du avgör ett hinder med/);
    expect(undecidedMessage({ blockers: 0, unverified: 1 })).toMatch(/^1 punkt att verifiera är inte avgjord för din part\. Du avgör en punkt att verifiera med ”Verifierad”/);
    expect(undecidedMessage({ blockers: 7, unverified: 1 })).toMatch(/^7 hinder och 1 punkt att verifiera är inte avgjorda för din part\./);
  });
});

// A walk: a clause of some 500 characters with a line added at its end showed the same 400
// characters as "Förut" and "Nu", and the change could not be seen.
describe("an answer before and after a change", () => {
  const c = exampleCase();
  const path = "agreement.clauses.ekonomi";
  const long = Array.from({ length: 12 }, (_, i) => `Stycke ${i + 1} om ersättningen och hur den fördelas mellan parterna.`).join(" ");

  it("is cut where the two differ, so the change is in both excerpts", () => {
    const shown = describeChange(c, path, long, `${long} Timpris 900 kr.`);
    expect(shown.before).not.toBe(shown.after);
    expect(shown.after).toContain("Timpris 900 kr.");
    expect(shown.before.startsWith("… ")).toBe(true);
    // Cut at a word, with what the two share just before the change kept.
    expect(shown.after).toMatch(/^… [A-ZÅÄÖa-zåäö]/);
    expect(shown.after).toContain("Stycke 12 om ersättningen");
    expect(shown.after.length).toBeLessThanOrEqual(400 + 4);
  });

  // A review: the two excerpts are cut apart, so marks made on them called words removed that
  // were only cut off. The marks come from the whole texts.
  it("marks a long answer's change on the whole texts: only the words changed, in their sentence", () => {
    const grown = markedChange(c, path, long, long.replace("Stycke 6 om", "Stycke sex om"));
    expect(grown.marked?.filter((part) => part.kind !== "same").map((part) => `${part.kind}:${part.text}`)).toEqual(["removed:6", "added:sex"]);
    expect(grown.marked?.map((part) => part.text).join("").length).toBeLessThan(250);
    const added = markedChange(c, path, long, `${long} Timpris 900 kr.`);
    expect(added.marked?.filter((part) => part.kind !== "same").map((part) => part.text.trim())).toEqual(["Timpris 900 kr."]);
    // Short answers are shown before and after, whole.
    expect(markedChange(c, "economy.selfCostBudget", 1_000_000, 1_250_000).marked).toBeUndefined();
  });

  it("leaves short answers whole, and cuts a change at the start at the end only", () => {
    const budget = describeChange(c, "economy.selfCostBudget", 1_000_000, 1_250_000);
    expect(budget.before).toMatch(/^1\s000\s000\skr$/);
    expect(budget.after).toMatch(/^1\s250\s000\skr$/);
    const shown = describeChange(c, path, `A ${long}`, `B ${long}`);
    expect(shown.before.startsWith("A Stycke 1")).toBe(true);
    expect(shown.after.startsWith("B Stycke 1")).toBe(true);
    expect(shown.after.endsWith(" …")).toBe(true);
  });

  // A review: a long run without spaces after the change (an address) pulled the end back before
  // the difference, and lines broken without spaces were cut inside a word.
  it("keeps the difference when no space follows it, and cuts at a line break as at a space", () => {
    const url = `https://example.se/${"a".repeat(380)}`;
    const shown = describeChange(c, path, `${long} Se ${url}`, `${long} Läs ${url}`);
    expect(shown.before).toContain(" Se ");
    expect(shown.after).toContain(" Läs ");
    const lines = Array.from({ length: 120 }, (_, i) => `rad${i + 1}`).join("\n");
    const cut = describeChange(c, path, `${lines}\nslut`, `${lines}\nnytt slut`);
    expect(cut.after).toMatch(/^… rad\d+\n/);
    expect(cut.after).toContain("nytt slut");
  });
});
