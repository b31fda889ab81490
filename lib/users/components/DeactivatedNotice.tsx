/** The announcement after a deactivation (the page is reached by redirect with ?inaktiverad=<id>). */
export function DeactivatedNotice({ name }: { name: string | null }) {
  if (!name) return null;
  return (
    <div role="status" className="mt-6 rounded border-l-8 border-green-700 bg-green-50 p-4">
      <p className="font-semibold text-green-900">{name} är inaktiverad och har loggats ut överallt.</p>
      <p className="mt-1">Personen kan inte logga in igen. Allt hen har gjort finns kvar i ärendena och i händelseloggen.</p>
    </div>
  );
}
