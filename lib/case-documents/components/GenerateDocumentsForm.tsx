"use client";

import { useActionState } from "react";
import { BUTTON_CLASS } from "@/components/forms/Field";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** One button; the only client code on the page, for the progress message while Chromium renders. */
export function GenerateDocumentsForm({ action, version }: { action: FormAction; version: number }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-4">
      <SubmitButton pending={pending} className={BUTTON_CLASS} aria-describedby="skapa-dokument-status">
        {pending ? "Skapar dokumenten …" : `Skapa Word och PDF för version ${version}`}
      </SubmitButton>
      <p id="skapa-dokument-status" role="status" className={`mt-3 ${state.status === "error" ? "font-semibold text-red-800" : "font-semibold text-green-800"}`}>
        {pending ? "Dokumenten skapas. Det tar några sekunder per dokument." : state.status !== "idle" ? state.message : ""}
      </p>
    </form>
  );
}
