import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { completePasswordResetAction } from "@/lib/auth/actions";
import { NewPasswordForm } from "@/lib/auth/components/NewPasswordForm";
import { viewPasswordReset } from "@/lib/auth/password-reset";
import { AppError } from "@/lib/errors/app-error";

// The link's token is the credential: no page it leads on to may see it in a Referer (as the
// invitation pages: "strict-origin" keeps the Origin header a form post without script needs).
// One title for both answers: the form, and a link that no longer works.
export const metadata: Metadata = { title: "Nytt lösenord", referrer: "strict-origin" };

export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let reset;
  try {
    reset = await viewPasswordReset(await getActor(), token);
  } catch (error) {
    // A used, replaced, expired or unknown link, or a deactivated account: said, and nothing else about the account.
    if (!(error instanceof AppError) || (error.code !== "NOT_FOUND" && error.code !== "FORBIDDEN")) throw error;
    return (
      <section aria-labelledby="rubrik" className="max-w-xl">
        <h1 id="rubrik" className="text-3xl font-bold">
          Länken fungerar inte
        </h1>
        <p className="mt-4">{error.userMessage}</p>
        {/* A deactivated account gets no mail: no new link to ask for. */}
        {error.code === "NOT_FOUND" ? (
          <p className="mt-4">
            <Link href="/glomt-losenord" className="text-brand-700 underline">
              Begär en ny länk
            </Link>
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="rubrik" className="max-w-xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Välj ett nytt lösenord
      </h1>
      <p className="mt-4">
        Det nya lösenordet gäller kontot <strong>{reset.email}</strong>. När det är sparat loggas kontot ut från alla enheter, och du loggar in med det nya.
      </p>
      <NewPasswordForm email={reset.email} action={completePasswordResetAction.bind(null, token)} />
    </section>
  );
}
