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

/** A new password's rule, wherever an account gets one (invitations, a reset link, `npm run users`). */
export const newPassword = z
  .string()
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`),
    z.maxLength(MAX_PASSWORD_LENGTH, `Lösenordet får ha högst ${MAX_PASSWORD_LENGTH} tecken.`),
  );

/** The new password typed a second time, and the check that both are alike (on the second field). */
export const passwordConfirm = z.string().check(z.minLength(1, "Skriv lösenordet en gång till."));
export const passwordsAlike = z.refine<{ password: string; passwordConfirm: string }>((value) => value.password === value.passwordConfirm, {
  path: ["passwordConfirm"],
  message: "Lösenorden stämmer inte överens.",
});

/** A new password from a reset link, typed twice. */
export const newPasswordSchema = z.object({ password: newPassword, passwordConfirm }).check(passwordsAlike);
export type NewPasswordInput = z.input<typeof newPasswordSchema>;
