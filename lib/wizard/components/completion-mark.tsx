import { DateTime } from "@/components/DateTime";
import type { CompletionMark } from "../completion-marks";

/** "Markerat som klart av Anna Andersson, 2026-12-07 14:03." under a step or topic marked complete. */
export function MarkLine({ mark, id }: { mark: CompletionMark | undefined; id?: string }) {
  if (!mark) return null;
  return (
    <p id={id} className="text-sm text-slate-700">
      Markerat som klart av {mark.name}
      {mark.organization ? ` (${mark.organization})` : ""}, <DateTime value={new Date(mark.at)} />.
    </p>
  );
}
