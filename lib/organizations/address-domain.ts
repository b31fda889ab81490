// Whether an invited address looks like the organisation's own. An organisation invitation gives
// a role in the organisation; one sent to a mistyped or another municipality's address would give
// it to someone else. Samverka stores no list of an organisation's mail domains, so the domains
// its members' addresses use stand for them.

/** The part after the last "@", in lower case; "" for an address without one. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** The same domain, or one a subdomain of the other (socialtjanst.norrstrom.se and norrstrom.se). */
export function sameMailDomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * Whether an address's domain is among the members' (their addresses, as stored). An
 * organisation without members has no domain to compare with: nothing is questioned.
 */
export function isFamiliarDomain(email: string, memberEmails: readonly string[]): boolean {
  const domain = domainOf(email);
  return memberEmails.length === 0 || memberEmails.some((member) => sameMailDomain(domainOf(member), domain));
}
