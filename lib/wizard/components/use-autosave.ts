"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Case } from "@/lib/case";
import { readAnswersAction, saveAnswersAction, type SaveAnswersOutcome } from "../actions";
import {
  allSaved,
  beginSave,
  conflictsOf,
  draftEntries,
  edited,
  initialState,
  resolveConflict as resolveInState,
  refusedAnswers,
  restoreDrafts,
  retryable,
  retryDelayMs,
  saveConfirmed,
  saveFailed,
  saveRefused,
  unsentChanges,
  type AutosaveState,
  type DraftEntry,
  AUTOSAVE_DEBOUNCE_MS,
} from "../autosave-state";
import type { AnswerConflict, ConflictAuthor } from "../merge";
import { UNKEPT_ANSWERS_ATTRIBUTE } from "@/components/link-navigation";
import { DRAFTS_CLEARED_EVENT, type DisplacedAnswer, SIGNED_OUT_KEY, draftKey, forgetDisplaced, keepDisplaced, markDraft, tabId, takeOverDrafts, writeOwnDraft } from "../drafts";
import { getAt, sameAnswer } from "../paths";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  /** `choice`: what a choice in a conflict settled, said right after the time (CHOICE_NOTICES). */
  | { kind: "saved"; at: string; blockers?: number; notices?: string[]; choice?: string }
  /** The save did not get through; the answers wait in this browser and are sent again at `retryAt` (an ISO time). */
  | { kind: "offline"; retryAt?: string }
  | { kind: "unavailable"; retryAt: string }
  /**
   * Answers with errors wait in this browser until corrected; `heldBack` counts them. `savedAt`
   * is when the step's other answers were last saved, if they were.
   */
  | { kind: "invalid"; heldBack: number; savedAt?: string; notices?: string[] }
  /**
   * The session ended: the answers wait in this browser until the same person signs in again.
   * `elsewhere`: signed out in another tab of this browser, which deleted them; only this page holds them.
   */
  | { kind: "signedOut"; elsewhere?: true }
  /** `conflict`: the save waits for a choice between two versions of an answer (the page's conflict panel). */
  | { kind: "error"; message: string; conflict?: true };

const DEBOUNCE_MS = AUTOSAVE_DEBOUNCE_MS;
/** How often an open, visible step page asks whether others have saved (and when it is shown again or gets the focus). */
const OTHERS_CHECK_MS = 20_000;
/** The page asks only while the person has been at it lately: a page left alone stops asking (and never keeps a session alive). */
const ACTIVE_WITHIN_MS = 5 * 60_000;
// Said of a colleague's change and of one's own from another page alike (the panel above says which).
const CONFLICT_STATUS: SaveStatus = { kind: "error", message: "Samma svar har ändrats på annat håll. Välj vilken version som ska gälla.", conflict: true };

/** Said once on the save line after a choice in a conflict, so the choice is heard to have taken effect. */
const CHOICE_NOTICES = { mine: "Din version gäller nu.", theirs: "Den andra versionen gäller nu." } as const;

/** Blank text and null mean "no answer"; the stored document keeps neither. */
export function normalizeAnswers<T>(value: T): T {
  if (value === "" || value === null) return undefined as T;
  // A blank item in a list of texts is an item being typed, not a missing answer.
  if (Array.isArray(value)) return value.map((item) => (item === "" ? item : normalizeAnswers(item))) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const normalized = normalizeAnswers(inner);
      if (normalized !== undefined) out[key] = normalized;
    }
    return out as T;
  }
  return value;
}

/**
 * Keeps a step's answers saved: a moment after typing stops, and at once when a field is
 * left. What each answer replaces, what is on its way and what is in conflict is kept by
 * the state machine in ../autosave-state.ts; this hook feeds it the form's changes and the
 * server's answers, and shows what it decides. Unsaved answers live in localStorage until
 * the server confirms them; a save that fails on the network or on the server is tried
 * again with growing waits until it gets through.
 */
export function useAutosave(options: { caseId: string; userId: string; version: number; doc: Case; paths: string[]; form: UseFormReturn<Case>; enabled: boolean }) {
  const { caseId, userId, paths, form, enabled } = options;
  // This tab's record of unsaved answers (../drafts.ts); the tab is known only in the browser.
  const tab = useRef<string | null>(null);
  const keyOf = useCallback(() => draftKey(userId, caseId, (tab.current ??= tabId())), [userId, caseId]);
  const machine = useRef<AutosaveState>(initialState(options.doc, options.version, paths));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const lastSavedAt = useRef<string | null>(null);
  /** The notice of a choice just made in a conflict, said with the next "Sparat" (CHOICE_NOTICES). */
  const choiceNotice = useRef<string | null>(null);
  const failures = useRef(0);
  /** The server said the session has ended; the status line keeps saying so (with its link) until a save or a check gets through. */
  const signedOut = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** True while the page itself writes answers into the form, so those writes are not taken as typing. */
  const applying = useRef(false);
  /** The latest flush, for retries scheduled from inside flush itself. */
  const flushRef = useRef<() => Promise<boolean>>(async () => true);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  const [restored, setRestored] = useState(false);
  /** Other tabs' unsaved answers to a question whose field now holds another tab's (shown, so none goes unsaid). */
  const [displaced, setDisplaced] = useState<DisplacedAnswer[]>([]);
  /** Answers others saved that this page has taken in and shows now (a save's answer, or the check for others' saves). */
  const [takenFromOthers, setTakenFromOthers] = useState<string[]>([]);
  /** Who saved each answer taken in, where the server could say (its revisions). */
  const [takenBy, setTakenBy] = useState<Readonly<Record<string, ConflictAuthor>>>({});
  // Each take-in says who, or that it cannot: an earlier take-in's name is never left on a later one.
  const noteAuthors = useCallback((paths: readonly string[], authors: Readonly<Record<string, ConflictAuthor>> | undefined) => {
    setTakenBy((old) => {
      const next = { ...old };
      for (const path of paths) {
        const author = authors?.[path];
        if (author) next[path] = author;
        else delete next[path];
      }
      return next;
    });
  }, []);

  const showConflicts = useCallback(() => setConflicts(conflictsOf(machine.current)), []);

  /** Writes answers decided by the state machine (taken in, restored, chosen) into the form. */
  const putInForm = useCallback(
    (values: Record<string, unknown>, dirty = false) => {
      applying.current = true;
      try {
        for (const [path, value] of Object.entries(values)) form.setValue(path as never, (value ?? null) as never, { shouldDirty: dirty });
      } finally {
        applying.current = false;
      }
    },
    [form],
  );

  /** Tells the state machine what the editor has in the form now. */
  const readForm = useCallback(() => {
    const values = normalizeAnswers(form.getValues());
    let state = machine.current;
    for (const path of paths) state = edited(state, path, getAt(values, path));
    const conflictsChanged = state !== machine.current && conflictsOf(state).some((c) => c.mine !== conflictsOf(machine.current).find((o) => o.path === c.path)?.mine);
    machine.current = state;
    if (conflictsChanged) showConflicts();
  }, [form, paths, showConflicts]);

  /** Set when this browser signed out (in this tab or another): what is typed here is no longer kept in it (until a save gets through). */
  const draftsForgotten = useRef(false);
  /** Set once the page has gone: its last save may still run, but it asks nothing of the next page. */
  const disposed = useRef(false);
  /** Leaving is asked about while answers typed here are kept nowhere (components/ClientNavigation.tsx). */
  const markUnkept = useCallback(() => {
    document.documentElement.toggleAttribute(UNKEPT_ANSWERS_ATTRIBUTE, !disposed.current && draftsForgotten.current && unsentChanges(machine.current).length > 0);
  }, []);
  /** Signed out: after a sign-out in this browser the answers are kept nowhere but the page, and the line says so. */
  const signedOutStatus = useCallback((): SaveStatus => (draftsForgotten.current ? { kind: "signedOut", elsewhere: true } : { kind: "signedOut" }), []);
  const persistDraft = useCallback(() => {
    if (draftsForgotten.current) return markUnkept();
    try {
      writeOwnDraft(window.localStorage, keyOf(), paths, draftEntries(machine.current), Date.now());
    } catch {
      // Storage disabled: saving to the server still works.
    }
  }, [keyOf, markUnkept, paths]);

  const retryLater = useCallback((kind: "offline" | "unavailable") => {
    // Gone, the page leaves its answers in this browser for the next page of the case; it does not keep trying.
    if (disposed.current) return;
    failures.current++;
    const wait = retryDelayMs(failures.current);
    setStatus({ kind, retryAt: new Date(Date.now() + wait).toISOString() });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), wait);
  }, []);

  /** The notice of the last choice in a conflict, once. */
  const takeChoiceNotice = () => {
    const notice = choiceNotice.current;
    choiceNotice.current = null;
    return notice;
  };

  /** One save round; true when nothing in this step is left unsaved. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    readForm();
    const changes = unsentChanges(machine.current);
    const inConflict = () => conflictsOf(machine.current).length > 0;
    if (changes.length === 0) {
      // An answer changed back to the saved one sends nothing, but the browser's check must look
      // at it again: a walk typed "36,5" months (refused here), then "36" as saved, and the error stayed.
      if (paths.some((path) => form.getFieldState(path as never).error)) {
        await form.trigger();
        for (const refused of refusedAnswers(machine.current)) form.setError(refused.path as never, { type: "server", message: refused.message });
      }
      const refused = refusedAnswers(machine.current).length;
      const at = lastSavedAt.current;
      // Taken here whatever is shown: a notice kept past this round would be said with a later,
      // unrelated save (a review of the change).
      const notice = takeChoiceNotice();
      if (inConflict()) setStatus(CONFLICT_STATUS);
      else if (refused > 0) setStatus({ kind: "invalid", heldBack: refused, ...(at ? { savedAt: at } : {}), ...(notice ? { notices: [notice] } : {}) });
      // The other version chosen leaves nothing to send: the line said "Kunde inte spara …" on
      // until the next change (a screen-reader walk) and must say the answer stands as saved,
      // which it is, as the other saved it.
      else if (notice) setStatus({ kind: "saved", at: at ?? new Date().toISOString(), choice: notice });
      else setStatus((old) => (old.kind === "pending" || (old.kind === "error" && old.conflict) ? (at ? { kind: "saved", at } : { kind: "idle" }) : old));
      return allSaved(machine.current);
    }
    await form.trigger();
    // The client's check clears errors it does not find itself; the server's refusals stand
    // until the editor changes the answer.
    for (const refused of refusedAnswers(machine.current)) form.setError(refused.path as never, { type: "server", message: refused.message });
    // formState is the last render's snapshot; getFieldState reads the errors trigger just set.
    const invalid = changes.filter((change) => form.getFieldState(change.path as never).error);
    const valid = changes.filter((change) => !invalid.includes(change));
    // What waits for a correction now: the invalid answers not changed since they were checked
    // (a changed one is checked again on the next round), and the answers the server refused.
    const stillInvalid = () => invalid.filter((change) => sameAnswer(machine.current.fields[change.path]?.local, change.value));
    const heldBack = () => stillInvalid().length + refusedAnswers(machine.current).length;
    const typedSince = () => unsentChanges(machine.current).some((change) => !stillInvalid().some((held) => held.path === change.path));
    const invalidStatus = (extra: { savedAt?: string; notices?: string[] } = {}): SaveStatus => ({ kind: "invalid", heldBack: heldBack(), ...extra });
    if (valid.length === 0) {
      setStatus(inConflict() ? CONFLICT_STATUS : invalidStatus(lastSavedAt.current ? { savedAt: lastSavedAt.current } : {}));
      return false;
    }
    // Until this save is confirmed, "saved" would claim too much.
    // Signed out, the line keeps its "Logga in igen" where it is: a walk's first click on it was lost as the line changed under it.
    if (!signedOut.current) setStatus(heldBack() === 0 ? { kind: "saving" } : invalidStatus());
    const started = beginSave(machine.current, valid.map((change) => change.path));
    machine.current = started.state;
    let outcome: SaveAnswersOutcome | "network";
    try {
      outcome = await saveAnswersAction({ caseId, baseVersion: machine.current.version, changes: started.changes, pageUserId: userId });
    } catch {
      outcome = "network";
    }
    if (outcome !== "network" && !outcome.ok && outcome.code === "VALIDATION") {
      readForm();
      const refusal = saveRefused(machine.current, outcome.fieldErrors);
      machine.current = refusal.state;
      persistDraft();
      for (const fieldError of outcome.fieldErrors) form.setError(fieldError.path as never, { type: "server", message: fieldError.message });
      if (refusal.resend) {
        // The answers the server did not name are valid: they go now, on their own.
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flushRef.current(), 0);
      }
      const named = refusedAnswers(machine.current).length > 0;
      // While the others are on their way, the time of an earlier save would claim too much.
      if (!named) setStatus({ kind: "error", message: outcome.message });
      else if (inConflict()) setStatus(CONFLICT_STATUS);
      else setStatus(refusal.resend || !lastSavedAt.current ? invalidStatus() : invalidStatus({ savedAt: lastSavedAt.current }));
      return false;
    }
    if (outcome === "network" || !outcome.ok) {
      machine.current = saveFailed(machine.current);
      persistDraft();
      if (outcome === "network" || retryable(outcome)) {
        // A fetch that fails while the browser is online means the server did not answer (or answered 5xx).
        retryLater(outcome === "network" && !navigator.onLine ? "offline" : "unavailable");
      } else if (outcome.code === "UNAUTHENTICATED") {
        signedOut.current = true;
        setStatus(signedOutStatus());
      } else {
        setStatus({ kind: "error", message: outcome.message });
      }
      return false;
    }
    failures.current = 0;
    signedOut.current = false;
    draftsForgotten.current = false;
    markUnkept();
    readForm();
    const confirmed = saveConfirmed(machine.current, outcome);
    machine.current = confirmed.state;
    // Bring in what others saved, for answers this editor has not touched.
    putInForm(confirmed.takenIn);
    if (Object.keys(confirmed.takenIn).length > 0) {
      noteAuthors(Object.keys(confirmed.takenIn), outcome.changedBy);
      setTakenFromOthers((shown) => [...new Set([...shown, ...Object.keys(confirmed.takenIn)])]);
    }
    persistDraft();
    showConflicts();
    lastSavedAt.current = outcome.savedAt;
    // Said only when this round settles every conflict; dropped otherwise, as above.
    const choice = takeChoiceNotice();
    const notices = outcome.notices.map((n) => n.message);
    if (inConflict()) setStatus(CONFLICT_STATUS);
    // Typed while this save was under way, or a refused answer to try again (others saved since):
    // not saved yet, so never "Sparat", and the next round is on its way.
    else if (typedSince()) {
      setStatus({ kind: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
    }
    else if (heldBack() > 0) setStatus(invalidStatus({ savedAt: outcome.savedAt, notices: [...(choice ? [choice] : []), ...notices] }));
    else setStatus({ kind: "saved", at: outcome.savedAt, blockers: outcome.blockers, notices, ...(choice ? { choice } : {}) });
    return allSaved(machine.current);
  }, [caseId, form, markUnkept, noteAuthors, paths, persistDraft, putInForm, readForm, retryLater, showConflicts, signedOutStatus, userId]);

  /** Saves now, after any save already under way; resolves true when everything in the step is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (!enabled) return true;
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    const run = saveOnce();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [enabled, saveOnce]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** When the person last acted on the page (opening it counts): set when the page mounts. */
  const lastActivity = useRef(0);
  /** Set once the server has refused a check (signed out, no longer an editor): the page stops asking. */
  const checksRefused = useRef(false);
  /**
   * Takes in what others have saved since this page's version, for the answers this editor has not
   * touched, as a save's answer does. Runs in turn with the saves, never beside one.
   */
  const checkForOthers = useCallback(async () => {
    if (!enabled || checksRefused.current || inFlight.current || failures.current > 0 || document.visibilityState !== "visible") return;
    if (Date.now() - lastActivity.current > ACTIVE_WITHIN_MS) return;
    const run = (async (): Promise<boolean> => {
      let outcome: Awaited<ReturnType<typeof readAnswersAction>>;
      try {
        outcome = await readAnswersAction({ caseId, knownVersion: machine.current.version, pageUserId: userId });
      } catch {
        return false;
      }
      if (!outcome.ok) {
        // Refused, not failed: asking again every 20 s would only add refusals to the log.
        if (outcome.code === "UNAUTHENTICATED" || outcome.code === "FORBIDDEN" || outcome.code === "NOT_FOUND") checksRefused.current = true;
        if (outcome.code === "UNAUTHENTICATED") {
          signedOut.current = true;
          setStatus(signedOutStatus());
        }
        return allSaved(machine.current);
      }
      if (signedOut.current) {
        // Signed in again (in another tab): the line no longer says signed out, and answers are kept here again.
        signedOut.current = false;
        draftsForgotten.current = false;
        markUnkept();
        setStatus(lastSavedAt.current ? { kind: "saved", at: lastSavedAt.current } : { kind: "idle" });
      }
      if (!outcome.doc || outcome.version <= machine.current.version) return allSaved(machine.current);
      readForm();
      const taken = saveConfirmed(machine.current, { version: outcome.version, doc: outcome.doc, conflicts: [] });
      machine.current = taken.state;
      putInForm(taken.takenIn);
      persistDraft();
      showConflicts();
      const changed = Object.keys(taken.takenIn);
      if (changed.length > 0) {
        noteAuthors(changed, outcome.changedBy);
        setTakenFromOthers((shown) => [...new Set([...shown, ...changed])]);
      }
      // What the page says now: a conflict settled elsewhere no longer asks for a choice, and an answer
      // whose refusal no longer holds (others saved since) is sent again.
      const refused = refusedAnswers(machine.current).length;
      const at = lastSavedAt.current;
      if (conflictsOf(machine.current).length > 0) setStatus(CONFLICT_STATUS);
      else if (refused > 0) setStatus({ kind: "invalid", heldBack: refused, ...(at ? { savedAt: at } : {}) });
      else setStatus((old) => (old === CONFLICT_STATUS || old.kind === "invalid" ? (at ? { kind: "saved", at } : { kind: "idle" }) : old));
      if (unsentChanges(machine.current).length > 0) {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flushRef.current(), 0);
      }
      return allSaved(machine.current);
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }, [caseId, enabled, markUnkept, noteAuthors, persistDraft, putInForm, readForm, showConflicts, signedOutStatus, userId]);

  useEffect(() => {
    if (!enabled) return;
    lastActivity.current = Date.now();
    const timer = setInterval(() => void checkForOthers(), OTHERS_CHECK_MS);
    const onShown = () => {
      if (document.visibilityState !== "visible") return;
      // Coming back to the page is the person's own act.
      lastActivity.current = Date.now();
      if (signedOut.current) {
        // Perhaps signed in again in another tab (a walk's page kept saying "utloggad" and saved
        // nothing): answers waiting are sent, or the server is asked once more.
        checksRefused.current = false;
        if (unsentChanges(machine.current).length > 0) void flushRef.current();
        else void checkForOthers();
        return;
      }
      void checkForOthers();
    };
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    document.addEventListener("visibilitychange", onShown);
    window.addEventListener("focus", onShown);
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onShown);
      window.removeEventListener("focus", onShown);
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
    };
  }, [enabled, checkForOthers]);

  // Restore answers typed earlier in this browser but never confirmed by the server: this tab's,
  // and those of the case's tabs that have closed since.
  useEffect(() => {
    if (!enabled) return;
    let drafts: Record<string, DraftEntry> = {};
    let unsaved: DisplacedAnswer[] = [];
    try {
      const taken = takeOverDrafts(window.localStorage, userId, caseId, (tab.current ??= tabId()), Date.now(), paths);
      drafts = taken.changes;
      // One that is the saved answer already is not lost.
      const lost = taken.displaced.filter((answer) => !sameAnswer(answer.value, getAt(options.doc, answer.path)));
      // Kept from before too, until let go; one the person has since saved in its field is no longer lost.
      unsaved = keepDisplaced(window.localStorage, userId, caseId, lost, paths).filter((answer) => !sameAnswer(answer.value, getAt(options.doc, answer.path)));
    } catch {
      // Storage disabled: nothing was kept.
    }
    const result = restoreDrafts(machine.current, drafts);
    machine.current = result.state;
    if (Object.keys(result.restored).length > 0) {
      putInForm(result.restored, true);
      // localStorage is only readable after hydration, so this state cannot be initial state.
      setRestored(true);
      void flush();
    }
    // As `restored`: read from localStorage, which only the browser has after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (unsaved.length > 0) setDisplaced(unsaved);
    // Runs once per page; later drafts are written by this page itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch(() => {
      if (applying.current) return;
      readForm();
      // An answer taken from elsewhere and then changed here is the editor's own again: the notice lets it go.
      setTakenFromOthers((shown) => {
        const still = shown.filter((path) => {
          const field = machine.current.fields[path];
          return field !== undefined && sameAnswer(field.local, field.base);
        });
        return still.length === shown.length ? shown : still;
      });
      persistDraft();
      setStatus((old) => (old.kind === "saving" || old.kind === "offline" || old.kind === "unavailable" || old.kind === "signedOut" ? old : { kind: "pending" }));
      // While the server is out of reach the retry timer decides; typing does not hurry it.
      if (failures.current > 0) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    });
    const online = () => {
      failures.current = 0;
      void flush();
    };
    window.addEventListener("online", online);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [enabled, flush, form, persistDraft, readForm]);

  // The tab says it is open, and on pagehide that it has closed, so that another tab of the case
  // takes over its unsaved answers only once it is gone (../drafts.ts).
  useEffect(() => {
    if (!enabled) return;
    const mark = (closed: boolean) => {
      try {
        markDraft(window.localStorage, keyOf(), Date.now(), closed);
      } catch {
        // Storage disabled: nothing is kept to be taken over.
      }
    };
    const beat = setInterval(() => mark(false), OTHERS_CHECK_MS);
    const hidden = () => mark(true);
    const shown = () => mark(false);
    window.addEventListener("pagehide", hidden);
    window.addEventListener("pageshow", shown);
    return () => {
      clearInterval(beat);
      window.removeEventListener("pagehide", hidden);
      window.removeEventListener("pageshow", shown);
    };
  }, [enabled, keyOf]);

  // Signed out in another tab of this browser: that sign-out deleted the answers kept here and
  // said so; this page stops keeping them too, and says it is signed out.
  useEffect(() => {
    if (!enabled) return;
    const forget = () => {
      draftsForgotten.current = true;
      signedOut.current = true;
      // Nothing to ask the server every 20 s (each refusal is audited) until the page is shown again.
      checksRefused.current = true;
      markUnkept();
      setStatus({ kind: "signedOut", elsewhere: true });
      try {
        window.localStorage.removeItem(keyOf());
      } catch {
        // Storage disabled: nothing was kept.
      }
    };
    const heard = (event: StorageEvent) => {
      if (event.key === SIGNED_OUT_KEY && event.newValue !== null) forget();
    };
    // The sign-out in this tab itself (no storage event here): the page's last save, failing as
    // the session ends, does not write back what the sign-out said it deleted.
    window.addEventListener("storage", heard);
    window.addEventListener(DRAFTS_CLEARED_EVENT, forget);
    return () => {
      window.removeEventListener("storage", heard);
      window.removeEventListener(DRAFTS_CLEARED_EVENT, forget);
      document.documentElement.removeAttribute(UNKEPT_ANSWERS_ATTRIBUTE);
    };
  }, [enabled, keyOf, markUnkept]);

  // Leaving the step inside the app (the browser's back button, a link) before the pause after
  // typing ran out: the answers are sent on the way, not left in this browser only (a walk found
  // them missing for the colleagues until the page was opened again).
  useEffect(() => {
    if (!enabled) return;
    return () => {
      disposed.current = true;
      document.documentElement.removeAttribute(UNKEPT_ANSWERS_ATTRIBUTE);
      if (unsentChanges(machine.current).length > 0) void flushRef.current();
    };
  }, [enabled]);

  const resolveConflict = useCallback(
    (path: string, choice: "mine" | "theirs") => {
      readForm();
      const resolved = resolveInState(machine.current, path, choice);
      if (resolved.state === machine.current) return;
      machine.current = resolved.state;
      choiceNotice.current = CHOICE_NOTICES[choice];
      putInForm({ [path]: resolved.value });
      showConflicts();
      persistDraft();
      void flush();
    },
    [flush, persistDraft, putInForm, readForm, showConflicts],
  );

  /** The case version the form's answers are from: the page's, or the last save's (which brings in what others saved). */
  const version = useCallback(() => machine.current.version, []);
  /** The person has what they need of the other tabs' answers: they go, from this page and this browser. */
  const dismissDisplaced = useCallback(() => {
    try {
      forgetDisplaced(window.localStorage, userId, caseId, paths);
    } catch {
      // Storage disabled: nothing was kept.
    }
    setDisplaced([]);
  }, [caseId, paths, userId]);

  return { status, conflicts, resolveConflict, flush, restored, displaced, dismissDisplaced, version, takenFromOthers, takenBy };
}
