import type { ComponentPropsWithRef } from "react";
import { Field, INPUT_CLASS } from "@/components/forms/Field";

/** The e-mail address an invitation is sent to, on a case's participants and an organisation's page alike. */
export function InvitationEmailField({ id, error, registered }: { id: string; error: string | undefined; registered: ComponentPropsWithRef<"input"> }) {
  return (
    <Field id={id} label="E-postadress" hint="Personen får en länk som gäller i sju dagar och kan användas en gång." error={error}>
      {(describedBy) => <input id={id} type="email" autoComplete="off" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...registered} />}
    </Field>
  );
}
