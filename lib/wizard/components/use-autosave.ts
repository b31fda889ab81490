"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Case } from "@/lib/case";
import { saveAnswersAction } from "../actions";
import type { AnswerChange, AnswerConflict } from "../merge";
import { draftKey } from "../drafts";
import { getAt, sameAnswer } from "../paths";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string; blockers?: number }
  | { kind: "offline" }
  | { kind: "invalid"; message: string }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 1200;
const RETRY_MS = 5000;

interface StoredDraft {
  /** Per answer path: what the editor typed, and the answer it was based on. */
  changes: Record<string, { value: unknown; base: unknown }>;
}

function readDraft(key: string): StoredDraft {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? "null") as StoredDraft | null;
    return parsed && typeof parsed.changes === "object" ? parsed : { changes: {} };
  } catch {
    return { changes: {} };
  }
}

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
 * left. Unsaved answers live in localStorage until the server confirms them, so a reload or
 * a lost connection loses nothing. Answers someone else changed meanwhile come back as
 * conflicts and are held out of autosave until the editor chooses a version.
 */
export function useAutosave(options: { caseId: string; userId: string; version: number; doc: Case; paths: string[]; form: UseFormReturn<Case>; enabled: boolean }) {
  const { caseId, userId, paths, form, enabled } = options;
  const key = draftKey(userId, caseId);
  const base = useRef({ version: options.version, doc: options.doc });
  /** Bases for answers restored from a local draft or kept over a conflict: what the editor's text replaces. */
  const baseOverrides = useRef(new Map<string, unknown>());
  const conflictPaths = useRef(new Set<string>());
  const inFlight = useRef<Promise<boolean> | null>(null);
  const lastSavedAt = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The latest flush, for retries scheduled from inside flush itself. */
  const flushRef = useRef<() => Promise<boolean>>(async () => true);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  const [restored, setRestored] = useState(false);

  /** Answers that differ from what they were based on; with conflicts, for the local draft. */
  const localChanges = useCallback(
    (includeConflicts: boolean): AnswerChange[] => {
      const values = normalizeAnswers(form.getValues());
      return paths
        .filter((path) => includeConflicts || !conflictPaths.current.has(path))
        .map((path) => ({
          path,
          value: getAt(values, path),
          base: baseOverrides.current.has(path) ? baseOverrides.current.get(path) : getAt(base.current.doc, path),
        }))
        .filter((change) => !sameAnswer(change.value, change.base));
    },
    [form, paths],
  );

  const persistDraft = useCallback(() => {
    // Answers in conflict stay in the draft too: a reload must not lose the editor's version.
    const changes = localChanges(true);
    const draft = readDraft(key);
    // Answers of other steps may be waiting in the same draft; keep them.
    for (const path of paths) delete draft.changes[path];
    for (const change of changes) draft.changes[change.path] = { value: change.value ?? null, base: change.base ?? null };
    try {
      if (Object.keys(draft.changes).length === 0) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full or disabled: saving to the server still works.
    }
  }, [key, localChanges, paths]);

  /** One save round; true when nothing in this step is left unsaved. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    const changes = localChanges(false);
    if (changes.length === 0) {
      const at = lastSavedAt.current;
      setStatus((old) => (old.kind === "pending" ? (at ? { kind: "saved", at } : { kind: "idle" }) : old));
      return conflictPaths.current.size === 0;
    }
    await form.trigger();
    // formState is the last render's snapshot; getFieldState reads the errors trigger just set.
    const valid = changes.filter((change) => !form.getFieldState(change.path as never).error);
    const invalidStatus: SaveStatus = { kind: "invalid", message: "Några svar har fel och sparas inte förrän de är rättade. Se listan överst på sidan." };
    setStatus(valid.length === changes.length ? { kind: "saving" } : invalidStatus);
    if (valid.length === 0) return false;
    try {
      const result = await saveAnswersAction({ caseId, baseVersion: base.current.version, changes: valid });
      if (!result.ok) {
        if (result.code === "VALIDATION") {
          for (const fieldError of result.fieldErrors) form.setError(fieldError.path as never, { type: "server", message: fieldError.message });
          setStatus({ kind: "invalid", message: result.message });
        } else if (result.code === "UNAUTHENTICATED") {
          setStatus({ kind: "error", message: "Du har blivit utloggad. Logga in igen; dina ändringar finns kvar i den här webbläsaren." });
        } else {
          setStatus({ kind: "error", message: result.message });
        }
        return false;
      }
      const previous = base.current.doc;
      base.current = { version: result.version, doc: result.doc };
      // An answer the server now holds is saved, whether this save or someone else's wrote it.
      for (const change of valid) if (sameAnswer(getAt(result.doc, change.path), change.value)) baseOverrides.current.delete(change.path);
      if (result.conflicts.length > 0) {
        for (const conflict of result.conflicts) {
          conflictPaths.current.add(conflict.path);
          // Keep the base the editor typed against, so after a reload the conflict comes back
          // instead of the editor's text silently replacing the other version.
          baseOverrides.current.set(conflict.path, valid.find((c) => c.path === conflict.path)?.base);
        }
        setConflicts((old) => [...old.filter((c) => !result.conflicts.some((n) => n.path === c.path)), ...result.conflicts]);
      }
      // Bring in what others saved, for answers this editor has not touched.
      const now = normalizeAnswers(form.getValues());
      for (const path of paths) {
        if (conflictPaths.current.has(path)) continue;
        const mine = getAt(now, path);
        const theirs = getAt(result.doc, path);
        if (sameAnswer(mine, getAt(previous, path)) && !sameAnswer(mine, theirs)) {
          form.setValue(path as never, (theirs ?? null) as never);
        }
      }
      persistDraft();
      lastSavedAt.current = result.savedAt;
      if (result.conflicts.length > 0) setStatus({ kind: "error", message: "Någon annan har ändrat samma svar. Välj vilken version som ska gälla." });
      else if (valid.length < changes.length) setStatus(invalidStatus);
      else setStatus({ kind: "saved", at: result.savedAt, blockers: result.blockers });
      return result.conflicts.length === 0 && valid.length === changes.length;
    } catch {
      setStatus({ kind: "offline" });
      timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      return false;
    }
  }, [caseId, form, localChanges, paths, persistDraft]);

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

  // Restore answers typed earlier in this browser but never confirmed by the server.
  useEffect(() => {
    if (!enabled) return;
    const draft = readDraft(key);
    let any = false;
    for (const path of paths) {
      const stored = draft.changes[path];
      if (!stored || sameAnswer(stored.value, getAt(base.current.doc, path))) continue;
      baseOverrides.current.set(path, stored.base ?? undefined);
      form.setValue(path as never, (stored.value ?? null) as never, { shouldDirty: true });
      any = true;
    }
    if (any) {
      // localStorage is only readable after hydration, so this state cannot be initial state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
      void flush();
    }
    // Runs once per page; later drafts are written by this page itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const subscription = form.watch(() => {
      persistDraft();
      setStatus((old) => (old.kind === "saving" ? old : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    });
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("online", online);
      clearTimeout(timer.current);
    };
  }, [enabled, flush, form, persistDraft]);

  const resolveConflict = useCallback(
    (path: string, choice: "mine" | "theirs") => {
      const conflict = conflicts.find((c) => c.path === path);
      if (!conflict) return;
      conflictPaths.current.delete(path);
      setConflicts((old) => old.filter((c) => c.path !== path));
      if (choice === "theirs") {
        baseOverrides.current.delete(path);
        form.setValue(path as never, (conflict.theirs ?? null) as never);
      } else {
        // Saving "mine" on top of theirs is now a decision the editor made, not an accident.
        baseOverrides.current.set(path, conflict.theirs);
        form.setValue(path as never, (conflict.mine ?? null) as never);
      }
      persistDraft();
      void flush();
    },
    [conflicts, flush, form, persistDraft],
  );

  return { status, conflicts, resolveConflict, flush, restored };
}
