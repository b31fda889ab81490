import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { getActor } from "@/lib/auth/actor";
import { InvitationEnded, isEndedLink } from "@/lib/invitations/components/InvitationEnded";
import { AcceptInvitationForm } from "@/lib/cases/components/AcceptInvitationForm";
import { JoinCaseForm } from "@/lib/cases/components/JoinCaseForm";
import { acceptInvitationAction } from "@/lib/cases/actions";
import { acceptedInvitationCaseId, viewInvitation } from "@/lib/cases/invitations";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { CASE_ROLE_LABELS } from "@/lib/cases/schemas";

// The link's token is the credential: no page it leads on to may see it in a Referer. Not
// "no-referrer": under it a browser posts a form with "Origin: null", which Next.js refuses as a
// cross-site server action, so accepting without JavaScript failed with a 500. "strict-origin"
// sends only the origin, never the path, and keeps the Origin header.
export const metadata: Metadata = { title: "Inbjudan", referrer: "strict-origin" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  const here = `/inbjudan/${token}`;
  // The invitee opening their used link again comes to the case (signing in from the page below leads here too).
  const taken = await acceptedInvitationCaseId(actor, token);
  if (taken) redirect(`/arenden/${taken}`);
  let invitation;
  try {
    invitation = await viewInvitation(actor, token);
  } catch (error) {
    // An unknown, used, withdrawn or expired link is an expected situation with its own
    // explanation: a withdrawn or expired one says which; a used or unknown one the general message.
    if (!isEndedLink(error)) throw error;
    const signIn = actor.kind === "user" ? undefined : { href: `/logga-in?next=${encodeURIComponent(here)}`, ...CASE_MESSAGES.invitationTaken };
    return <InvitationEnded error={error} general={CASE_MESSAGES.invitationInvalid} signIn={signIn} />;
  }
  if (!invitation.mayJoin) {
    return (
      <section aria-labelledby="rubrik" className="max-w-2xl">
        <h1 id="rubrik" className="text-3xl font-bold">
          Inbjudan till ett ärende
        </h1>
        <p className="mt-6 rounded border-2 border-amber-700 p-4">{CASE_MESSAGES.skrStaffAccepting}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Inbjudan till ett ärende
      </h1>
      <p className="mt-4">
        Du är inbjuden till ärendet <strong>{invitation.caseTitle}</strong> som ägs av {invitation.ownerOrganization}
        {invitation.partnerOrganization ? <>, för {invitation.partnerOrganization}</> : null}. Du får rollen{" "}
        {CASE_ROLE_LABELS[invitation.role].toLowerCase()}.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Inbjudan gäller {invitation.email} och till <DateTime value={invitation.expiresAt} />.
      </p>
      {invitation.signedInAsInvitee ? (
        <JoinCaseForm action={acceptInvitationAction.bind(null, token)} />
      ) : actor.kind === "user" ? (
        <p className="mt-6 rounded border-2 border-amber-700 p-4">{CASE_MESSAGES.invitationWrongUser}</p>
      ) : invitation.accountExists ? (
        <p className="mt-6">
          Det finns redan ett konto för {invitation.email}.{" "}
          <Link href={`/logga-in?next=${encodeURIComponent(here)}`} className="text-brand-700 underline">
            Logga in för att ta emot inbjudan
          </Link>
          .
        </p>
      ) : (
        <AcceptInvitationForm action={acceptInvitationAction.bind(null, token)} email={invitation.email} />
      )}
    </section>
  );
}
