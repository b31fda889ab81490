/**
 * Parties in the order the case's pages name them (partyOrganizations): the owner first, then by
 * name. Lists of each party's review state followed the order the memberships were read in, so a
 * case of three parties named them in one order on its page and another in the lists.
 */
export function inPartyOrder<T extends { organizationId: string; name: string }>(parties: readonly T[], ownerOrganizationId: string): T[] {
  return [...parties].sort((a, b) => Number(b.organizationId === ownerOrganizationId) - Number(a.organizationId === ownerOrganizationId) || a.name.localeCompare(b.name, "sv"));
}
