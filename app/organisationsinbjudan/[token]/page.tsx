import type { Metadata } from "next";
import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { getActor } from "@/lib/auth/actor";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { AcceptInvitationForm } from "@/lib/cases/components/AcceptInvitationForm";
import { acceptOrganizationInvitationAction } from "@/lib/organizations/actions";
import { JoinOrganizationForm } from "@/lib/organizations/components/JoinOrganizationForm";
import { InvitationEnded, isEndedLink } from "@/lib/invitations/components/InvitationEnded";
import { viewOrganizationInvitation } from "@/lib/organizations/invitations";
import { ORGANIZATION_MESSAGES } from "@/lib/organizations/messages";

// The link's token is the credential: no page it leads on to may see it in a Referer. Not
// "no-referrer": under it a browser posts a form with "Origin: null", which Next.js refuses as a
// cross-site server action, so accepting without JavaScript failed with a 500. "strict-origin"
// sends only the origin, never the path, and keeps the Origin header.
export const metadata: Metadata = { title: "Inbjudan till en organisation", referrer: "strict-origin" };

export default async function OrganizationInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  let invitation;
  try {
    invitation = await viewOrganizationInvitation(actor, token);
  } catch (error) {
    // A withdrawn or expired link says which; a used or unknown one gets the general message.
    if (!isEndedLink(error)) throw error;
    return <InvitationEnded error={error} general={ORGANIZATION_MESSAGES.invitationInvalid} />;
  }
  const here = `/organisationsinbjudan/${token}`;
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Inbjudan till {invitation.organizationName}
      </h1>
      <p className="mt-4">
        Du är inbjuden till {invitation.organizationName} i Samverka med rollen {ORG_ROLE_LABELS[invitation.role].toLowerCase()}.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Inbjudan gäller {invitation.email} och till <DateTime value={invitation.expiresAt} />.
      </p>
      {!invitation.mayJoin ? (
        <p className="mt-6 rounded border-2 border-amber-700 p-4">{ORGANIZATION_MESSAGES.skrStaffAccepting}</p>
      ) : invitation.accountDeactivated ? (
        <p className="mt-6 rounded border-2 border-amber-700 p-4">{ORGANIZATION_MESSAGES.deactivatedAccount}</p>
      ) : invitation.signedInAsInvitee ? (
        <JoinOrganizationForm action={acceptOrganizationInvitationAction.bind(null, token)} organizationName={invitation.organizationName} />
      ) : actor.kind === "user" ? (
        <p className="mt-6 rounded border-2 border-amber-700 p-4">{ORGANIZATION_MESSAGES.invitationWrongUser}</p>
      ) : invitation.accountExists ? (
        <p className="mt-6">
          Det finns redan ett konto för {invitation.email}.{" "}
          <Link href={`/logga-in?next=${encodeURIComponent(here)}`} className="text-brand-700 underline">
            Logga in för att ta emot inbjudan
          </Link>
          .
        </p>
      ) : (
        <AcceptInvitationForm
          email={invitation.email}
          action={acceptOrganizationInvitationAction.bind(null, token)}
          submitLabel={`Skapa konto och gå med i ${invitation.organizationName}`}
        />
      )}
    </section>
  );
}
