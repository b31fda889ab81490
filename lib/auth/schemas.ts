import { z } from "zod";

// Shared by the sign-in form (client validation) and signInAction (server validation).
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Ange din e-postadress.").pipe(z.email("Ange en giltig e-postadress, till exempel namn@kommun.se.")),
  password: z.string().min(1, "Ange ditt lösenord.").max(256, "Lösenordet är för långt."),
  /** Where to go after signing in; only paths inside the app are followed. */
  next: z.string().optional(),
});

export type SignInInput = z.input<typeof signInSchema>;

/** A relative in-app path, or the default; never an absolute or protocol-relative URL. */
export function safeNextPath(next: string | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
