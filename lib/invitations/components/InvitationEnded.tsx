import Link from "@/components/Link";
import { AppError } from "@/lib/errors/app-error";
import { InvitationEndedError } from "../ended";
import { INVITATION_STATE_LABELS } from "../state";

/** Whether a link's page answers this error with InvitationEnded; any other error it rethrows. */
export const isEndedLink = (error: unknown): error is AppError => error instanceof AppError && error.code === "NOT_FOUND";

/**
 * The page of an invitation link (to an organisation or to a case) that no longer works: a
 * withdrawn or expired link says which ("Återkallad", "Har gått ut") and why; a used or unknown
 * one gets the general message.
 */
export function InvitationEnded({ error, general, signIn }: {
  error: AppError;
  general: string;
  /** For a used or unknown link opened by someone not signed in: a question, and the sign-in link that answers it. */
  signIn?: { href: string; question: string; link: string };
}) {
  const state = error instanceof InvitationEndedError ? error.state : null;
  return (
    <section aria-labelledby="rubrik" className="max-w-2xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Inbjudan gäller inte
      </h1>
      {state ? <p className="mt-4 text-lg font-semibold">{INVITATION_STATE_LABELS[state]}</p> : null}
      <p className="mt-4">{state ? error.userMessage : general}</p>
      {!state && signIn ? (
        <p className="mt-4">
          {signIn.question}{" "}
          <Link href={signIn.href} className="text-brand-700 underline">
            {signIn.link}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
