"use client";

import { ConfirmForm } from "@/components/forms/ConfirmForm";
import type { FormAction } from "@/lib/forms/action-state";

/** Deactivation asks once more before it ends the person's sessions (ConfirmForm). */
export function DeactivateUserForm({ action, name }: { action: FormAction; name: string }) {
  return (
    <ConfirmForm
      action={action}
      question={`${name} loggas ut överallt och kan inte logga in förrän kontot aktiveras igen. Allt personen har gjort finns kvar i ärendena och loggen.`}
      openLabel="Inaktivera"
      confirmLabel="Ja, inaktivera"
      pendingLabel="Inaktiverar …"
      srName={name}
    />
  );
}
