import type { Case } from "@/lib/case";
import { PARTY_ROLE_LABELS, type PartyRole } from "@/lib/case/enums";
import { GLOSSARY } from "@/lib/guide/glossary";
import { sameParty } from "@/lib/review/approval";
import { joinNames, partyName } from "@/lib/documents/parties";

/** A role as the glossary defines it (KL 9 kap. 37 §, the report's chapter 2): the uppdragsgivare keeps the responsibility. */
function roleMeaning(role: PartyRole): string {
  const definition = GLOSSARY.find((entry) => entry.id === role)?.definition;
  return definition ? `${PARTY_ROLE_LABELS[role]}: ${definition.charAt(0).toLowerCase()}${definition.slice(1).replace(/\.$/, "")}` : PARTY_ROLE_LABELS[role];
}

const described = (party: Case["parties"][number]) => `${partyName(party)} (${party.role ? PARTY_ROLE_LABELS[party.role] : "roll inte angiven"})`;

/**
 * The case's parties and their roles as step 2B gives them, and the party the person works for
 * with what its role means: a partner's socialchef met the case with nothing on its overview
 * saying whose task it was or what their municipality was in it (a walk).
 */
export function CaseParties({ doc, ownOrganizations }: { doc: Case; ownOrganizations: readonly string[] }) {
  return (
    <>
      <dt className="font-semibold">Parter (steg 2B)</dt>
      <dd>{joinNames(doc.parties.map(described)) ?? "Inga parter är angivna i steg 2B än"}</dd>
      {ownOrganizations.length > 0 ? (
        <>
          <dt className="font-semibold">{ownOrganizations.length > 1 ? "Dina organisationer i ärendet" : "Din organisation i ärendet"}</dt>
          {/* One <dd>, a line per party: a second <dd> fell into the grid's narrow label column (the overview's list is two columns). */}
          <dd>
            {ownOrganizations.map((name) => {
              const own = doc.parties.find((party) => party.name && sameParty(party.name) === sameParty(name));
              return (
                <span key={name} className="block">
                  {name}
                  {/* Before step 2B names any party there is nothing to say of its role (a walk read "som inte finns bland parterna" as an error). */}
                  {own?.role ? `, ${roleMeaning(own.role)}` : own ? ", vars roll inte är angiven i steg 2B" : doc.parties.length > 0 ? ", som inte finns bland parterna i steg 2B" : ""}
                </span>
              );
            })}
          </dd>
        </>
      ) : null}
    </>
  );
}
