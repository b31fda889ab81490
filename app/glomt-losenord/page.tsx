import type { Metadata } from "next";
import Link from "@/components/Link";
import { FocusedStatus } from "@/components/FocusedStatus";
import { getActor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { PasswordResetRequestForm } from "@/lib/auth/components/PasswordResetRequestForm";
import { PASSWORD_RESET_MESSAGES, PASSWORD_RESET_SENT_PARAM, PASSWORD_RESET_TTL_MINUTES } from "@/lib/auth/password-reset-messages";

export const metadata: Metadata = { title: "Glömt lösenordet" };

export default async function ForgottenPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await authorize(await getActor(), "auth.passwordReset.request");
  const sent = (await searchParams)[PASSWORD_RESET_SENT_PARAM] === "1";
  return (
    <section aria-labelledby="rubrik" className="max-w-xl">
      <p className="text-sm">
        <Link href="/logga-in" className="text-brand-700 underline">
          ← Till inloggningen
        </Link>
      </p>
      <h1 id="rubrik" className="mt-2 text-3xl font-bold">
        Glömt lösenordet
      </h1>
      {sent ? (
        <>
          <FocusedStatus className="mt-4 rounded border-l-4 border-green-700 bg-green-50 p-3">{PASSWORD_RESET_MESSAGES.sent}</FocusedStatus>
          <p className="mt-4">
            <Link href="/glomt-losenord" className="text-brand-700 underline">
              Skicka till en annan adress
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-4">
            Skriv e-postadressen för ditt konto. Vi skickar en länk där du väljer ett nytt lösenord; den gäller i {PASSWORD_RESET_TTL_MINUTES} minuter. När
            lösenordet är bytt loggas du ut från alla enheter.
          </p>
          <PasswordResetRequestForm />
        </>
      )}
    </section>
  );
}
