"use client";

import { useSearchParams } from "next/navigation";
import { SAVED_MESSAGES, SAVED_PARAM, type SavedKind, savedKindOf } from "../saved";

// What a review form's save without JavaScript saved, said on the page it was redirected to
// (?sparat=…, lib/review/actions.ts) in the words the form says it in with JavaScript. The page's
// links do not carry ?sparat=, so it is said once, where the redirect landed.

/** "Kommentaren är sparad." for kind "kommentar"; nothing for no kind. */
export function SavedNotice({ kind }: { kind: SavedKind | undefined }) {
  if (!kind) return null;
  return (
    <p role="status" className="mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-800">
      {SAVED_MESSAGES[kind]}
    </p>
  );
}

/**
 * The notice for the address the page was asked for, on a page whose server part does not read
 * its query (a step page, where a reply or a resolved thread posted there comes back). Only the
 * kinds that page is redirected to with are said; anything else is nothing.
 */
export function SavedNoticeAtAddress({ kinds }: { kinds: readonly SavedKind[] }) {
  const kind = savedKindOf(useSearchParams()?.get(SAVED_PARAM) ?? undefined);
  return <SavedNotice kind={kind && kinds.includes(kind) ? kind : undefined} />;
}
