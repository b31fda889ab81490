import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/config";

// One schema per concept, shared by the forms and the server actions.

const title = z
  .string()
  .trim()
  .min(3, "Ange en titel på minst 3 tecken.")
  .max(200, "Titeln får vara högst 200 tecken.");

const diaryNumber = z
  .string()
  .trim()
  .max(50, "Diarienumret får vara högst 50 tecken.")
  .optional()
  .transform((value) => (value ? value : undefined));

export const createCaseSchema = z.object({
  title,
  diaryNumber,
  /** Which of the actor's organisations owns the case; required only when there is more than one. */
  organizationId: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.uuid("Välj en organisation i listan.").optional()),
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;

export const updateCaseSchema = z.object({
  title,
  diaryNumber,
  version: z.coerce.number({ error: "Ärendets version saknas. Ladda om sidan." }).int().positive("Ärendets version saknas. Ladda om sidan."),
});
export type UpdateCaseInput = z.input<typeof updateCaseSchema>;

export const CASE_ROLE_LABELS = { EDITOR: "Redigerare", REVIEWER: "Granskare (jurist)" } as const;

export const invitationSchema = z.object({
  email: z.string().trim().min(1, "Ange e-postadressen till den du vill bjuda in.").pipe(z.email("Ange en giltig e-postadress, till exempel namn@kommun.se.")),
  role: z.enum(["EDITOR", "REVIEWER"], { error: "Välj vilken roll personen ska få i ärendet." }),
  organizationId: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.uuid("Välj en organisation i listan.").optional()),
});
export type InvitationInput = z.input<typeof invitationSchema>;

/** A new account created while accepting an invitation. */
export const newAccountSchema = z
  .object({
    name: z.string().trim().min(2, "Ange ditt namn.").max(120, "Namnet får vara högst 120 tecken."),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`)
      .max(MAX_PASSWORD_LENGTH, `Lösenordet får ha högst ${MAX_PASSWORD_LENGTH} tecken.`),
    passwordConfirm: z.string().min(1, "Skriv lösenordet en gång till."),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Lösenorden är inte likadana.",
  });
export type NewAccountInput = z.input<typeof newAccountSchema>;
