import { z } from "zod";

// Shared by the sign-in form (client validation) and signInAction (server validation).
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Ange din e-postadress.").pipe(z.email("Ange en giltig e-postadress, till exempel namn@kommun.se.")),
  password: z.string().min(1, "Ange ditt lösenord.").max(256, "Lösenordet är för långt."),
  /** Where to go after signing in; only paths inside the app are followed. */
  next: z.string().optional(),
});

export type SignInInput = z.input<typeof signInSchema>;

export { safeNextPath } from "./next-path";
