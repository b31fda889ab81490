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
