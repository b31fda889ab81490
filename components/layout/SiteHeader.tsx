import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { mayDo } from "@/lib/auth/authorize";
import { SignOutButton } from "@/lib/auth/components/SignOutButton";
import { Wordmark } from "./Wordmark";

const LINK = "text-white underline-offset-4 hover:underline";

/** Site header: who is signed in and the links their roles allow (display only; every page checks again). */
export async function SiteHeader() {
  const actor = await getActor();
  const organizations = actor.kind === "user" ? [...new Set(actor.memberships.map((m) => m.organizationName))] : [];
  return (
    <header className="border-b-8 border-brand-700 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-white no-underline hover:underline" aria-label="Samverka – till startsidan">
          <Wordmark />
        </Link>
        <nav aria-label="Huvudmeny">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            {actor.kind === "user" ? (
              <>
                {mayDo(actor, "case.list") ? (
                  <li>
                    <Link href="/arenden" className={LINK}>
                      Mina ärenden
                    </Link>
                  </li>
                ) : null}
                {mayDo(actor, "catalogue.read") ? (
                  <li>
                    <Link href="/katalog" className={LINK}>
                      Exempelkatalog
                    </Link>
                  </li>
                ) : null}
                {mayDo(actor, "statistics.read") ? (
                  <li>
                    <Link href="/statistik" className={LINK}>
                      Statistik
                    </Link>
                  </li>
                ) : null}
                {actor.memberships.some((m) => m.role === "LEGAL_REVIEWER") ? (
                  <li>
                    <Link href="/att-granska" className={LINK}>
                      Att granska
                    </Link>
                  </li>
                ) : null}
                {mayDo(actor, "admin.view") ? (
                  <li>
                    <Link href="/admin" className={LINK}>
                      Administration
                    </Link>
                  </li>
                ) : null}
                {mayDo(actor, "outbox.read") ? (
                  <li>
                    <Link href="/utveckling/utkorg" className={LINK}>
                      Utkorg
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/konto" className={LINK}>
                    <span className="sr-only">Ditt konto: </span>
                    {actor.name}
                    {organizations.length ? <span className="text-slate-100">, {organizations.join(", ")}</span> : null}
                  </Link>
                </li>
                <li>
                  <SignOutButton className="rounded border border-white px-3 py-1 text-white hover:bg-white hover:text-brand-800" />
                </li>
              </>
            ) : (
              <li>
                <Link href="/logga-in" className={LINK}>
                  Logga in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
