import * as z from "zod/mini";
import { emailField } from "@/lib/forms/email-field";

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
