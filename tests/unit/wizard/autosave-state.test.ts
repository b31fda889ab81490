import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allSaved,
  beginSave,
  conflictsOf,
  draftEntries,
  edited,
  initialState,
  refusedAnswers,
  resolveConflict,
  restoreDrafts,
  retryable,
  retryDelayMs,
  saveConfirmed,
  saveFailed,
  saveRefused,
  unsentChanges,
  type AutosaveState,
} from "@/lib/wizard/autosave-state";
import { mergeAnswers, type AnswerChange } from "@/lib/wizard/merge";
import { getAt, sameAnswer } from "@/lib/wizard/paths";

const PATHS = ["needs.problem", "needs.inScope"];

/** The server's side of one save: the real merge, as lib/wizard/data.ts runs it. */
function serve(server: { doc: unknown; version: number }, changes: AnswerChange[]) {
  const merged = mergeAnswers(server.doc, changes);
  if (merged.applied.length > 0) {
    server.doc = merged.doc;
    server.version++;
  }
  return { version: server.version, doc: server.doc, conflicts: merged.conflicts };
}

describe("the autosave state machine", () => {
  it("keeps who saved the other version while it stands, and forgets it when that answer changes again", () => {
    const server = { doc: { needs: { problem: "Pers text" } } as unknown, version: 2 };
    let a = initialState({ needs: {} }, 1, PATHS);
    a = edited(a, "needs.problem", "Noras text");
    const save = beginSave(a, PATHS);
    const changedBy = { name: "Per Partner", at: "2026-12-02T16:10:00.000Z" };
    const refused = { ...serve(server, save.changes), conflicts: [{ path: "needs.problem", mine: "Noras text", theirs: "Pers text", changedBy }] };
    a = saveConfirmed(save.state, refused).state;
    expect(conflictsOf(a)).toEqual([{ path: "needs.problem", mine: "Noras text", theirs: "Pers text", changedBy }]);
    // Another save (of another answer) brings the same other version: the author stays.
    a = saveConfirmed(a, { version: 2, doc: server.doc, conflicts: [] }).state;
    expect(conflictsOf(a)[0]?.changedBy).toEqual(changedBy);
    // Someone changed it again; who did is not known from this page's save, so no name is shown.
    a = saveConfirmed(a, { version: 3, doc: { needs: { problem: "Tredje texten" } }, conflicts: [] }).state;
    expect(conflictsOf(a)).toEqual([{ path: "needs.problem", mine: "Noras text", theirs: "Tredje texten" }]);
  });

  it("issue 8: a save answer carrying another editor's newer text does not become the base of text typed meanwhile", () => {
    const server = { doc: { needs: {} } as unknown, version: 1 };
    let a = initialState(server.doc, 1, PATHS);
    // B saves "Problem".
    serve(server, [{ path: "needs.problem", value: "Pers text", base: undefined }]);
    // A types in another field; its save leaves.
    a = edited(a, "needs.inScope", "Noras omfattning");
    const first = beginSave(a, PATHS);
    a = first.state;
    expect(first.changes.map((c) => c.path)).toEqual(["needs.inScope"]);
    const response = serve(server, first.changes);
    // A starts typing in "Problem" before the answer is back.
    a = edited(a, "needs.problem", "Noras text");
    a = saveConfirmed(a, response).state;
    // The next save of "Problem" still says what Nora replaced (nothing), so the server refuses it.
    const second = beginSave(a, PATHS);
    expect(second.changes).toEqual([{ path: "needs.problem", value: "Noras text", base: undefined }]);
    const refused = serve(server, second.changes);
    expect(getAt(server.doc, "needs.problem")).toBe("Pers text");
    a = saveConfirmed(second.state, refused).state;
    expect(conflictsOf(a)).toEqual([{ path: "needs.problem", mine: "Noras text", theirs: "Pers text" }]);
    // Nora chooses with both in front of her; only then is Per's text replaced.
    const chosen = resolveConflict(a, "needs.problem", "mine");
    expect(chosen.value).toBe("Noras text");
    const third = beginSave(chosen.state, PATHS);
    a = saveConfirmed(third.state, serve(server, third.changes)).state;
    expect(getAt(server.doc, "needs.problem")).toBe("Noras text");
    expect(allSaved(a)).toBe(true);
  });

  it("takes in another editor's answer for a field this page has not touched, and shows it", () => {
    const server = { doc: { needs: {} } as unknown, version: 1 };
    let a = initialState(server.doc, 1, PATHS);
    serve(server, [{ path: "needs.problem", value: "Pers text" }]);
    a = edited(a, "needs.inScope", "Noras omfattning");
    const save = beginSave(a, PATHS);
    const { state, takenIn } = saveConfirmed(save.state, serve(server, save.changes));
    expect(takenIn).toEqual({ "needs.problem": "Pers text" });
    expect(state.fields["needs.problem"]).toEqual({ base: "Pers text", local: "Pers text" });
    expect(allSaved(state)).toBe(true);
  });

  it("moves a field's base to the value confirmed by its own save, keeping text typed after the save left", () => {
    const server = { doc: { needs: {} } as unknown, version: 1 };
    let a = edited(initialState(server.doc, 1, PATHS), "needs.problem", "Nor");
    const save = beginSave(a, PATHS);
    a = edited(save.state, "needs.problem", "Nora");
    a = saveConfirmed(a, serve(server, save.changes)).state;
    expect(a.fields["needs.problem"]).toEqual({ base: "Nor", local: "Nora" });
    expect(unsentChanges(a)).toEqual([{ path: "needs.problem", value: "Nora", base: "Nor" }]);
  });

  it("keeps unsent answers after a failed save and sends them again with the same base", () => {
    let a = edited(initialState({}, 1, PATHS), "needs.problem", "Noras text");
    const save = beginSave(a, PATHS);
    expect(unsentChanges(save.state)).toEqual([]);
    a = saveFailed(save.state);
    expect(unsentChanges(a)).toEqual([{ path: "needs.problem", value: "Noras text", base: undefined }]);
    expect(draftEntries(a)).toEqual({ "needs.problem": { value: "Noras text", base: null } });
  });

  it("restores a draft with the base it was typed against, so a conflict open before a reload comes back", () => {
    const loaded = initialState({ needs: { problem: "Pers text" } }, 3, PATHS);
    const { state, restored } = restoreDrafts(loaded, { "needs.problem": { value: "Noras text", base: null } });
    expect(restored).toEqual({ "needs.problem": "Noras text" });
    expect(unsentChanges(state)).toEqual([{ path: "needs.problem", value: "Noras text", base: undefined }]);
    // A draft the server already holds is not restored.
    expect(restoreDrafts(loaded, { "needs.problem": { value: "Pers text", base: null } }).restored).toEqual({});
  });

  it("lets the editor take the other version, which then is what the page holds", () => {
    const server = { doc: { needs: { problem: "Pers text" } } as unknown, version: 2 };
    let a = edited(initialState({ needs: {} }, 1, PATHS), "needs.problem", "Noras text");
    const save = beginSave(a, PATHS);
    a = saveConfirmed(save.state, serve(server, save.changes)).state;
    expect(conflictsOf(a)).toHaveLength(1);
    const chosen = resolveConflict(a, "needs.problem", "theirs");
    expect(chosen.value).toBe("Pers text");
    expect(allSaved(chosen.state)).toBe(true);
  });
});

describe("a save the server refuses as invalid", () => {
  const SHARES = "economy.costShares";
  const DEFICIT = "economy.deficitSharing";
  const paths = [SHARES, DEFICIT];
  const orphan = [{ partyId: "fjallviken", percent: 60 }];
  // As lib/wizard/data.ts names a share for a party removed meanwhile: below the answer's path.
  const refusal = [{ path: `${SHARES}.0.partyId`, message: "Parten som andelen gäller finns inte längre i ärendet" }];

  function sentBoth() {
    let a = edited(initialState({ economy: {} }, 4, paths), SHARES, orphan);
    a = edited(a, DEFICIT, "Underskott delas lika.");
    return beginSave(a, paths).state;
  }

  it("holds the answer it names and lets the step's other answers go on their own", () => {
    const { state, refused, resend } = saveRefused(sentBoth(), refusal);
    expect(refused).toEqual([SHARES]);
    expect(resend).toBe(true);
    expect(unsentChanges(state)).toEqual([{ path: DEFICIT, value: "Underskott delas lika.", base: undefined }]);
    expect(refusedAnswers(state)).toEqual([{ path: SHARES, message: refusal[0]!.message }]);
    // Not saved, so it stays in this browser's draft and the step is not "saved".
    expect(draftEntries(state)[SHARES]).toEqual({ value: orphan, base: null });
    expect(allSaved(state)).toBe(false);
  });

  it("sends the answer again once the editor changes it, and not before", () => {
    let a = saveRefused(sentBoth(), refusal).state;
    a = saveConfirmed(beginSave(a, [DEFICIT]).state, { version: 5, doc: { economy: { deficitSharing: "Underskott delas lika." } }, conflicts: [] }).state;
    expect(unsentChanges(a)).toEqual([]);
    expect(refusedAnswers(a)).toHaveLength(1);
    const corrected = [{ partyId: "norrstrom", percent: 100 }];
    a = edited(a, SHARES, corrected);
    expect(refusedAnswers(a)).toEqual([]);
    expect(unsentChanges(a)).toEqual([{ path: SHARES, value: corrected, base: undefined }]);
  });

  it("does not hold text typed while the refused save was on its way", () => {
    const typed = [{ partyId: "norrstrom", percent: 40 }];
    const { state, refused } = saveRefused(edited(sentBoth(), SHARES, typed), refusal);
    expect(refused).toEqual([SHARES]);
    expect(refusedAnswers(state)).toEqual([]);
    expect(unsentChanges(state).map((change) => change.path).sort()).toEqual([SHARES, DEFICIT]);
  });

  it("holds every sent answer, as after any failed save, when the refusal names none of them", () => {
    const { state, refused, resend } = saveRefused(sentBoth(), [{ path: "parties.0.name", message: "Ange partens namn" }]);
    expect(refused).toEqual([]);
    expect(resend).toBe(false);
    expect(refusedAnswers(state)).toEqual([]);
    expect(unsentChanges(state)).toHaveLength(2);
  });
});

describe("retrying failed saves", () => {
  it("waits 1, 2, 4 … seconds, never more than 30", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("retries a server that cannot save, but not invalid input, a sign-out or a refusal", () => {
    expect(["UNAVAILABLE", "UNEXPECTED", "RATE_LIMITED"].map((code) => retryable({ ok: false, code }))).toEqual([true, true, true]);
    expect(["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT"].map((code) => retryable({ ok: false, code }))).toEqual([false, false, false, false, false]);
    expect(retryable({ ok: true })).toBe(false);
  });
});

// A model of several pages saving against one server, each event in any order: typing,
// sending, the server handling a request, the answer arriving, a request or its answer lost,
// and choosing in the conflict panel. Whenever the server replaces an answer, the page whose
// save replaced it must have shown that answer to its editor before (typed it, taken it in,
// or had it in the conflict panel they chose from).
type Event =
  | { kind: "type"; page: number; path: number; value: number }
  | { kind: "send"; page: number }
  | { kind: "serve"; page: number }
  | { kind: "deliver"; page: number }
  | { kind: "lose"; page: number }
  | { kind: "resolve"; page: number; path: number; mine: boolean };

const PAGES = 2;
const VALUES = ["", "a", "b", "c"];

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), page: fc.nat(PAGES - 1), path: fc.nat(PATHS.length - 1), value: fc.nat(VALUES.length - 1) }),
  fc.record({ kind: fc.constant("send" as const), page: fc.nat(PAGES - 1) }),
  fc.record({ kind: fc.constant("serve" as const), page: fc.nat(PAGES - 1) }),
  fc.record({ kind: fc.constant("deliver" as const), page: fc.nat(PAGES - 1) }),
  fc.record({ kind: fc.constant("lose" as const), page: fc.nat(PAGES - 1) }),
  fc.record({ kind: fc.constant("resolve" as const), page: fc.nat(PAGES - 1), path: fc.nat(PATHS.length - 1), mine: fc.boolean() }),
);

interface Page {
  state: AutosaveState;
  request: { changes: AnswerChange[]; response?: ReturnType<typeof serve> } | null;
  seen: Map<string, unknown[]>;
}

function show(page: Page, path: string, value: unknown) {
  const list = page.seen.get(path) ?? [];
  list.push(value);
  page.seen.set(path, list);
}

describe("the autosave state machine, under any interleaving of several editors", () => {
  it("never lets a page overwrite an acknowledged answer its editor has not seen", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const server = { doc: { needs: {} } as unknown, version: 1 };
        const pages: Page[] = Array.from({ length: PAGES }, () => ({ state: initialState(server.doc, 1, PATHS), request: null, seen: new Map(PATHS.map((p) => [p, [undefined]])) }));
        for (const event of events) {
          const page = pages[event.page]!;
          switch (event.kind) {
            case "type": {
              const path = PATHS[event.path]!;
              // Each page types its own texts, so a text it never typed or was shown is not "seen" by chance.
              const value = VALUES[event.value] === "" ? undefined : `${event.page}:${VALUES[event.value]}`;
              page.state = edited(page.state, path, value);
              show(page, path, value);
              break;
            }
            case "send": {
              if (page.request) break;
              const started = beginSave(page.state, PATHS);
              if (started.changes.length === 0) break;
              page.state = started.state;
              page.request = { changes: started.changes };
              break;
            }
            case "serve": {
              if (!page.request || page.request.response) break;
              const before = server.doc;
              page.request.response = serve(server, page.request.changes);
              for (const path of PATHS) {
                const old = getAt(before, path);
                if (sameAnswer(old, getAt(server.doc, path))) continue;
                const seen = page.seen.get(path) ?? [];
                expect(seen.some((value) => sameAnswer(value, old)), `page ${event.page} replaced ${JSON.stringify(old)} at ${path} unseen`).toBe(true);
              }
              break;
            }
            case "deliver": {
              if (!page.request?.response) break;
              const { state, takenIn } = saveConfirmed(page.state, page.request.response);
              page.state = state;
              for (const [path, value] of Object.entries(takenIn)) show(page, path, value);
              page.request = null;
              break;
            }
            case "lose": {
              if (!page.request) break;
              page.state = saveFailed(page.state);
              page.request = null;
              break;
            }
            case "resolve": {
              const path = PATHS[event.path]!;
              const conflict = conflictsOf(page.state).find((c) => c.path === path);
              if (!conflict) break;
              show(page, path, conflict.theirs);
              const resolved = resolveConflict(page.state, path, event.mine ? "mine" : "theirs");
              page.state = resolved.state;
              show(page, path, resolved.value);
              break;
            }
          }
        }
      }),
      {
        numRuns: 5000,
        // The race, always tried: B saves "Problem"; A's save of another answer is
        // under way while A starts typing in "Problem"; then A saves "Problem".
        examples: [
          [
            [
              { kind: "type", page: 1, path: 0, value: 1 },
              { kind: "send", page: 1 },
              { kind: "serve", page: 1 },
              { kind: "deliver", page: 1 },
              { kind: "type", page: 0, path: 1, value: 1 },
              { kind: "send", page: 0 },
              { kind: "serve", page: 0 },
              { kind: "type", page: 0, path: 0, value: 2 },
              { kind: "deliver", page: 0 },
              { kind: "send", page: 0 },
              { kind: "serve", page: 0 },
            ],
          ],
        ],
      },
    );
  });
});

describe("a refused answer, after others saved", () => {
  it("is tried again: what it was refused over may have changed (a party added back)", () => {
    const paths = ["economy.costShares", "economy.deficitSharing"];
    let a = edited(initialState({ economy: {} }, 4, paths), "economy.costShares", [{ partyId: "fjallviken", percent: 60 }]);
    a = saveRefused(beginSave(a, paths).state, [{ path: "economy.costShares.0.partyId", message: "Parten finns inte" }]).state;
    a = edited(a, "economy.deficitSharing", "Lika.");
    // The first save after the refusal: the server's case then is what it was refused over, however
    // far it is ahead of this page (the colleague's removal is why it was refused): still held.
    const first = saveConfirmed(beginSave(a, ["economy.deficitSharing"]).state, { version: 6, doc: { economy: { deficitSharing: "Lika." } }, conflicts: [] }).state;
    expect(refusedAnswers(first)).toHaveLength(1);
    expect(unsentChanges(first)).toEqual([]);
    // This page's own next save, nobody else's in between: still held.
    const own = saveConfirmed(beginSave(edited(first, "economy.deficitSharing", "Lika delar."), ["economy.deficitSharing"]).state, { version: 7, doc: { economy: { deficitSharing: "Lika delar." } }, conflicts: [] }).state;
    expect(refusedAnswers(own)).toHaveLength(1);
    // Someone else saved meanwhile (version 8 is theirs, 9 this page's): sent again on the next round.
    const after = saveConfirmed(beginSave(edited(own, "economy.deficitSharing", "Lika."), ["economy.deficitSharing"]).state, { version: 9, doc: { economy: { deficitSharing: "Lika." } }, conflicts: [] }).state;
    expect(refusedAnswers(after)).toEqual([]);
    expect(unsentChanges(after).map((c) => c.path)).toEqual(["economy.costShares"]);
  });
});

describe("an amount typed as words", () => {
  it("is the same answer as itself (NaN in the form), so the page counts it once as waiting", () => {
    expect(sameAnswer(Number.NaN, Number.NaN)).toBe(true);
    expect(sameAnswer(Number.NaN, 0)).toBe(false);
    const a = edited(initialState({ economy: {} }, 1, ["economy.selfCostBudget"]), "economy.selfCostBudget", Number.NaN);
    expect(edited(a, "economy.selfCostBudget", Number.NaN)).toBe(a);
  });
});
