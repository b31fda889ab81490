"use client";

import { useSearchParams } from "next/navigation";
import { SAVED_MESSAGES, type SavedKind, savedOf } from "../saved";

// What a review form's save without JavaScript saved, said on the page it was redirected to
// (?sparat=…&vid=…, lib/review/actions.ts) in the words the form says it in with JavaScript. The
// page's links do not carry ?sparat=, so it is said once, where the redirect landed.

/** "Kommentaren är sparad." for kind "kommentar"; nothing for no kind. */
export function SavedNotice({ kind }: { kind: SavedKind | undefined }) {
  if (!kind) return null;
  return (
    <p role="status" className="saved-notice mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-800">
      {SAVED_MESSAGES[kind]}
    </p>
  );
}

/**
 * The notice inside the block the redirect landed on: said when the address names this block's
 * id (?vid=, the fragment the browser scrolls to) and one of `kinds` (every kind when none are
 * given). Each block a save can land on holds one, so the notice stands where the person is
 * brought, not at the top of a long page; anything else is nothing.
 */
export function SavedNoticeHere({ id, kinds }: { id: string; kinds?: readonly SavedKind[] }) {
  const saved = savedOf(useSearchParams());
  const here = saved !== undefined && saved.at === id && (!kinds || kinds.includes(saved.kind));
  return <SavedNotice kind={here ? saved.kind : undefined} />;
}
