// The autosave page's memory of each answer, as a pure state machine: what the editor has,
// what it replaces, what is on its way to the server, and any conflict. The React hook
// (components/use-autosave.ts) only feeds it events and applies its decisions to the form.
//
// The one rule that keeps other people's answers safe: a field's base (the answer the
// editor's text replaces, sent to the server as `base`) changes only when
//   1. this page's own save of that field is confirmed, or
//   2. the page takes in someone else's answer for a field the editor has not touched
//      (nothing unsent, nothing on its way), which also puts that answer in front of them.
// A save answer that brings someone else's newer text for a field the editor is typing in
// leaves the base alone, so the editor's next save of it comes back as a conflict.

/** How long the page waits after the last keystroke before it saves (also bench:load's editors). */
export const AUTOSAVE_DEBOUNCE_MS = 1200;

import type { AnswerChange, AnswerConflict, ConflictAuthor } from "./merge";
import { getAt, sameAnswer, type AnswerPath } from "./paths";

export interface FieldState {
  /** The answer this page's text replaces. */
  readonly base: unknown;
  /** What the editor has in the form now. */
  readonly local: unknown;
  /** Set while a save of this field is on its way: the value sent. */
  readonly sending?: { readonly value: unknown };
  /** Set when someone else changed the answer too; held out of autosave until the editor chooses. */
  readonly conflict?: { readonly mine: unknown; readonly theirs: unknown; readonly changedBy?: ConflictAuthor };
  /**
   * Set when the server refused this value (it checks against the case as it stands, which can
   * differ from the page's: a party removed meanwhile). Held out of autosave until the editor
   * changes it, so one refused answer does not hold back the step's other answers.
   */
  readonly refused?: {
    readonly value: unknown;
    readonly message: string;
    /** The case's version at the first save confirmed after the refusal: the server's case then, or newer. */
    readonly since?: number;
  };
}

export interface AutosaveState {
  readonly version: number;
  readonly fields: Readonly<Record<AnswerPath, FieldState>>;
}

/** One stored draft entry: what the editor typed and the answer it replaces. */
export interface DraftEntry {
  value: unknown;
  base: unknown;
  /** When this value was first kept in the browser (ms): of two tabs' answers to one question, the one typed last stands. */
  at?: number;
}

export interface SaveResponse {
  version: number;
  doc: unknown;
  conflicts: readonly AnswerConflict[];
}

function withField(state: AutosaveState, path: AnswerPath, field: FieldState): AutosaveState {
  return { ...state, fields: { ...state.fields, [path]: field } };
}

/** A field the editor has not touched: nothing unsent, nothing on its way, no conflict. */
export function isUntouched(field: FieldState): boolean {
  return !field.sending && !field.conflict && sameAnswer(field.local, field.base);
}

/** The page as loaded: every answer of the step, as the server holds it. */
export function initialState(doc: unknown, version: number, paths: readonly AnswerPath[]): AutosaveState {
  const fields: Record<AnswerPath, FieldState> = {};
  for (const path of paths) fields[path] = { base: getAt(doc, path), local: getAt(doc, path) };
  return { version, fields };
}

/**
 * Puts back answers typed earlier in this browser and never confirmed, each with the base it
 * was typed against (so a conflict that was open before a reload comes back, and nobody's
 * newer answer becomes the base of the old text). Returns the values to show in the form.
 */
export function restoreDrafts(state: AutosaveState, drafts: Readonly<Record<AnswerPath, DraftEntry>>): { state: AutosaveState; restored: Record<AnswerPath, unknown> } {
  let next = state;
  const restored: Record<AnswerPath, unknown> = {};
  for (const [path, field] of Object.entries(state.fields)) {
    const draft = drafts[path];
    if (!draft || sameAnswer(draft.value, field.local) || !isUntouched(field)) continue;
    next = withField(next, path, { base: draft.base ?? undefined, local: draft.value ?? undefined });
    restored[path] = draft.value ?? undefined;
  }
  return { state: next, restored };
}

/** The editor changed an answer in the form. */
export function edited(state: AutosaveState, path: AnswerPath, value: unknown): AutosaveState {
  const field = state.fields[path];
  if (!field || sameAnswer(field.local, value)) return state;
  // A changed answer is the editor's correction of a refused one: it is sent again.
  return withField(state, path, { base: field.base, local: value, ...(field.sending ? { sending: field.sending } : {}), ...(field.conflict ? { conflict: { ...field.conflict, mine: value } } : {}) });
}

/** The server refused the answer the editor still has: it waits for a correction. */
function heldAsRefused(field: FieldState): boolean {
  return field.refused !== undefined && sameAnswer(field.local, field.refused.value);
}

/** Answers that differ from what they replace and are not held back by a conflict, an earlier save or a refusal. */
export function unsentChanges(state: AutosaveState): AnswerChange[] {
  return Object.entries(state.fields)
    .filter(([, field]) => !field.conflict && !field.sending && !heldAsRefused(field) && !sameAnswer(field.local, field.base))
    .map(([path, field]) => ({ path, value: field.local, base: field.base }));
}

/** Answers the server refused and the editor has not changed since, with the server's reason. */
export function refusedAnswers(state: AutosaveState): { path: AnswerPath; message: string }[] {
  return Object.entries(state.fields)
    .filter(([, field]) => heldAsRefused(field))
    .map(([path, field]) => ({ path, message: field.refused!.message }));
}

/** Starts a save of the given unsent answers; returns what to send. */
export function beginSave(state: AutosaveState, paths: readonly AnswerPath[]): { state: AutosaveState; changes: AnswerChange[] } {
  const wanted = new Set(paths);
  const changes = unsentChanges(state).filter((change) => wanted.has(change.path));
  let next = state;
  for (const change of changes) next = withField(next, change.path, { ...next.fields[change.path]!, sending: { value: change.value } });
  return { state: next, changes };
}

/** The save under way did not reach a verdict (network, server down, refused): its answers are unsent again. */
export function saveFailed(state: AutosaveState): AutosaveState {
  let next = state;
  for (const [path, field] of Object.entries(state.fields)) {
    if (!field.sending) continue;
    next = withField(next, path, { base: field.base, local: field.local, ...(field.conflict ? { conflict: field.conflict } : {}) });
  }
  return next;
}

/**
 * The server refused the save as invalid, naming the fields at fault. A sent answer it names is
 * held as refused; the others are unsent again and can go on their own at once (`resend`).
 * When the refusal names none of the sent answers (a fault elsewhere in the case), every sent
 * answer is unsent again, as after any failed save, and nothing is resent by itself.
 */
export function saveRefused(state: AutosaveState, errors: readonly { path: string; message: string }[]): { state: AutosaveState; refused: AnswerPath[]; resend: boolean } {
  const errorOf = (path: AnswerPath) => errors.find((error) => error.path === path || error.path.startsWith(`${path}.`));
  const sent = Object.keys(state.fields).filter((path) => state.fields[path]!.sending);
  const refused = sent.filter((path) => errorOf(path));
  if (refused.length === 0) return { state: saveFailed(state), refused, resend: false };
  let next = state;
  for (const path of sent) {
    const { sending, ...rest } = next.fields[path]!;
    const error = errorOf(path);
    // Typed again while the save was on its way: the new text is not what was refused.
    const stillRefused = error && sameAnswer(rest.local, sending!.value);
    next = withField(next, path, stillRefused ? { ...rest, refused: { value: sending!.value, message: error.message } } : rest);
  }
  return { state: next, refused, resend: unsentChanges(next).length > 0 };
}

/**
 * The server's answer to this page's save, with the whole document as it now stands.
 * Returns the answers taken in from others, to be shown in the form.
 */
export function saveConfirmed(state: AutosaveState, response: SaveResponse): { state: AutosaveState; takenIn: Record<AnswerPath, unknown> } {
  const takenIn: Record<AnswerPath, unknown> = {};
  const fields: Record<AnswerPath, FieldState> = {};
  // A refusal rests on the case as the server had it (a party removed). Once someone else has
  // saved since (this save adds one version at most), it may no longer hold (the party added
  // back): the answer is tried again. The first confirmation after the refusal dates it.
  const refusalStands = (since: number | undefined) => since === undefined || response.version <= Math.max(since, state.version) + 1;
  for (const [path, stateField] of Object.entries(state.fields)) {
    const { refused, ...unrefused } = stateField;
    const field: FieldState = !refused ? stateField : refusalStands(refused.since) ? { ...stateField, refused: { ...refused, since: refused.since ?? response.version } } : unrefused;
    const theirs = getAt(response.doc, path);
    const { sending, ...rest } = field;
    if (sending) {
      const conflict = response.conflicts.find((c) => c.path === path);
      // Refused over someone else's answer: keep the base the editor typed against.
      if (conflict) fields[path] = { ...rest, conflict: { mine: field.local, theirs, ...(conflict.changedBy ? { changedBy: conflict.changedBy } : {}) } };
      // Confirmed: the server now holds what this page sent.
      else fields[path] = { ...rest, base: theirs };
    } else if (field.conflict) {
      // Someone may have changed it again; the editor chooses against the newest version.
      // Who made the other change is known only while the other version is the one they saved.
      const changedBy = sameAnswer(field.conflict.theirs, theirs) ? field.conflict.changedBy : undefined;
      fields[path] = sameAnswer(field.local, theirs) ? { base: theirs, local: field.local } : { ...field, conflict: { mine: field.local, theirs, ...(changedBy ? { changedBy } : {}) } };
    } else if (sameAnswer(field.local, field.base)) {
      // Untouched: take in what others saved, and show it.
      fields[path] = { base: theirs, local: theirs };
      if (!sameAnswer(theirs, field.local)) takenIn[path] = theirs;
    } else if (sameAnswer(field.local, theirs)) {
      // Both wrote the same answer; nothing is left to save.
      fields[path] = { base: theirs, local: field.local };
    } else {
      // Typed in but not sent: the base stays, so the next save of it is checked against what the editor saw.
      fields[path] = field;
    }
  }
  return { state: { version: response.version, fields }, takenIn };
}

/** The editor chose a version in the conflict panel; returns the answer to show in the form. */
export function resolveConflict(state: AutosaveState, path: AnswerPath, choice: "mine" | "theirs"): { state: AutosaveState; value: unknown } {
  const field = state.fields[path];
  if (!field?.conflict) return { state, value: field?.local };
  const { theirs, mine } = field.conflict;
  // Keeping "mine" over theirs is now a decision the editor made with both in front of them.
  const value = choice === "theirs" ? theirs : mine;
  return { state: withField(state, path, { base: theirs, local: value }), value };
}

export function conflictsOf(state: AutosaveState): AnswerConflict[] {
  return Object.entries(state.fields)
    .filter(([, field]) => field.conflict)
    .map(([path, field]) => ({ path, mine: field.conflict!.mine, theirs: field.conflict!.theirs, ...(field.conflict!.changedBy ? { changedBy: field.conflict!.changedBy } : {}) }));
}

/** Everything not yet confirmed, conflicts included, for the local draft that survives a reload. */
export function draftEntries(state: AutosaveState): Record<AnswerPath, DraftEntry> {
  const out: Record<AnswerPath, DraftEntry> = {};
  for (const [path, field] of Object.entries(state.fields)) {
    if (field.conflict || !sameAnswer(field.local, field.base)) out[path] = { value: field.local ?? null, base: field.base ?? null };
  }
  return out;
}

/** True when every answer of the step is confirmed by the server. */
export function allSaved(state: AutosaveState): boolean {
  return Object.values(state.fields).every((field) => !field.conflict && !field.sending && sameAnswer(field.local, field.base));
}

/** Waits between attempts after failed saves: doubling from 1 s, at most 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/** Refusals worth trying again by themselves: a server that cannot save right now. Bad input, sign-out or no access are not. */
export function retryable(outcome: { ok: boolean; code?: string }): boolean {
  return !outcome.ok && (outcome.code === "UNAVAILABLE" || outcome.code === "UNEXPECTED" || outcome.code === "RATE_LIMITED");
}
