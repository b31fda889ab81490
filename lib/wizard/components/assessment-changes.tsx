import type { AssessmentChange } from "@/lib/rules/assessment-diff";

/** What changed in the procurement assessment since this person last opened the case. */
export function AssessmentChanges({ changes, compact = false }: { changes: readonly AssessmentChange[]; compact?: boolean }) {
  if (changes.length === 0) return null;
  const list = (
    <ul className="list-disc pl-6">
      {changes.map((change) => (
        <li key={change.text}>{change.text}</li>
      ))}
    </ul>
  );
  if (compact) {
    return (
      <div className="mt-1 rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
        <p className="font-semibold">Bedömningen har ändrats sedan du senast öppnade ärendet:</p>
        {list}
      </div>
    );
  }
  return (
    <section aria-labelledby="andrad-bedomning" role="status" className="mt-6 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="andrad-bedomning" className="text-xl font-semibold">
        Bedömningen har ändrats sedan du senast öppnade ärendet
      </h2>
      <p className="mt-1">Ändringen kan bero på nya svar, på ändrade referensdata (till exempel en ny beloppsgräns) eller på att bedömningsdatumet har passerat in i ett nytt år.</p>
      <div className="mt-2">{list}</div>
    </section>
  );
}
