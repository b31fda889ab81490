import * as z from "zod/mini";
import { newPassword } from "@/lib/auth/schemas";
import { emailField } from "@/lib/forms/email-field";

// Plain module: what `npm run users` takes (scripts/users-cli.ts), checked before the database
// is touched. The command's words for the two global roles are the ones an operator types.

export const GLOBAL_ROLE_WORDS = { systemadmin: "SYSTEM_ADMIN", skr: "SKR_STAFF" } as const;
export type GlobalRoleWord = keyof typeof GLOBAL_ROLE_WORDS;

const role = z.enum(["SYSTEM_ADMIN", "SKR_STAFF"], "Rollen ska vara systemadmin eller skr.");
const email = emailField("Ange kontots e-postadress.");

/** A role to give: to an account that exists, or to a new one with its name and password. */
export const grantGlobalRoleSchema = z.object({
  email,
  role,
  name: z.optional(z.string().check(z.trim(), z.minLength(2, "Ange personens namn (--name)."), z.maxLength(120, "Namnet får vara högst 120 tecken."))),
  password: z.optional(newPassword),
});
export type GrantGlobalRoleInput = z.input<typeof grantGlobalRoleSchema>;

export const revokeGlobalRoleSchema = z.object({ email, role });
