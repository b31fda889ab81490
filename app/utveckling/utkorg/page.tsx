import type { Metadata } from "next";
import { DateTime } from "@/components/DateTime";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { listOutbox } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Utkorg" };

export default async function OutboxPage() {
  const actor = await getActor();
  const mails = await guardPage("/utveckling/utkorg", () => listOutbox(actor));
  return (
    <section aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        Utkorg
      </h1>
      <p className="mt-4">Ingen e-postserver är inställd (SMTP_URL), så e-post som tjänsten skickar hamnar här i stället.</p>
      {mails.length === 0 ? (
        <p className="mt-6">Utkorgen är tom.</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded border border-slate-300 p-4">
              <h2 className="text-lg font-semibold">{mail.subject}</h2>
              <p className="text-sm text-slate-700">
                Till {mail.to} · <DateTime value={mail.createdAt} />
              </p>
              <pre className="mt-3 whitespace-pre-wrap font-sans">{mail.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
