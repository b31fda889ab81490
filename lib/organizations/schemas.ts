import { z } from "zod";

export const ORGANIZATION_TYPE_LABELS = {
  KOMMUN: "Kommun",
  REGION: "Region",
  KOMMUNALFORBUND: "Kommunalförbund",
} as const;

const CODE_RULES = {
  KOMMUN: { pattern: /^\d{4}$/, message: "En kommunkod har fyra siffror, till exempel 1281." },
  REGION: { pattern: /^\d{2}$/, message: "En länskod har två siffror, till exempel 05." },
  KOMMUNALFORBUND: { pattern: /^\d{6}-\d{4}$/, message: "Ange organisationsnumret som tio siffror med bindestreck, till exempel 222000-1234." },
} as const;

// Shared by the admin form and createOrganizationAction.
export const organizationSchema = z
  .object({
    name: z.string().trim().min(2, "Ange organisationens namn.").max(150, "Namnet får vara högst 150 tecken."),
    type: z.enum(["KOMMUN", "REGION", "KOMMUNALFORBUND"], { error: "Välj typ av organisation." }),
    officialCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.officialCode && !CODE_RULES[value.type].pattern.test(value.officialCode)) {
      ctx.addIssue({ code: "custom", path: ["officialCode"], message: CODE_RULES[value.type].message });
    }
  });

export type OrganizationInput = z.input<typeof organizationSchema>;

/** Name and code of an existing organisation; its type decides the code's format. */
export const organizationUpdateSchema = z
  .object({
    name: z.string().trim().min(2, "Ange organisationens namn.").max(150, "Namnet får vara högst 150 tecken."),
    officialCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
    type: z.enum(["KOMMUN", "REGION", "KOMMUNALFORBUND"]),
  })
  .superRefine((value, ctx) => {
    if (value.officialCode && !CODE_RULES[value.type].pattern.test(value.officialCode)) {
      ctx.addIssue({ code: "custom", path: ["officialCode"], message: CODE_RULES[value.type].message });
    }
  });
export type OrganizationUpdateInput = z.input<typeof organizationUpdateSchema>;

export const ORG_ROLES = ["CASE_EDITOR", "LEGAL_REVIEWER", "ORG_ADMIN"] as const;

/** An organisation admin's invitation of a colleague, with exactly one organisation role. */
export const memberInvitationSchema = z.object({
  email: z.string().trim().min(1, "Ange e-postadressen till den du vill bjuda in.").pipe(z.email("Ange en giltig e-postadress, till exempel namn@kommun.se.")),
  role: z.enum(ORG_ROLES, { error: "Välj vilken roll personen ska få i organisationen." }),
});
export type MemberInvitationInput = z.input<typeof memberInvitationSchema>;

const checked = z
  .string()
  .optional()
  .transform((value) => value === "ja" || value === "on" || value === "true");

/** A person's roles in one organisation, as three check boxes; at least one. */
export const memberRolesSchema = z
  .object({ CASE_EDITOR: checked, LEGAL_REVIEWER: checked, ORG_ADMIN: checked })
  .transform((value) => ORG_ROLES.filter((role) => value[role]))
  .refine((roles) => roles.length > 0, { message: "Välj minst en roll. Vill du stänga av personen, använd Inaktivera.", path: ["roles"] });
