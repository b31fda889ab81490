"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import { type MemberInvitationInput, ORG_ROLES, memberInvitationSchema } from "../schemas";

const fieldId = (path: string) => `medlemsinbjudan-${path}`;

export function MemberInvitationForm({ action }: { action: FormAction }) {
  const { form, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<MemberInvitationInput>(
    memberInvitationSchema,
    action,
    { email: "", role: "CASE_EDITOR" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {state.status === "success" ? state.message : ""}
      </p>
      <Field id={fieldId("email")} label="E-postadress" hint="Personen får en länk som gäller i sju dagar och kan användas en gång." error={errorFor("email")}>
        {(describedBy) => (
          <input id={fieldId("email")} type="email" autoComplete="off" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("email") ? true : undefined} {...form.register("email")} />
        )}
      </Field>
      <Field id={fieldId("role")} label="Roll i organisationen" hint="Ärendehandläggare startar och redigerar ärenden, jurister granskar organisationens ärenden, administratörer hanterar personerna." error={errorFor("role")}>
        {(describedBy) => (
          <select id={fieldId("role")} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("role") ? true : undefined} {...form.register("role")}>
            {ORG_ROLES.map((role) => (
              <option key={role} value={role}>
                {ORG_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={BUTTON_CLASS} disabled={pending}>
        {pending ? "Skickar …" : "Skicka inbjudan"}
      </button>
    </form>
  );
}
