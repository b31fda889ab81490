import type { Metadata } from "next";
import { DateTime } from "@/components/DateTime";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { DeliveryStatus } from "@/lib/mail/components/delivery-status";
import { listOutbox } from "@/lib/mail/outbox";
import { NOUNS, formatCount } from "@/lib/format/count";

export const metadata: Metadata = { title: "Utkorg" };
export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  const actor = await getActor();
  const outbox = await guardPage("/utveckling/utkorg", () => listOutbox(actor));
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Utkorg
      </h1>
      {outbox.smtp ? (
        <p className="mt-4">
          E-post skickas via den inställda e-postservern. Här ser du hur varje utskick gick.
          {outbox.showBodies ? null : " Innehållet visas inte, eftersom det kan innehålla personliga inbjudningslänkar."}
        </p>
      ) : (
        <p className="mt-4">Ingen e-postserver är inställd (SMTP_URL), så e-post som tjänsten skickar hamnar här i stället.</p>
      )}
      <p className="mt-2">
        {outbox.failed.length === 0 ? "Inga misslyckade utskick." : `${outbox.failed.length} misslyckade utskick.`}{" "}
        {`${formatCount(outbox.pending, NOUNS.mail)} väntar på att skickas.`}
      </p>

      {outbox.failed.length > 0 ? (
        <section aria-labelledby="misslyckade" className="mt-6 rounded border-2 border-red-700 p-4">
          <h2 id="misslyckade" className="text-xl font-semibold">
            Misslyckade utskick
          </h2>
          <ul className="mt-3 space-y-3">
            {outbox.failed.map((mail) => (
              <li key={mail.id}>
                <p className="font-semibold">{mail.subject}</p>
                <p className="text-sm">
                  Till {mail.to} · <DateTime value={mail.createdAt} /> · {mail.attempts} försök
                </p>
                {mail.lastError ? <p className="text-sm">Senaste fel: {mail.lastError}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">Alla utskick</h2>
      {outbox.mails.length === 0 ? (
        <p className="mt-4">Utkorgen är tom.</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {outbox.mails.map((mail) => (
            <li key={mail.id} className="rounded border border-slate-300 p-4">
              <h3 className="text-lg font-semibold">{mail.subject}</h3>
              <p className="text-sm text-slate-700">
                Till {mail.to} · <DateTime value={mail.createdAt} />
              </p>
              <p className="mt-2">
                <DeliveryStatus status={mail.status} attempts={mail.attempts} sentAt={mail.sentAt} nextAttemptAt={mail.nextAttemptAt} />
              </p>
              {mail.status !== "SENT" && mail.status !== "NOT_SENT" && mail.lastError ? <p className="mt-1 text-sm">Senaste fel: {mail.lastError}</p> : null}
              {"text" in mail && typeof mail.text === "string" ? <pre className="mt-3 whitespace-pre-wrap font-sans">{mail.text}</pre> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
