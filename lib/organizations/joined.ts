import type { OrgRole } from "@/lib/db/generated/enums";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";

// Plain module: the start page's word that an organisation invitation was accepted. Without it
// the person landed on the start page with nothing said of what had happened (found on a walk).

/** The membership an accepted organisation invitation gave. */
export interface Joined {
  organizationId: string;
  role: OrgRole;
}

/** The start page's query parameter after an organisation invitation was accepted. */
export const JOINED_PARAM = "gick-med";

export function joinedValue({ organizationId, role }: Joined): string {
  return `${organizationId}.${role}`;
}

/**
 * The sentence for the start page, or null. Said only of a membership the person holds, so a
 * crafted link can neither name another organisation nor claim a role they lack.
 */
export function joinedMessage(value: unknown, memberships: readonly { organizationId: string; organizationName: string; role: string }[]): string | null {
  if (typeof value !== "string") return null;
  const parts = value.split(".");
  if (parts.length !== 2) return null;
  const [organizationId, role] = parts;
  const held = memberships.find((m) => m.organizationId === organizationId && m.role === role);
  if (!held || !Object.hasOwn(ORG_ROLE_LABELS, held.role)) return null;
  return `Du är nu med i ${held.organizationName} som ${ORG_ROLE_LABELS[held.role as OrgRole].toLowerCase()}.`;
}
