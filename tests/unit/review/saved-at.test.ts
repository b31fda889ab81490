import { describe, expect, it } from "vitest";
import { anchorThreadsPath, decisionPath, threadPath } from "@/lib/review/components/saved-at";
import { recipientFields, recipientValue } from "@/lib/review/schemas";

// Where a review form posted without JavaScript is sent once saved (Post/Redirect/Get).

const CASE = "3f1b2c4d-0000-4000-8000-000000000001";
const OTHER = "3f1b2c4d-0000-4000-8000-000000000002";
const page = `/arenden/${CASE}/juridisk-granskning`;

describe("where a saved comment or decision stands", () => {
  it("an answer's threads are in the part with the answers, at the answer's step; a clause's and a finding's in their parts", () => {
    expect(anchorThreadsPath(CASE, "ANSWER", "needs.problem")).toBe(`${page}?del=svar&steg=1#kommentera-answer-needs.problem`);
    expect(anchorThreadsPath(CASE, "ANSWER", "economy.selfCostBudget")).toBe(`${page}?del=svar&steg=2a&avsnitt=ekonomi#kommentera-answer-economy.selfCostBudget`);
    expect(anchorThreadsPath(CASE, "ANSWER", "agreement.clauses")).toBe(`${page}?del=avtal#klausuler`);
    expect(anchorThreadsPath(CASE, "CLAUSE", "parter")).toBe(`${page}?del=avtal#kommentera-clause-parter`);
    expect(anchorThreadsPath(CASE, "FINDING", "PARTIES_TOO_FEW")).toBe(`${page}#kommentera-finding-PARTIES_TOO_FEW`);
    expect(decisionPath(CASE, "CLAUSE_MISSING@clauses")).toBe(`${page}#besluta-CLAUSE_5fMISSING_40clauses`);
  });

  it("a reply comes back to the step page it was posted from, and only to one of this case's step pages", () => {
    const thread = { id: "t1", anchorKind: "ANSWER" as const, anchor: "needs.problem" };
    const onReview = `${page}?del=svar&steg=1#kommentera-answer-needs.problem`;
    expect(threadPath(CASE, thread, `/arenden/${CASE}/steg/1`, false)).toBe(`/arenden/${CASE}/steg/1#kommentar-t1`);
    expect(threadPath(CASE, thread, `/arenden/${CASE}/steg/2a/ekonomi`, true)).toBe(`/arenden/${CASE}/steg/2a/ekonomi#steg-kommentarer`);
    for (const from of [undefined, page, `/arenden/${OTHER}/steg/1`, `/arenden/${CASE}/steg/9`, `/arenden/${CASE}/steg/1/../../../x`, "https://elak.example/", "//elak.example/arenden"]) {
      expect(threadPath(CASE, thread, from, false)).toBe(onReview);
    }
  });
});

describe("the request form's choice of who reviews", () => {
  it("carries the party, and the jurist when one is named", () => {
    expect(recipientFields({ recipient: recipientValue("org") })).toEqual({ organizationId: "org", reviewerUserId: "" });
    expect(recipientFields({ recipient: recipientValue("org", "user") })).toEqual({ organizationId: "org", reviewerUserId: "user" });
    // Anything after the first colon is the jurist's id, checked as one: it cannot name a second.
    expect(recipientFields({ recipient: "org:user:more" })).toEqual({ organizationId: "org", reviewerUserId: "user:more" });
    expect(recipientFields({ organizationId: "org" })).toEqual({});
  });
});
