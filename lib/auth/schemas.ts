import * as z from "zod/mini";
import { emailField } from "@/lib/forms/email-field";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./config";

// Shared by the sign-in form (client validation) and signInAction (server validation). Written
// with zod/mini, like every schema that runs in the browser, so the form pages carry only the
// parts of zod they use.
export const signInSchema = z.object({
  email: emailField("Ange din e-postadress."),
  password: z.string().check(z.minLength(1, "Ange ditt lösenord."), z.maxLength(256, "Lösenordet är för långt.")),
  /** Where to go after signing in; only paths inside the app are followed. */
  next: z.optional(z.string()),
});

export type SignInInput = z.input<typeof signInSchema>;

export { safeNextPath } from "./next-path";

/** "Glömt lösenordet?": the address of the account whose password is to be chosen anew. */
export const passwordResetRequestSchema = z.object({ email: emailField("Ange e-postadressen för ditt konto.") });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestSchema>;

/** A new password from a reset link, typed twice. The same limits as the accounts invitations create. */
export const newPasswordSchema = z
  .object({
    password: z
      .string()
      .check(
        z.minLength(MIN_PASSWORD_LENGTH, `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`),
        z.maxLength(MAX_PASSWORD_LENGTH, `Lösenordet får ha högst ${MAX_PASSWORD_LENGTH} tecken.`),
      ),
    passwordConfirm: z.string().check(z.minLength(1, "Skriv lösenordet en gång till.")),
  })
  .check(
    z.refine((value) => value.password === value.passwordConfirm, {
      path: ["passwordConfirm"],
      message: "Lösenorden är inte likadana.",
    }),
  );
export type NewPasswordInput = z.input<typeof newPasswordSchema>;
