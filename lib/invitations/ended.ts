import { AppError } from "@/lib/errors/app-error";
import type { InvitationState } from "./state";
import type { AuditReason } from "@/lib/audit/reasons";

// A link that is not (or no longer) a pending invitation, to an organisation or to a case, is
// refused with what the holder of the link may know: that it was withdrawn, replaced by a newer
// invitation (to the same address), or has expired. A used or unknown one gets the general
// message. Nothing about the organisation or the case is said.

/** The states a link's page names. */
export type EndedState = Extract<InvitationState, "REVOKED" | "REPLACED" | "EXPIRED">;

/** What the link's page says for each named state (REPLACED optional: without it a replaced link gets the general message), and for a used or unknown link. */
export type EndedMessages = Record<Exclude<EndedState, "REPLACED">, string> & { REPLACED?: string; invalid: string };

export class InvitationEndedError extends AppError {
  readonly state: EndedState | null;

  constructor(state: InvitationState | null, messages: EndedMessages) {
    const ended = state === "REVOKED" || state === "EXPIRED" || (state === "REPLACED" && messages.REPLACED) ? state : null;
    super("NOT_FOUND", ended ? (messages[ended] ?? messages.invalid) : messages.invalid);
    this.name = "InvitationEndedError";
    this.state = ended;
  }
}

/** Why a link was refused, as the audit entry of the refusal says it (lib/audit/sentence.ts translates it). */
export function endedInvitationReason(state: InvitationState | null): AuditReason {
  switch (state) {
    case "REVOKED":
      return "revoked invitation";
    case "REPLACED":
      return "replaced invitation";
    case "ACCEPTED":
    case "EXPIRED":
      return "used or expired invitation";
    default:
      return "unknown invitation";
  }
}
