"use client";

import { ConfirmForm } from "@/components/forms/ConfirmForm";
import type { FormAction } from "@/lib/forms/action-state";

/**
 * Takes a mistaken entry off the page, asked once more (ConfirmForm: a walk found it acted on one
 * press). Said as "Ta bort registreringen", never "Återkalla": to revoke (återkalla) a decision
 * is a body's own act, and a walk read the button as undoing the nämnd's decision. A success
 * leads back to the page, which says so; a refusal is said here.
 */
export function WithdrawForm({ action, id, what, kind }: { action: FormAction; id: string; what: string; kind: "decision" | "signature" }) {
  const noun = kind === "decision" ? "beslutet" : "underskriften";
  return (
    <ConfirmForm
      action={action}
      hidden={{ id }}
      question={`Registreringen av ${noun} av ${what} tas bort från sidan och räknas inte längre. Själva ${noun} påverkas inte. Registreringen står kvar i ärendets historik och loggen, och du kan registrera ${kind === "decision" ? "beslutet" : "underskriften"} igen.`}
      openLabel="Ta bort registreringen"
      confirmLabel="Ja, ta bort registreringen"
      pendingLabel="Tar bort …"
      srName={`av ${noun} av ${what}`}
      tone="plain"
      className="mt-1"
    />
  );
}
