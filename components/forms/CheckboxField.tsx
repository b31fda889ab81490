import { HintAndError, describedByOf } from "./Field";

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
  return (
    <div className="mb-5">
      <HintAndError id={id} hint={hint} error={error} hintClass="text-slate-800" />
      <label className="mt-2 flex items-center gap-2 font-semibold">
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          className="h-5 w-5"
          aria-describedby={describedByOf(id, hint, error)}
          aria-invalid={error ? true : undefined}
        />
        {label}
      </label>
    </div>
  );
}
