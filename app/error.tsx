"use client";

// Server errors arrive here with their message and stack stripped by Next.js in
// production; we show only a generic Swedish text and the digest, which instrumentation.ts logs
// beside the request's id.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="fel-rubrik" role="alert">
      <h1 id="fel-rubrik" className="text-3xl font-bold">
        Något gick fel
      </h1>
      <p className="mt-4">Vi kunde inte visa sidan just nu. Försök igen om en stund.</p>
      {error.digest ? <p className="mt-2">Om felet finns kvar, kontakta support och uppge felkod {error.digest}.</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Försök igen
      </button>
    </section>
  );
}
