"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { OrganizationCombobox } from "./OrganizationCombobox";
import { CASE_ROLE_LABELS, type InvitationInput, invitationSchema } from "../schemas";

// The picked organisation's id sits in a hidden field; its errors belong to the visible one.
const fieldId = (path: string) => `inbjudan-${path === "organizationId" ? "organizationName" : path}`;

export function InvitationForm({ action, caseId }: { action: FormAction; caseId: string }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<InvitationInput>(
    invitationSchema,
    action,
    { email: "", role: "EDITOR", organizationId: "", organizationName: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {state.status === "success" ? state.message : ""}
      </p>
      <Field id={fieldId("email")} label="E-postadress" hint="Personen får en länk som gäller i sju dagar och kan användas en gång." error={errorFor("email")}>
        {(describedBy) => (
          <input id={fieldId("email")} type="email" autoComplete="off" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("email") ? true : undefined} {...register("email")} />
        )}
      </Field>
      <Field id={fieldId("role")} label="Roll i ärendet" error={errorFor("role")}>
        {(describedBy) => (
          <select id={fieldId("role")} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("role") ? true : undefined} {...register("role")}>
            {Object.entries(CASE_ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId("organizationName")}
        label="Partnerorganisation (frivilligt)"
        hint="Den organisation personen företräder i ärendet. Skriv en del av namnet och välj bland träffarna."
        error={errorFor("organizationName") ?? errorFor("organizationId")}
      >
        {(describedBy) => (
          <OrganizationCombobox
            caseId={caseId}
            inputId={fieldId("organizationName")}
            describedBy={describedBy}
            invalid={Boolean(errorFor("organizationName") ?? errorFor("organizationId"))}
            initial={{ id: state.values?.organizationId, name: state.values?.organizationName }}
          />
        )}
      </Field>
      <button type="submit" className={BUTTON_CLASS} disabled={pending}>
        {pending ? "Skickar …" : "Skicka inbjudan"}
      </button>
    </form>
  );
}
