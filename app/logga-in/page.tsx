import type { Metadata } from "next";
import Link from "@/components/Link";
import { headers } from "next/headers";
import { FocusedStatus } from "@/components/FocusedStatus";
import { getActor } from "@/lib/auth/actor";
import { ABSOLUTE_LIFETIME_SECONDS, IDLE_TIMEOUT_SECONDS } from "@/lib/auth/config";
import { verifiedSessionToken } from "@/lib/auth/session-token";
import { SignInForm } from "@/lib/auth/components/SignInForm";
import { safeNextPath } from "@/lib/auth/schemas";
import { PASSWORD_RESET_DONE_PARAM, PASSWORD_RESET_MESSAGES } from "@/lib/auth/password-reset-messages";

export const metadata: Metadata = { title: "Logga in" };

const SIGNED_OUT: Record<string, string> = {
  "1": "Du är utloggad.",
  alla: "Du är utloggad från alla enheter.",
  fel: "Utloggningen kunde inte slutföras. Stäng webbläsaren för att vara säker på att du är utloggad.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? safeNextPath(params.next) : undefined;
  // After a new password (lib/auth/password-reset.ts) every session of the account has ended: that is the word, not "Du är inte inloggad längre".
  const passwordChanged = params[PASSWORD_RESET_DONE_PARAM] === "1";
  const signedOut = typeof params.utloggad === "string" ? SIGNED_OUT[params.utloggad] : undefined;
  const actor = await getActor();
  // A signed cookie whose session is gone: it ended while the person was away (idle, the absolute
  // limit, "Logga ut från alla enheter" on another device, deactivation). Said, so that being sent
  // here from a page is not a riddle.
  const ended = !signedOut && !passwordChanged && actor.kind === "anonymous" && verifiedSessionToken(await headers()) !== null;
  return (
    <section aria-labelledby="rubrik" className="max-w-xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Logga in
      </h1>
      {passwordChanged ? (
        // Focused, as the word after a post is elsewhere; it gives way to the form's errors (saved-notice, app/globals.css).
        <FocusedStatus className="saved-notice mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3">{PASSWORD_RESET_MESSAGES.changed}</FocusedStatus>
      ) : signedOut ? (
        <p role="status" className="mt-4 rounded bg-brand-50 p-3">
          {signedOut}
        </p>
      ) : null}
      {ended ? (
        <p role="status" className="mt-4 rounded bg-brand-50 p-3">
          Du är inte inloggad längre. En inloggning avslutas efter {IDLE_TIMEOUT_SECONDS / 60} minuter utan aktivitet, senast efter{" "}
          {ABSOLUTE_LIFETIME_SECONDS / 3600} timmar, och när någon loggar ut från alla enheter. Logga in igen för att fortsätta.
        </p>
      ) : null}
      {actor.kind === "user" ? (
        <p className="mt-4">
          Du är inloggad som {actor.name}.{" "}
          <Link href={next ?? "/"} className="text-brand-700 underline">
            Fortsätt
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-4">Logga in med e-postadressen och lösenordet för ditt konto. Nya användare får ett konto genom en inbjudan, till ett ärende eller till en organisation.</p>
          <SignInForm next={next} />
          <p className="mt-6">
            <Link href="/glomt-losenord" className="text-brand-700 underline">
              Glömt lösenordet?
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
