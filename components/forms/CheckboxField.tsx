/**
 * One box to tick, with what it confirms (the hint) and the server's error read out with it: the
 * confirmations a server asks for before it goes on (an approval with open reminders, an
 * invitation to an address on an unfamiliar domain).
 */
export function CheckboxField({
  id,
  name,
  value,
  label,
  hint,
  error,
  defaultChecked,
}: {
  id: string;
  name: string;
  value: string;
  label: string;
  hint?: string;
  error?: string;
  defaultChecked: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      {hint ? (
        <p id={hintId} className="text-slate-800">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Fel: </span>
          {error}
        </p>
      ) : null}
      <label className="mt-2 flex items-center gap-2 font-semibold">
        <input type="checkbox" id={id} name={name} value={value} defaultChecked={defaultChecked} className="h-5 w-5" aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        {label}
      </label>
    </div>
  );
}
