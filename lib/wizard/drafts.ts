// Unsaved wizard answers live in localStorage until the server confirms them, one record per
// person, case and browser tab. One record per case was shared by every tab: each tab rewrote a
// step's answers with its own, so a second tab erased what the first had not saved yet (a walk:
// two tabs offline, both closed, and only the second tab's text came back). A tab writes only
// its own record; a record whose tab has closed (or has not been heard from for a while) is
// taken over by the next page of the same case that opens, so nothing a closed tab held is lost.

import type { DraftEntry } from "./autosave-state";

const DRAFT_KEY_PREFIX = "samverka:utkast:";
const TAB_KEY = "samverka:flik";
/**
 * A tab that has said nothing for this long is taken as gone (a crash, or a tab the browser
 * discarded; a closed tab says so on pagehide). Open tabs say so every 20 s while shown, and
 * browsers run a hidden tab's timers at least once a minute.
 */
export const DRAFT_ORPHANED_AFTER_MS = 5 * 60_000;

/** What one tab keeps for one case: its answers not yet confirmed, and when it last said it was open. */
export interface StoredDraft {
  changes: Record<string, DraftEntry>;
  /** Milliseconds since the epoch; 0 in a record written before tabs were told apart. */
  seenAt: number;
  /** Set when the tab was closed or left (pagehide); cleared when it is shown again (the back button). */
  closed?: boolean;
}

const LIVE_KEY = "samverka:flik-öppen";
let thisTab: string | undefined;

/**
 * This tab's id, kept for the tab's life in sessionStorage (a reload keeps it, a new tab gets its
 * own). "Duplicera flik" copies sessionStorage, id and all: the copy finds the id marked as in use
 * by a live page (set here, cleared on pagehide by tabClosing) and takes an id of its own.
 */
export function tabId(): string {
  if (thisTab) return thisTab;
  try {
    const known = window.sessionStorage.getItem(TAB_KEY);
    const copied = window.sessionStorage.getItem(LIVE_KEY) === "1";
    thisTab = known && !copied ? known : crypto.randomUUID();
    window.sessionStorage.setItem(TAB_KEY, thisTab);
    window.sessionStorage.setItem(LIVE_KEY, "1");
    // For the document's life, whichever page of the app it shows then: on pagehide the id is free
    // for this tab's next document (a reload); shown again from the back-forward cache, in use again.
    window.addEventListener("pagehide", () => liveFlag(false));
    window.addEventListener("pageshow", () => liveFlag(true));
  } catch {
    // sessionStorage disabled: one id for this page's life.
    thisTab = crypto.randomUUID();
  }
  return thisTab;
}

function liveFlag(live: boolean): void {
  try {
    if (live) window.sessionStorage.setItem(LIVE_KEY, "1");
    else window.sessionStorage.removeItem(LIVE_KEY);
  } catch {
    // sessionStorage disabled: ids are per page anyway.
  }
}

/** Per user, case and tab: on a shared computer, one person's unsaved text is never restored for another. */
export function draftKey(userId: string, caseId: string, tab: string): string {
  return `${DRAFT_KEY_PREFIX}${userId}:${caseId}:${tab}`;
}

/** The record under a key, or an empty one for none or for what is not a record. */
export function readDraft(storage: Storage, key: string): StoredDraft {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? "null") as Partial<StoredDraft> | null;
    if (!parsed || typeof parsed.changes !== "object" || !parsed.changes) return { changes: {}, seenAt: 0 };
    return { changes: parsed.changes, seenAt: typeof parsed.seenAt === "number" ? parsed.seenAt : 0, ...(parsed.closed ? { closed: true } : {}) };
  } catch {
    return { changes: {}, seenAt: 0 };
  }
}

/** Writes a record (or removes an empty one); false when the storage refused (full or disabled). */
function write(storage: Storage, key: string, draft: StoredDraft): boolean {
  try {
    if (Object.keys(draft.changes).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or disabled: saving to the server still works.
    return false;
  }
}

/**
 * This tab's answers for one page: `paths` are the page's, `changes` what of them is unsaved now.
 * Answers of the case's other pages in the record (typed in this tab before it moved on) stay.
 */
export function writeOwnDraft(storage: Storage, key: string, paths: readonly string[], changes: Readonly<Record<string, DraftEntry>>, now: number): void {
  const draft = readDraft(storage, key);
  const before = { ...draft.changes };
  for (const path of paths) delete draft.changes[path];
  for (const [path, entry] of Object.entries(changes)) {
    // An answer kept as it was keeps the time it was typed; a changed one is typed now.
    const kept = before[path];
    draft.changes[path] = { ...entry, at: kept && sameValue(kept.value, entry.value) ? (kept.at ?? now) : (entry.at ?? now) };
  }
  write(storage, key, { changes: draft.changes, seenAt: now });
}

/** The tab says it is open (every 20 s, and when shown again) or closed (pagehide); a record without answers is left absent. */
export function markDraft(storage: Storage, key: string, now: number, closed: boolean): void {
  const draft = readDraft(storage, key);
  if (Object.keys(draft.changes).length === 0) return;
  write(storage, key, { changes: draft.changes, seenAt: now, ...(closed ? { closed: true } : {}) });
}

/** Keys of the same person's records for the case: this tab's, other tabs', and one from before tabs were told apart. */
function caseKeys(storage: Storage, userId: string, caseId: string): string[] {
  const shared = `${DRAFT_KEY_PREFIX}${userId}:${caseId}`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === shared || key?.startsWith(`${shared}:`)) keys.push(key);
  }
  return keys;
}

/** An unsaved answer another tab held to the same question, not put back (another answer was). */
export interface DisplacedAnswer {
  path: string;
  value: unknown;
  /** When it was typed (ms), where the record says. */
  at?: number;
}

/**
 * The answers this tab should restore for a page (`paths`): its own record's, after taking over
 * those answers from the records of the case's tabs that are gone (closed, or silent for
 * DRAFT_ORPHANED_AFTER_MS). Taken-over answers move into this tab's record, this tab's own answer
 * first, then the one typed last where two tabs held the same question. The other answers to that
 * question come back as `displaced`, for the page to show: both tabs were closed with unsaved
 * answers to one question, and only one can stand in the field (a walk saw the other go without a
 * word). A gone tab's answers to the case's other pages stay in its record, for the page that asks
 * for them. A tab still open keeps its record: it saves its answers itself.
 */
export function takeOverDrafts(storage: Storage, userId: string, caseId: string, tab: string, now: number, paths: readonly string[]): { changes: Record<string, DraftEntry>; displaced: DisplacedAnswer[] } {
  const own = draftKey(userId, caseId, tab);
  const onPage = new Set(paths);
  const gone = caseKeys(storage, userId, caseId)
    .filter((key) => key !== own)
    .map((key) => ({ key, draft: readDraft(storage, key) }))
    // seenAt 0: a record from before tabs were told apart, whose tab cannot say it is open.
    .filter(({ draft }) => draft.closed || draft.seenAt === 0 || now - draft.seenAt > DRAFT_ORPHANED_AFTER_MS)
    // Oldest first: of two answers without a time (records from before times were kept), the
    // newer tab's is the one kept.
    .sort((a, b) => a.draft.seenAt - b.draft.seenAt);
  const mine = readDraft(storage, own);
  const merged: Record<string, DraftEntry> = {};
  const held: Record<string, DraftEntry[]> = {};
  const hold = (path: string, entry: DraftEntry) => {
    const entries = (held[path] ??= []);
    if (!entries.some((other) => sameValue(other.value, entry.value))) entries.push(entry);
  };
  for (const { draft } of gone) {
    for (const [path, entry] of Object.entries(draft.changes)) {
      if (!onPage.has(path)) continue;
      // The answer typed last stands: a tab closed last may hold the older one (a walk). A record
      // without times counts as typed when its tab was last heard from.
      const typed = { ...entry, at: entry.at ?? draft.seenAt };
      if (!merged[path] || (merged[path].at ?? 0) <= typed.at) merged[path] = typed;
      hold(path, typed);
    }
  }
  for (const [path, entry] of Object.entries(mine.changes)) {
    merged[path] = entry;
    hold(path, entry);
  }
  // Open again (a reload said "closed" on its way out): no other tab is to take this record over.
  if (!write(storage, own, { changes: merged, seenAt: now })) return { changes: mine.changes, displaced: [] };
  // Only once they are in this tab's record do they leave the gone tabs' (a full storage keeps them there).
  for (const { key, draft } of gone) {
    const rest = Object.fromEntries(Object.entries(draft.changes).filter(([path]) => !onPage.has(path)));
    if (Object.keys(rest).length !== Object.keys(draft.changes).length) write(storage, key, { ...draft, changes: rest });
  }
  const displaced = Object.entries(held).flatMap(([path, entries]) =>
    entries.filter((entry) => !sameValue(entry.value, merged[path]!.value)).map((entry) => ({ path, value: entry.value, ...(entry.at ? { at: entry.at } : {}) })),
  );
  return { changes: merged, displaced };
}

const DISPLACED_KEY_PREFIX = "samverka:undanlagda:";
const displacedKey = (userId: string, caseId: string) => `${DISPLACED_KEY_PREFIX}${userId}:${caseId}`;

function readAllDisplaced(storage: Storage, key: string): DisplacedAnswer[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((a): a is DisplacedAnswer => typeof (a as DisplacedAnswer | null)?.path === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the answers no field could take (`displaced`) in this browser, beside those kept before,
 * and gives back this page's (`paths`): shown until the person lets them go. Held in the page's
 * memory alone, they were lost on a reload (a review of the change).
 */
export function keepDisplaced(storage: Storage, userId: string, caseId: string, displaced: readonly DisplacedAnswer[], paths: readonly string[]): DisplacedAnswer[] {
  const key = displacedKey(userId, caseId);
  const all = readAllDisplaced(storage, key);
  for (const answer of displaced) if (!all.some((kept) => kept.path === answer.path && sameValue(kept.value, answer.value))) all.push(answer);
  try {
    if (all.length > 0) storage.setItem(key, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the page still shows them.
  }
  const onPage = new Set(paths);
  return all.filter((answer) => onPage.has(answer.path));
}

/** Lets this page's kept answers go ("Släng svaren"); other pages' stay. */
export function forgetDisplaced(storage: Storage, userId: string, caseId: string, paths: readonly string[]): void {
  const key = displacedKey(userId, caseId);
  const onPage = new Set(paths);
  const rest = readAllDisplaced(storage, key).filter((answer) => !onPage.has(answer.path));
  try {
    if (rest.length > 0) storage.setItem(key, JSON.stringify(rest));
    else storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Answers are JSON (text, numbers, choices, lists): equal when they serialise alike. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How many cases have answers in this browser that the server has not confirmed yet (any tab). */
export function countDrafts(): number {
  try {
    const cases = new Set<string>();
    for (const key of Object.keys(window.localStorage)) {
      // Answers kept aside from closed tabs are unsaved answers too.
      const prefix = key.startsWith(DRAFT_KEY_PREFIX) ? DRAFT_KEY_PREFIX : key.startsWith(DISPLACED_KEY_PREFIX) ? DISPLACED_KEY_PREFIX : null;
      if (!prefix) continue;
      // "<user>:<case>:<tab>"; a record from before tabs were told apart has no tab.
      const [user, caseId] = key.slice(prefix.length).split(":");
      cases.add(`${user}:${caseId}`);
    }
    return cases.size;
  } catch {
    return 0;
  }
}

/**
 * Set at sign-out, so that the other tabs hear of it (the storage event) and stop keeping what is
 * typed in them: the sign-out had said their unsaved answers would be deleted, and a walk found a
 * step page open in another tab writing them back.
 */
export const SIGNED_OUT_KEY = "samverka:utloggad";
/** The same news for the tab that signs out (a storage event reaches only the others). */
export const DRAFTS_CLEARED_EVENT = "samverka:utkast-raderade";

/** Forgets every unsaved answer in this browser, and tells the other tabs; run at sign-out. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(DRAFT_KEY_PREFIX) || key.startsWith(DISPLACED_KEY_PREFIX)) window.localStorage.removeItem(key);
    window.localStorage.setItem(SIGNED_OUT_KEY, String(Date.now()));
  } catch {
    // Storage disabled: there is nothing to clear.
  }
  window.dispatchEvent(new Event(DRAFTS_CLEARED_EVENT));
}
