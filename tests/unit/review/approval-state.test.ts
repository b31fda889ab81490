import { describe, expect, it } from "vitest";
import { statedApproval, statedApprovalState, type ApprovalRow } from "@/lib/review/approval";
import { fileApprovalStamp } from "@/lib/documents/model";
import { exampleCase } from "../../support/documents";

// What a case's documents say about its legal approval (lib/review/approval.ts): approved when
// every party whose approval the case needs has approved this very document, a draft approved by
// some of them when only some have, and a plain draft otherwise.

const NORRSTROM = "00000000-0000-4000-8000-000000000001";
const FJALLVIKEN = "00000000-0000-4000-8000-000000000002";
const parties = [
  { id: FJALLVIKEN, name: "Fjällvikens kommun" },
  { id: NORRSTROM, name: "Norrströms kommun" },
];
const approval = (organizationId: string, documentHash: string, at: string, reviewerName: string): ApprovalRow => ({
  organizationId,
  caseVersion: 5,
  documentHash,
  createdAt: new Date(at),
  reviewerName,
});
const input = (approvals: ApprovalRow[]) => ({ parties, approving: [NORRSTROM, FJALLVIKEN], approvals, hash: "h5", doc: exampleCase() });

describe("the approval the documents state", () => {
  it("is a plain draft while no party has approved this document", () => {
    const state = statedApprovalState(input([approval(NORRSTROM, "h4", "2026-12-01T10:00:00Z", "Anna Jurist")]));
    expect(state).toEqual({ approval: undefined, partial: undefined, statement: "" });
  });

  it("is a draft approved by one party, naming the party still to approve, when only one has", () => {
    const state = statedApprovalState(input([approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "Anna Jurist")]));
    expect(state.approval).toBeUndefined();
    expect(statedApproval(input([approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "Anna Jurist")]))).toBeUndefined();
    expect(state.partial).toMatchObject({ version: 5, approvedAt: "2026-12-01", reviewers: ["Anna Jurist (Norrströms kommun)"], awaiting: ["Fjällvikens kommun"] });
    // The key files are stored under: what their pages will say.
    expect(state.statement).toBe("UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun; godkänt i version 5, 2026-12-01 av Anna Jurist (Norrströms kommun)");
  });

  // A walk: Fjällviken's tjänsteskrivelse said only "ännu inte juridiskt godkänt för Fjällvikens
  // kommun" while Fjällviken's jurist had sent the case back; a nämnd read it as nearly approved.
  it("says of a party still awaited that its jurist sent the case back, when that is the party's latest word", () => {
    const approvals = [approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "Anna Jurist")];
    const returnedBy = (organizationId: string) => [{ organizationId, outcome: "RETURNED" as const, createdAt: new Date("2026-12-02T09:00:00Z"), closedAt: new Date("2026-12-02T10:00:00Z") }];
    const state = statedApprovalState({ ...input(approvals), requests: returnedBy(FJALLVIKEN) });
    expect(state.partial?.returned).toEqual(["Fjällvikens kommun"]);
    expect(state.statement).toBe(
      "UTKAST – ännu inte juridiskt godkänt för Fjällvikens kommun (skickat tillbaka av partens jurist); godkänt i version 5, 2026-12-01 av Anna Jurist (Norrströms kommun)",
    );
    // The files list says what the file says, up to who approved.
    expect(fileApprovalStamp({ approvalVersion: 0, approvalStatement: state.statement })).toBe("utkast, ännu inte juridiskt godkänt för Fjällvikens kommun (skickat tillbaka av partens jurist)");
    // A party whose approval of this document holds is not awaited, so it is never said to have sent it back.
    expect(statedApprovalState({ ...input(approvals), requests: returnedBy(NORRSTROM) }).partial?.returned).toBeUndefined();
    // A return followed by a new request is no longer the party's latest word.
    const sentAgain = [...returnedBy(FJALLVIKEN), { organizationId: FJALLVIKEN, outcome: null, createdAt: new Date("2026-12-03T09:00:00Z"), closedAt: null }];
    expect(statedApprovalState({ ...input(approvals), requests: sentAgain }).partial?.returned).toBeUndefined();
  });

  it("counts only a party's latest approval: an older approval of this document does not hold after one of another", () => {
    const state = statedApprovalState(
      input([approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "Anna Jurist"), approval(FJALLVIKEN, "h5", "2026-12-01T11:00:00Z", "Fia Jurist"), approval(FJALLVIKEN, "h6", "2026-12-02T09:00:00Z", "Fia Jurist")]),
    );
    expect(state.partial?.awaiting).toEqual(["Fjällvikens kommun"]);
    expect(state.partial?.reviewers).toEqual(["Anna Jurist (Norrströms kommun)"]);
  });

  it("is approved, not partly, when every party has approved this document", () => {
    const state = statedApprovalState(input([approval(FJALLVIKEN, "h5", "2026-12-01T09:00:00Z", "Fia Jurist"), approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "Anna Jurist")]));
    expect(state.partial).toBeUndefined();
    expect(state.statement).toMatch(/^Juridiskt granskat och godkänt: version 5, 2026-12-01 av Fia Jurist/);
    expect(state.approval).toMatchObject({ version: 5, reviewers: ["Fia Jurist (Fjällvikens kommun)", "Anna Jurist (Norrströms kommun)"] });
  });

  it("keys a state by all it says: who approved, who is awaited, who has no jurist", () => {
    const three = { id: "00000000-0000-4000-8000-000000000003", name: "Sjöbo kommun" };
    const base = { parties: [...parties, three], approving: [NORRSTROM, FJALLVIKEN, three.id], hash: "h5", doc: exampleCase() };
    const a = statedApprovalState({ ...base, approvals: [approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "A"), approval(FJALLVIKEN, "h5", "2026-12-01T11:00:00Z", "B")] });
    expect(a.partial?.awaiting).toEqual(["Sjöbo kommun"]);
    // One party more approving is another state, so a file of the state before is not handed out as this one.
    const one = statedApprovalState({ ...base, approvals: [approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "A")] });
    expect(one.statement).not.toBe(a.statement);
    // The same approvals, with Sjöbo still without a jurist (not among those who must approve), then with one (awaited): two states.
    const withoutJurist = statedApprovalState({ ...base, approving: [NORRSTROM, FJALLVIKEN], approvals: [approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "A")] });
    const withJurist = statedApprovalState({ ...base, approvals: [approval(NORRSTROM, "h5", "2026-12-01T10:00:00Z", "A")] });
    expect(withoutJurist.statement).toContain("inte granskat för Sjöbo kommun");
    expect(withJurist.statement).toContain("ännu inte juridiskt godkänt för Fjällvikens kommun och Sjöbo kommun");
    expect(withoutJurist.statement).not.toBe(withJurist.statement);
  });
});
