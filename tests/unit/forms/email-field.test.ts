import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { MAX_EMAIL } from "@/lib/forms/email-field";
import { signInSchema } from "@/lib/auth/schemas";
import { invitationSchema } from "@/lib/cases/schemas";
import { memberInvitationSchema } from "@/lib/organizations/schemas";

// A walk invited a 318-character address: it was accepted, mailed, and broke the list of invitations.
const address = (length: number) => `${"a".repeat(length - "@norrstrom.se".length)}@norrstrom.se`;
const emailErrors = (schema: z.ZodMiniType, email: string, rest: Record<string, string>) => {
  const result = schema.safeParse({ email, ...rest });
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === "email").map((issue) => issue.message);
};

describe("the e-mail address field", () => {
  for (const [name, schema, rest] of [
    ["sign-in", signInSchema, { password: "x" }],
    ["case invitation", invitationSchema, { role: "EDITOR" }],
    ["organisation invitation", memberInvitationSchema, { role: "CASE_EDITOR" }],
  ] as const) {
    it(`takes an address of ${MAX_EMAIL} characters and refuses a longer one, naming the limit (${name})`, () => {
      expect(emailErrors(schema, address(MAX_EMAIL), rest)).toEqual([]);
      expect(emailErrors(schema, address(MAX_EMAIL + 1), rest)).toContain("E-postadressen får vara högst 254 tecken.");
      expect(emailErrors(schema, "  ", rest)).toHaveLength(1);
    });
  }
});
