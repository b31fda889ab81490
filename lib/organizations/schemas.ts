import * as z from "zod/mini";
import { emailField } from "@/lib/forms/email-field";
import { pageQuerySchema } from "@/lib/forms/page-query";
import { isSafeText } from "@/lib/format/safe-text";
import { REGIONS, municipalityByCode, municipalityByName } from "@/lib/reference/municipalities";

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

// zod/mini, as the admin forms run these schemas in the browser too.
const name = () => z.string().check(z.trim(), z.minLength(2, "Ange organisationens namn."), z.maxLength(150, "Namnet får vara högst 150 tecken."));

/** A blank code counts as none. */
const officialCode = () => z.pipe(z.optional(z.string().check(z.trim())), z.transform((value: string | undefined) => (value ? value : undefined)));

/**
 * What is wrong with a code for an organisation of this type and name, or null. The format
 * follows the type; a kommunkod or länskod must be one of SCB's (lib/reference/municipalities),
 * and a municipality the name identifies must have its own code: the code decides the
 * municipality group that SKR's statistics and the published examples generalise a case to.
 */
export function officialCodeProblem(type: keyof typeof CODE_RULES, code: string, name?: string): string | null {
  if (!CODE_RULES[type].pattern.test(code)) return CODE_RULES[type].message;
  if (type === "REGION" && !REGIONS.some((region) => region.code === code)) return `Det finns ingen region med länskod ${code} i SCB:s förteckning. Länskoderna går från 01 till 25, till exempel 05 för Östergötland.`;
  if (type !== "KOMMUN") return null;
  const byCode = municipalityByCode(code);
  if (!byCode) return `Det finns ingen kommun med kommunkod ${code} i SCB:s förteckning.`;
  const byName = name ? municipalityByName(name) : undefined;
  if (byName && byName !== byCode) return `Kommunkoden ${code} hör till ${byCode.name}. ${byName.name} har kommunkod ${byName.code}.`;
  return null;
}

/** The code's format follows the organisation's type, and a public code is a real one (officialCodeProblem). */
const codeMatchesType = () =>
  z.superRefine((value: { type: keyof typeof CODE_RULES; officialCode?: string; name?: string }, ctx) => {
    const problem = value.officialCode ? officialCodeProblem(value.type, value.officialCode, value.name) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["officialCode"], message: problem });
  });

// Shared by the admin form and createOrganizationAction.
export const organizationSchema = z
  .object({
    name: name(),
    type: z.enum(["KOMMUN", "REGION", "KOMMUNALFORBUND"], { error: "Välj typ av organisation." }),
    officialCode: officialCode(),
  })
  .check(codeMatchesType());

export type OrganizationInput = z.input<typeof organizationSchema>;

/** Name and code of an existing organisation; its type decides the code's format. */
export const organizationUpdateSchema = z
  .object({
    name: name(),
    officialCode: officialCode(),
    type: z.enum(["KOMMUN", "REGION", "KOMMUNALFORBUND"]),
  })
  .check(codeMatchesType());
export type OrganizationUpdateInput = z.input<typeof organizationUpdateSchema>;

export const ORG_ROLES = ["CASE_EDITOR", "LEGAL_REVIEWER", "ORG_ADMIN"] as const;

/** An organisation admin's invitation of a colleague, with exactly one organisation role. */
export const memberInvitationSchema = z.object({
  email: emailField("Ange e-postadressen till den du vill bjuda in."),
  role: z.enum(ORG_ROLES, { error: "Välj vilken roll personen ska få i organisationen." }),
  /**
   * The domain the sender confirmed, on the server's question about an address on a domain no
   * member uses (lib/organizations/address-domain.ts); a confirmation holds for that domain only.
   */
  confirmAddress: z.optional(z.string().check(z.maxLength(255))),
});
export type MemberInvitationInput = z.input<typeof memberInvitationSchema>;

const checked = z.pipe(
  z.optional(z.string()),
  z.transform((value: string | undefined) => value === "ja" || value === "on" || value === "true"),
);

/** A person's roles in one organisation, as three check boxes; at least one. */
export const memberRolesSchema = z
  .pipe(
    z.object({ CASE_EDITOR: checked, LEGAL_REVIEWER: checked, ORG_ADMIN: checked }),
    z.transform((value: Record<(typeof ORG_ROLES)[number], boolean>) => ORG_ROLES.filter((role) => value[role])),
  )
  .check(z.refine((roles) => roles.length > 0, { message: "Välj minst en roll. Vill du stänga av personen, använd Inaktivera.", path: ["roles"] }));

/** Longest search the organisation list takes; the page cuts a longer one to this. */
export const ORGANIZATION_SEARCH_MAX = 100;

/**
 * The system admin's organisation list (?q=&sida=): part of a name or a code, and a page.
 * Anything that is not a page number is page 1 (pageQuerySchema).
 */
export const organizationSearchSchema = z.object({
  q: z._default(
    z.string().check(
      z.trim(),
      z.maxLength(ORGANIZATION_SEARCH_MAX, `Sökningen får vara högst ${ORGANIZATION_SEARCH_MAX} tecken.`),
      // PostgreSQL refuses NUL in text: such a search would fail in the query, not find nothing.
      z.refine(isSafeText, "Sökningen innehåller ett osynligt tecken. Skriv om den och försök igen."),
    ),
    "",
  ),
  sida: pageQuerySchema.shape.sida,
});
export type OrganizationSearch = z.output<typeof organizationSearchSchema>;
