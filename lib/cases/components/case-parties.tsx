import type { Case } from "@/lib/case";
import type { PartyRole } from "@/lib/case/enums";
import { sameParty } from "@/lib/review/approval";
import { joinNames, partyName } from "@/lib/documents/parties";

/** What a role means in avtalssamverkan (KL 9 kap. 37 §): one party performs a task for another. */
const ROLE_MEANING: Record<PartyRole, string> = {
  uppdragstagare: "uppdragstagare, utför uppgiften",
  uppdragsgivare: "uppdragsgivare, får uppgiften utförd och betalar för den",
  bada: "både uppdragsgivare och uppdragstagare",
};

/** The person's own party's role, after its name. */
const OWN_ROLE: Record<PartyRole, string> = {
  uppdragstagare: ", som är uppdragstagare och utför uppgiften",
  uppdragsgivare: ", som är uppdragsgivare: uppgiften utförs åt er och ni betalar för den",
  bada: ", som är både uppdragsgivare och uppdragstagare",
};

const described = (party: Case["parties"][number]) => `${partyName(party)} (${party.role ? ROLE_MEANING[party.role] : "roll inte angiven"})`;

/**
 * The case's parties and their roles as step 2B gives them, and the party the person works for:
 * a partner's socialchef met the case with nothing on its overview saying whose task it was or
 * what was asked of their municipality (a walk).
 */
export function CaseParties({ doc, ownOrganization }: { doc: Case; ownOrganization: string | undefined }) {
  const own = ownOrganization ? doc.parties.find((party) => party.name && sameParty(party.name) === sameParty(ownOrganization)) : undefined;
  return (
    <>
      <dt className="font-semibold">Parter (steg 2B)</dt>
      <dd>{joinNames(doc.parties.map(described)) ?? "Inga angivna i steg 2B än"}</dd>
      {ownOrganization ? (
        <>
          <dt className="font-semibold">Du företräder</dt>
          <dd>
            {ownOrganization}
            {own?.role ? OWN_ROLE[own.role] : own ? ", vars roll inte är angiven i steg 2B" : ", som inte är namngiven bland parterna i steg 2B"}
          </dd>
        </>
      ) : null}
    </>
  );
}
