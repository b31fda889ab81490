import { DateTime } from "@/components/DateTime";
import type { OutboxStatus } from "@/lib/db/generated/enums";

const TAG = "inline-block rounded px-2 py-0.5 text-sm font-semibold";

/** One mail's delivery, in words and a coloured tag (the colour is never the only cue). */
export function DeliveryStatus({ status, attempts, sentAt, nextAttemptAt }: { status: OutboxStatus; attempts: number; sentAt: Date | null; nextAttemptAt: Date }) {
  switch (status) {
    case "SENT":
      return (
        <span className={`${TAG} bg-green-100 text-green-900`}>
          Skickat {sentAt ? <DateTime value={sentAt} /> : null}
        </span>
      );
    case "FAILED":
      return <span className={`${TAG} bg-red-100 text-red-900`}>Misslyckades efter {attempts} försök</span>;
    case "NOT_SENT":
      return <span className={`${TAG} bg-slate-200 text-slate-900`}>Inte skickat – ingen e-postserver inställd</span>;
    default:
      return attempts > 0 ? (
        <span className={`${TAG} bg-amber-100 text-amber-950`}>
          Försök {attempts} misslyckades, nytt försök <DateTime value={nextAttemptAt} />
        </span>
      ) : (
        <span className={`${TAG} bg-blue-100 text-blue-950`}>Väntar på att skickas</span>
      );
  }
}
