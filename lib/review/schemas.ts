import { z } from "zod";
import { MAX_COMMENT, MAX_MOTIVATION } from "./limits";

// One schema per review concept, shared by the forms and the server actions. Messages name
// the field as the form labels it.

export const MAX_MESSAGE = 5_000;

const caseId = z.uuid("Ärendet saknas. Ladda om sidan.");

/** Text without NUL or lone surrogates, trimmed, within a limit that the message names. */
const text = (field: string, max: number) =>
  z
    .string({ error: `${field} saknas.` })
    .transform((value) => value.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "").trim())
    .pipe(z.string().max(max, `${field} får vara högst ${new Intl.NumberFormat("sv-SE").format(max)} tecken.`));

const required = (field: string, max: number, missing: string) => text(field, max).pipe(z.string().min(1, missing));

const optionalUuid = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.uuid(message).optional());

export const reviewRequestSchema = z.object({
  caseId,
  organizationId: z.uuid("Välj vilken parts jurister som ska granska."),
  reviewerUserId: optionalUuid("Välj en granskare i listan."),
  message: text("Meddelandet", MAX_MESSAGE),
});

/**
 * The request form's one choice of who reviews: a party's jurists, or one of them. The choice is
 * one radio group (the jurists grouped under their party), so it carries both as one value,
 * "<organizationId>" or "<organizationId>:<reviewerUserId>"; the server then checks the reviewer
 * against the party as it does for the two fields sent apart.
 */
export const RECIPIENT_FIELD = "recipient";

export function recipientValue(organizationId: string, reviewerUserId?: string): string {
  return reviewerUserId ? `${organizationId}:${reviewerUserId}` : organizationId;
}

/** organizationId and reviewerUserId from the request form's choice (RECIPIENT_FIELD), when it was sent. */
export function recipientFields(fields: Record<string, string>): { organizationId?: string; reviewerUserId?: string } {
  const value = fields[RECIPIENT_FIELD];
  if (value === undefined) return {};
  const at = value.indexOf(":");
  return at < 0 ? { organizationId: value, reviewerUserId: "" } : { organizationId: value.slice(0, at), reviewerUserId: value.slice(at + 1) };
}

export const ANCHOR_KINDS = ["ANSWER", "FINDING", "CLAUSE"] as const;

export const newThreadSchema = z.object({
  caseId,
  anchorKind: z.enum(ANCHOR_KINDS, { error: "Välj vad kommentaren gäller." }),
  anchor: z.string().trim().min(1, "Välj vad kommentaren gäller.").max(300, "Välj vad kommentaren gäller."),
  body: required("Kommentaren", MAX_COMMENT, "Skriv en kommentar."),
});

export const replySchema = z.object({
  caseId,
  threadId: z.uuid("Tråden finns inte. Ladda om sidan."),
  body: required("Svaret", MAX_COMMENT, "Skriv ett svar."),
});

export const resolveThreadSchema = z.object({
  caseId,
  threadId: z.uuid("Tråden finns inte. Ladda om sidan."),
});

export const DECISION_KINDS = ["MUST_FIX", "ACCEPTED_RISK", "NOT_APPLICABLE", "VERIFIED"] as const;

export const decisionSchema = z
  .object({
    caseId,
    findingKey: z.string().trim().min(1, "Iakttagelsen saknas. Ladda om sidan.").max(500, "Iakttagelsen finns inte i ärendet."),
    kind: z.enum(DECISION_KINDS, { error: "Välj ett beslut." }),
    motivation: text("Motiveringen", MAX_MOTIVATION).optional().default(""),
    source: text("Källan", MAX_MOTIVATION).optional().default(""),
    organizationId: optionalUuid("Välj vilken part du beslutar för."),
  })
  .superRefine((value, ctx) => {
    if ((value.kind === "ACCEPTED_RISK" || value.kind === "NOT_APPLICABLE") && !value.motivation) {
      ctx.addIssue({ code: "custom", path: ["motivation"], message: "Skriv en motivering. Den krävs för ”Accepterad risk” och ”Inte tillämplig”." });
    }
    if (value.kind === "VERIFIED" && !value.source) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "Ange källan du har verifierat mot, till exempel en författning eller ett beslut." });
    }
  })
  // A source is what a fact was verified against: kept from an earlier "Verifierad" in the form,
  // it stood under a "Ska åtgärdas" as if that decision rested on it (a walk).
  .transform((value) => (value.kind === "VERIFIED" ? value : { ...value, source: "" }));

/**
 * The open requests the jurist's page showed (REQUESTS_SHOWN_FIELD): an answer to a request an
 * editor has taken back since is refused (a review: a late "Skicka tillbaka" undid the withdrawal).
 * Ids that are not uuids are dropped, never an error: the field only narrows a refusal.
 */
export const REQUESTS_SHOWN_FIELD = "requestsShown";
const requestsShownField = z
  .string()
  .optional()
  // No length limit that could refuse the form (a regional agreement has many parties); the form boundary caps a field's size.
  .transform((value) => (value ?? "").split(",").slice(0, 1_000).filter((id) => z.uuid().safeParse(id).success));

/** "Ta tillbaka begäran": the open request of one party, as the page showed it (a newer one sent since is not taken back unseen). */
export const withdrawRequestSchema = z.object({
  caseId,
  organizationId: z.uuid("Välj vilken parts begäran som ska tas tillbaka."),
  requestsShown: requestsShownField,
});

export const approveSchema = z.object({
  caseId,
  version: z.coerce.number({ error: "Ärendets version saknas. Ladda om sidan." }).int().positive("Ärendets version saknas. Ladda om sidan."),
  organizationId: optionalUuid("Välj vilken part du godkänner för."),
  /** The checkbox "Jag godkänner ärendet ändå", asked for while steps are unfinished or comments open (./reminders.ts). */
  confirmIncomplete: z.string().max(10).optional(),
  /** What the page showed beside that box (ApprovalReminders.key): step ids and a digest of the open threads. */
  remindersShown: z.string().max(200).optional(),
  requestsShown: requestsShownField,
});

export const returnSchema = z.object({
  caseId,
  requestsShown: requestsShownField,
  summary: required("Sammanfattningen", MAX_MESSAGE, "Skriv en sammanfattning av vad som behöver göras."),
  organizationId: optionalUuid("Välj vilken part du granskar för."),
});
