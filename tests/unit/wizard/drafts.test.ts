import { describe, expect, it } from "vitest";
import { DRAFT_ORPHANED_AFTER_MS, draftKey, forgetDisplaced, keepDisplaced, markDraft, readDraft, takeOverDrafts, writeOwnDraft } from "@/lib/wizard/drafts";

/** The Web Storage interface over a Map, as localStorage keeps its items. */
class MapStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const USER = "u1";
const CASE = "c1";
const PAGE = ["control.followUpRoutine", "control.internalControl"];
const entry = (value: string) => ({ value, base: null });
/** A kept answer as read back: its value and base, and the time it was typed, whatever that is. */
const kept = (value: string) => expect.objectContaining(entry(value));
/** The page restoring: step 3A's two questions and step 1's problem, as if one page held them all. */
const ALL = [...PAGE, "needs.problem"];

describe("unsaved answers kept per tab", () => {
  it("keeps one tab's answers when another tab of the same step writes its own", () => {
    const storage = new MapStorage();
    const first = draftKey(USER, CASE, "t1");
    const second = draftKey(USER, CASE, "t2");
    writeOwnDraft(storage, first, PAGE, { "control.followUpRoutine": entry("Ett") }, 1_000);
    // The second tab's page has the same paths; nothing of the first tab's goes.
    writeOwnDraft(storage, second, PAGE, { "control.internalControl": entry("Två") }, 2_000);
    writeOwnDraft(storage, second, PAGE, {}, 3_000);
    expect(readDraft(storage, first).changes).toEqual({ "control.followUpRoutine": kept("Ett") });
    expect(storage.getItem(second)).toBeNull();
  });

  it("keeps the answers of the case's other pages in the tab's record", () => {
    const storage = new MapStorage();
    const key = draftKey(USER, CASE, "t1");
    writeOwnDraft(storage, key, ["needs.problem"], { "needs.problem": entry("Behov") }, 1_000);
    writeOwnDraft(storage, key, PAGE, { "control.followUpRoutine": entry("Ett") }, 2_000);
    expect(Object.keys(readDraft(storage, key).changes).sort()).toEqual(["control.followUpRoutine", "needs.problem"]);
  });

  it("takes over a closed tab's answers, and a silent one's, but not an open tab's", () => {
    const storage = new MapStorage();
    const now = 10 * DRAFT_ORPHANED_AFTER_MS;
    writeOwnDraft(storage, draftKey(USER, CASE, "closed"), PAGE, { "control.followUpRoutine": entry("Stängd") }, now - 1_000);
    markDraft(storage, draftKey(USER, CASE, "closed"), now - 500, true);
    writeOwnDraft(storage, draftKey(USER, CASE, "silent"), ["needs.problem"], { "needs.problem": entry("Tyst") }, now - DRAFT_ORPHANED_AFTER_MS - 1);
    writeOwnDraft(storage, draftKey(USER, CASE, "open"), PAGE, { "control.internalControl": entry("Öppen") }, now - 1_000);
    // Another person's and another case's records are not this page's.
    writeOwnDraft(storage, draftKey("u2", CASE, "x"), PAGE, { "control.internalControl": entry("Annan person") }, 0);
    writeOwnDraft(storage, draftKey(USER, "c2", "x"), PAGE, { "control.internalControl": entry("Annat ärende") }, 0);

    const taken = takeOverDrafts(storage, USER, CASE, "new", now, ALL).changes;
    expect(taken).toEqual({ "control.followUpRoutine": kept("Stängd"), "needs.problem": kept("Tyst") });
    expect(readDraft(storage, draftKey(USER, CASE, "new")).changes).toEqual(taken);
    expect(storage.getItem(draftKey(USER, CASE, "closed"))).toBeNull();
    expect(storage.getItem(draftKey(USER, CASE, "silent"))).toBeNull();
    expect(readDraft(storage, draftKey(USER, CASE, "open")).changes).toEqual({ "control.internalControl": kept("Öppen") });
    expect(storage.getItem(draftKey("u2", CASE, "x"))).not.toBeNull();
    expect(storage.getItem(draftKey(USER, "c2", "x"))).not.toBeNull();
  });

  it("keeps the tab's own answer over a closed tab's, and the newer closed tab's over an older one's", () => {
    const storage = new MapStorage();
    const path = "control.followUpRoutine";
    writeOwnDraft(storage, draftKey(USER, CASE, "older"), PAGE, { [path]: entry("Äldre") }, 1_000);
    markDraft(storage, draftKey(USER, CASE, "older"), 1_000, true);
    writeOwnDraft(storage, draftKey(USER, CASE, "newer"), PAGE, { [path]: entry("Nyare") }, 2_000);
    markDraft(storage, draftKey(USER, CASE, "newer"), 2_000, true);
    const copy = new MapStorage();
    for (let i = 0; i < storage.length; i++) copy.setItem(storage.key(i)!, storage.getItem(storage.key(i)!)!);
    expect(takeOverDrafts(storage, USER, CASE, "t", 3_000, ALL).changes[path]).toEqual(kept("Nyare"));
    writeOwnDraft(copy, draftKey(USER, CASE, "t"), PAGE, { [path]: entry("Egen") }, 2_500);
    expect(takeOverDrafts(copy, USER, CASE, "t", 3_000, ALL).changes[path]).toEqual(kept("Egen"));
  });

  it("puts back the answer typed last, not the one whose tab closed last", () => {
    // A walk: two tabs offline, the second typed in last but closed first, and the first tab's older
    // answer stood in the field.
    const storage = new MapStorage();
    const path = "control.followUpRoutine";
    writeOwnDraft(storage, draftKey(USER, CASE, "later"), PAGE, { [path]: entry("Skrivet sist") }, 2_000);
    markDraft(storage, draftKey(USER, CASE, "later"), 2_100, true);
    writeOwnDraft(storage, draftKey(USER, CASE, "earlier"), PAGE, { [path]: entry("Skrivet först") }, 1_000);
    // Its tab stays open a while after, saying so, and closes last.
    markDraft(storage, draftKey(USER, CASE, "earlier"), 2_400, false);
    writeOwnDraft(storage, draftKey(USER, CASE, "earlier"), PAGE, { [path]: entry("Skrivet först") }, 2_450);
    markDraft(storage, draftKey(USER, CASE, "earlier"), 2_500, true);
    const taken = takeOverDrafts(storage, USER, CASE, "t", 3_000, [path]);
    expect(taken.changes[path]).toEqual(kept("Skrivet sist"));
    expect(taken.displaced).toEqual([{ path, value: "Skrivet först", at: 1_000 }]);
  });

  it("gives back the answers it did not put in the field, once each, for the page to show", () => {
    // A walk: two tabs closed with unsaved answers to one question, and one of them went without a word.
    const storage = new MapStorage();
    const path = "control.followUpRoutine";
    for (const [tab, text, at] of [["a", "Äldre", 1_000], ["b", "Samma", 1_500], ["c", "Samma", 1_800], ["d", "Nyare", 2_000]] as const) {
      writeOwnDraft(storage, draftKey(USER, CASE, tab), PAGE, { [path]: entry(text), "needs.problem": entry(`Bara ${tab}`) }, at);
      markDraft(storage, draftKey(USER, CASE, tab), at, true);
    }
    const taken = takeOverDrafts(storage, USER, CASE, "t", 3_000, [path]);
    expect(taken.changes).toEqual({ [path]: kept("Nyare") });
    expect(taken.displaced).toEqual([expect.objectContaining({ path, value: "Äldre" }), expect.objectContaining({ path, value: "Samma" })]);
    // Answers alike are one answer, and a page with no answer held twice has nothing to show.
    const once = new MapStorage();
    for (const tab of ["a", "b"]) {
      writeOwnDraft(once, draftKey(USER, CASE, tab), PAGE, { [path]: entry("Lika") }, 1_000);
      markDraft(once, draftKey(USER, CASE, tab), 1_000, true);
    }
    expect(takeOverDrafts(once, USER, CASE, "t", 3_000, [path]).displaced).toEqual([]);
  });

  it("reopened (a reload said closed on its way out), a tab's record is its own again", () => {
    const storage = new MapStorage();
    const key = draftKey(USER, CASE, "t1");
    writeOwnDraft(storage, key, PAGE, { "control.followUpRoutine": entry("Ett") }, 1_000);
    markDraft(storage, key, 1_500, true);
    expect(takeOverDrafts(storage, USER, CASE, "t1", 2_000, ALL).changes).toEqual({ "control.followUpRoutine": kept("Ett") });
    expect(readDraft(storage, key).closed).toBeUndefined();
    // So another tab opened now leaves it alone.
    expect(takeOverDrafts(storage, USER, CASE, "t2", 2_100, ALL).changes).toEqual({});
  });

  it("takes over a record kept before tabs were told apart", () => {
    const storage = new MapStorage();
    storage.setItem(`samverka:utkast:${USER}:${CASE}`, JSON.stringify({ changes: { "needs.problem": entry("Från förr") } }));
    expect(takeOverDrafts(storage, USER, CASE, "t1", 1_000, ALL).changes).toEqual({ "needs.problem": kept("Från förr") });
    expect(storage.getItem(`samverka:utkast:${USER}:${CASE}`)).toBeNull();
  });

  it("reads a record that is not one as empty", () => {
    const storage = new MapStorage();
    storage.setItem("k", "{oj");
    expect(readDraft(storage, "k")).toEqual({ changes: {}, seenAt: 0 });
    storage.setItem("k", JSON.stringify({ changes: { a: entry("x") } }));
    expect(readDraft(storage, "k")).toEqual({ changes: { a: kept("x") }, seenAt: 0 });
  });

  it("takes over only the page's answers, and leaves a gone tab's others for the page that asks for them", () => {
    const storage = new MapStorage();
    const gone = draftKey(USER, CASE, "gone");
    writeOwnDraft(storage, gone, ALL, { "control.followUpRoutine": entry("3A"), "needs.problem": entry("Steg 1") }, 1_000);
    markDraft(storage, gone, 1_000, true);
    expect(takeOverDrafts(storage, USER, CASE, "t1", 2_000, PAGE).changes).toEqual({ "control.followUpRoutine": kept("3A") });
    expect(readDraft(storage, gone)).toEqual({ changes: { "needs.problem": kept("Steg 1") }, seenAt: 1_000, closed: true });
    // Another tab's step 1 takes the rest.
    expect(takeOverDrafts(storage, USER, CASE, "t2", 3_000, ["needs.problem"]).changes).toEqual({ "needs.problem": kept("Steg 1") });
    expect(storage.getItem(gone)).toBeNull();
  });

  it("leaves a gone tab's answers where they are when this tab's record cannot be written", () => {
    const storage = new MapStorage();
    const gone = draftKey(USER, CASE, "gone");
    writeOwnDraft(storage, gone, PAGE, { "control.followUpRoutine": entry("3A") }, 1_000);
    markDraft(storage, gone, 1_000, true);
    const full = Object.assign(Object.create(storage) as MapStorage, {
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    });
    takeOverDrafts(full, USER, CASE, "t1", 2_000, PAGE);
    expect(readDraft(storage, gone).changes).toEqual({ "control.followUpRoutine": kept("3A") });
  });

  it("keeps the answers no field could take until the page lets them go, each once, per page", () => {
    const storage = new MapStorage();
    const first = { path: "control.followUpRoutine", value: "Första fliken" };
    const other = { path: "needs.problem", value: "Steg 1:s" };
    expect(keepDisplaced(storage, USER, CASE, [first, other], ["control.followUpRoutine"])).toEqual([first]);
    // Again, as a reload does: nothing new, nothing twice.
    expect(keepDisplaced(storage, USER, CASE, [first], ["control.followUpRoutine"])).toEqual([first]);
    expect(keepDisplaced(storage, USER, CASE, [], ["needs.problem"])).toEqual([other]);
    forgetDisplaced(storage, USER, CASE, ["control.followUpRoutine"]);
    expect(keepDisplaced(storage, USER, CASE, [], ["control.followUpRoutine"])).toEqual([]);
    expect(keepDisplaced(storage, USER, CASE, [], ["needs.problem"])).toEqual([other]);
    // Another person's are not this person's.
    expect(keepDisplaced(storage, "u2", CASE, [], ["needs.problem"])).toEqual([]);
  });
});
