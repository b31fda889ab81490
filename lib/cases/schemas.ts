import * as z from "zod/mini";
import { emailField } from "@/lib/forms/email-field";
import { newPassword, passwordConfirm, passwordsAlike } from "@/lib/auth/schemas";
import { MAX_TITLE } from "@/lib/case/limits";

// One schema per concept, shared by the forms and the server actions; zod/mini, as they run in
// the browser too.

const title = z.string().check(z.trim(), z.minLength(3, "Ange en titel på minst 3 tecken."), z.maxLength(MAX_TITLE, `Titeln får vara högst ${MAX_TITLE} tecken.`));

/** A blank answer counts as none. */
const blankAsNone = () => z.transform((value: string | undefined) => (value ? value : undefined));

const diaryNumber = z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(50, "Diarienumret får vara högst 50 tecken."))), blankAsNone());

/** An organisation picked from a list; blank is none. */
const organizationId = z.pipe(z.pipe(z.optional(z.string()), blankAsNone()), z.optional(z.uuid("Välj en organisation i listan.")));

export const createCaseSchema = z.object({
  title,
  diaryNumber,
  /** Which of the actor's organisations owns the case; required only when there is more than one. */
  organizationId,
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;

export const updateCaseSchema = z.object({
  title,
  diaryNumber,
  version: z.coerce.number({ error: "Ärendets version saknas. Ladda om sidan." }).check(z.int(), z.positive("Ärendets version saknas. Ladda om sidan.")),
});
export type UpdateCaseInput = z.input<typeof updateCaseSchema>;

export const CASE_ROLE_LABELS = { EDITOR: "Redigerare", REVIEWER: "Granskare (jurist)" } as const;

export const invitationSchema = z.object({
  email: emailField("Ange e-postadressen till den du vill bjuda in."),
  role: z.enum(["EDITOR", "REVIEWER"], { error: "Välj vilken roll personen ska få i ärendet." }),
  /** Picked from the search's matches. */
  organizationId,
  /** Typed in full: used when nothing was picked (the form without JavaScript). */
  organizationName: z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(200, "Organisationens namn får vara högst 200 tecken."))), blankAsNone()),
});
export type InvitationInput = z.input<typeof invitationSchema>;

/** The search for a partner organisation while inviting: part of a name. */
export const partnerSearchSchema = z.object({
  q: z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(100, "Sök med högst 100 tecken."))), blankAsNone()),
});

/** A new account created while accepting an invitation. */
export const newAccountSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(2, "Ange ditt namn."), z.maxLength(120, "Namnet får vara högst 120 tecken.")),
    password: newPassword,
    passwordConfirm,
  })
  .check(passwordsAlike);
export type NewAccountInput = z.input<typeof newAccountSchema>;
