import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { SignInForm } from "@/lib/auth/components/SignInForm";
import { safeNextPath } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Logga in" };

const SIGNED_OUT: Record<string, string> = {
  "1": "Du är utloggad.",
  alla: "Du är utloggad från alla enheter.",
  fel: "Utloggningen kunde inte slutföras. Stäng webbläsaren för att vara säker på att du är utloggad.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? safeNextPath(params.next) : undefined;
  const signedOut = typeof params.utloggad === "string" ? SIGNED_OUT[params.utloggad] : undefined;
  const actor = await getActor();
  return (
    <section aria-labelledby="rubrik" className="max-w-xl">
      <h1 id="rubrik" className="text-3xl font-bold">
        Logga in
      </h1>
      {signedOut ? (
        <p role="status" className="mt-4 rounded bg-brand-50 p-3">
          {signedOut}
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
          <p className="mt-4">Logga in med e-postadressen och lösenordet för ditt konto. Nya användare får ett konto genom en inbjudan till ett ärende.</p>
          <SignInForm next={next} />
        </>
      )}
    </section>
  );
}
