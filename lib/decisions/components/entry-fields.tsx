import type { ComponentPropsWithRef } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";

/** Which party an entry is for: one of the case's party organisations. */
export function PartyField({ id, parties, error, registered }: { id: string; parties: { id: string; name: string }[]; error: string | undefined; registered: ComponentPropsWithRef<"select"> }) {
  const options: Record<string, string> = parties.length === 1 ? {} : { "": "Välj part" };
  for (const party of parties) options[party.id] = party.name;
  return <SelectField id={id} label="Part" error={error} options={options} registered={registered} />;
}

/** The case version the decision or the signed agreement came from. */
export function VersionField({ id, version, what, error, registered }: { id: string; version: number; what: string; error: string | undefined; registered: ComponentPropsWithRef<"input"> }) {
  return (
    <Field id={id} label="Ärendets version" hint={`${what} Ärendet är nu i version ${version}; dokumentsidan visar vilken version varje fil skapades från, och dokumenten har versionen i sidfoten.`} error={error}>
      {(describedBy) => <input id={id} type="number" inputMode="numeric" min={1} max={version} className="w-32 rounded border-2 border-slate-700 px-3 py-2 aria-[invalid=true]:border-red-700" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...registered} />}
    </Field>
  );
}
