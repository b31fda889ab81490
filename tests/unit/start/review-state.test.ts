import { describe, expect, it } from "vitest";
import { REVIEW_STATE_LABELS } from "@/lib/review/labels";
import { type StartReviewRow, type TodoOrderKey, startReview, todoOrder } from "@/lib/start/review-state";

const t = (minute: number) => new Date(Date.UTC(2026, 4, 1, 8, minute));
const EDITOR = "editor";
const JURIST = "jurist";
const row = (parts: Partial<StartReviewRow>): StartReviewRow => ({
  members: [{ userId: EDITOR, role: "EDITOR" }],
  reviewRequests: [],
  approvals: [],
  reviewThreads: [],
  ...parts,
});
const request = (organizationId: string, at: number, close?: { at: number; outcome: "APPROVED" | "RETURNED"; summary?: string }) => ({
  organizationId,
  createdAt: t(at),
  closedAt: close ? t(close.at) : null,
  outcome: close?.outcome ?? null,
  closedByName: close ? "Julia Jurist" : null,
  summary: close?.summary ?? null,
});

describe("a case's legal review on the start page", () => {
  it("is the review page's state, with the return that stands and its summary", () => {
    expect(startReview(row({}), ["A"], "h").state).toBe("not_reviewed");
    expect(startReview(row({ reviewRequests: [request("A", 1)] }), ["A"], "h").state).toBe("in_review");
    const returned = startReview(row({ reviewRequests: [request("A", 1, { at: 5, outcome: "RETURNED", summary: " Komplettera målen. " })] }), ["A"], "h");
    expect(returned.state).toBe("returned");
    expect(REVIEW_STATE_LABELS[returned.state]).toBe("Skickat tillbaka");
    expect(returned.returns).toEqual([{ organizationId: "A", byName: "Julia Jurist", at: t(5), summary: "Komplettera målen." }]);
    // Sent again after the return: it waits for review, and the return no longer stands.
    const again = startReview(row({ reviewRequests: [request("A", 1, { at: 5, outcome: "RETURNED", summary: "x" }), request("A", 9)] }), ["A"], "h");
    expect(again).toMatchObject({ state: "in_review", returns: [] });
    const approved = row({ reviewRequests: [request("A", 1, { at: 5, outcome: "APPROVED" })], approvals: [{ organizationId: "A", createdAt: t(5), documentHash: "h" }] });
    expect(startReview(approved, ["A"], "h").state).toBe("approved");
    expect(startReview(approved, ["A"], "changed").state).toBe("stale");
  });

  it("waits for every party that has a jurist, and lists each party's standing return, newest first", () => {
    const rows = row({
      reviewRequests: [request("A", 1, { at: 3, outcome: "RETURNED", summary: "A:s punkter" }), request("B", 1, { at: 4, outcome: "RETURNED", summary: "B:s punkter" })],
    });
    const review = startReview(rows, ["A", "B"], "h");
    expect(review.state).toBe("returned");
    expect(review.returns.map((r) => r.organizationId)).toEqual(["B", "A"]);
    // A party whose approval the case does not need (no jurist) does not count.
    expect(startReview(rows, ["A"], "h").returns.map((r) => r.organizationId)).toEqual(["A"]);
  });

  it("counts the open threads whose latest comment is not an editor's, and says when the newest of them was written", () => {
    const threads = [{ comments: [{ authorId: JURIST, createdAt: t(2) }] }, { comments: [{ authorId: EDITOR, createdAt: t(9) }] }, { comments: [] }, { comments: [{ authorId: JURIST, createdAt: t(4) }] }];
    expect(startReview(row({ reviewThreads: threads }), [], "h")).toMatchObject({ commentsWaiting: 2, commentsWaitingAt: t(4) });
    expect(startReview(row({ reviewThreads: [{ comments: [{ authorId: EDITOR, createdAt: t(9) }] }] }), [], "h")).toMatchObject({ commentsWaiting: 0, commentsWaitingAt: null });
  });
});

describe("the order of the start page's to-do after the legal review", () => {
  const todo = (id: string, parts: Partial<TodoOrderKey>) => ({ id, returns: [], commentsWaitingAt: null, ...parts });

  it("puts the cases sent back first, then those with only comments waiting, newest first within each", () => {
    const cases = [
      todo("comments-new", { commentsWaitingAt: t(50) }),
      todo("returned-old", { returns: [{ at: t(1) }], commentsWaitingAt: t(55) }),
      todo("comments-old", { commentsWaitingAt: t(10) }),
      // Returned by two parties: its newest return counts.
      todo("returned-new", { returns: [{ at: t(30) }, { at: t(5) }] }),
      todo("returned-middle", { returns: [{ at: t(20) }] }),
    ];
    expect(todoOrder(cases).map((c) => c.id)).toEqual(["returned-new", "returned-middle", "returned-old", "comments-new", "comments-old"]);
    // The list given is left as it was.
    expect(cases[0]!.id).toBe("comments-new");
  });

  it("keeps the order it was given at equal times", () => {
    const cases = [todo("a", { commentsWaitingAt: t(3) }), todo("b", { commentsWaitingAt: t(3) })];
    expect(todoOrder(cases).map((c) => c.id)).toEqual(["a", "b"]);
  });
});

