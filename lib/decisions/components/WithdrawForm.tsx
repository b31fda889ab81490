"use client";

import { ConfirmForm } from "@/components/forms/ConfirmForm";
import type { FormAction } from "@/lib/forms/action-state";

/**
 * "Återkalla" for one entry, asked once more (ConfirmForm: a walk found it acted on one press). A
 * success leads back to the page, which says so; a refusal is said here.
 */
export function WithdrawForm({ action, id, what, kind }: { action: FormAction; id: string; what: string; kind: "decision" | "signature" }) {
  const noun = kind === "decision" ? "Beslutet" : "Underskriften";
  const it = kind === "decision" ? "det" : "den";
  return (
    <ConfirmForm
      action={action}
      hidden={{ id }}
      question={`${noun} av ${what} tas bort från sidan och räknas inte längre. ${it === "det" ? "Det" : "Den"} står kvar i ärendets historik och loggen, och du kan registrera ${it} igen.`}
      openLabel="Återkalla"
      confirmLabel="Ja, återkalla"
      pendingLabel="Återkallar …"
      srName={`${noun.toLowerCase()}: ${what}`}
      tone="plain"
      className="mt-1"
    />
  );
}
