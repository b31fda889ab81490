import type { Metadata } from "next";

export const metadata: Metadata = { title: "Tillgänglighetsredogörelse" };

export default function AccessibilityStatementPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Tillgänglighetsredogörelse för Samverka</h1>
      <p>
        Samverka ska kunna användas av alla, oavsett funktionsförmåga. Den här redogörelsen beskriver hur tjänsten uppfyller
        lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.
      </p>
      <h2 className="pt-4 text-2xl font-semibold">Hur tillgänglig är tjänsten?</h2>
      <p>
        Målet är att tjänsten uppfyller WCAG 2.1 på nivå AA. Varje sida kontrolleras automatiskt med verktyget axe i en riktig
        webbläsare innan en ändring tas i bruk, och tjänsten ska gå att använda med enbart tangentbord, med 200 procents
        förstoring och på smala skärmar.
      </p>
      <h2 className="pt-4 text-2xl font-semibold">Kända brister</h2>
      <p>
        Automatiska tester hittar inte alla brister. Tjänsten har ännu inte granskats manuellt av en extern part. Vi
        redovisar brister här så snart vi känner till dem.
      </p>
      <h2 className="pt-4 text-2xl font-semibold">Rapportera brister</h2>
      <p>
        Om du upptäcker problem som inte beskrivs här, eller behöver innehåll i ett annat format, kontakta den som
        förvaltar tjänsten i din organisation. Vi strävar efter att svara inom två arbetsdagar.
      </p>
      <h2 className="pt-4 text-2xl font-semibold">Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) är tillsynsmyndighet för lagen om tillgänglighet till digital offentlig
        service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.
      </p>
    </article>
  );
}
