"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { type OrganizationUpdateInput, organizationUpdateSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `organisationsuppgifter-${path}`;

const CODE_HINTS = {
  KOMMUN: "Kommunkoden från SCB, fyra siffror, till exempel 1281.",
  REGION: "Länskoden från SCB, två siffror, till exempel 05.",
  KOMMUNALFORBUND: "Organisationsnumret, till exempel 222000-1234.",
} as const;

export function OrganizationEditForm({ action, organization }: {
  action: FormAction; organization: { id: string; name: string; type: keyof typeof CODE_HINTS; officialCode: string | null } }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<OrganizationUpdateInput>(
    organizationUpdateSchema,
    action,
    { name: organization.name, officialCode: organization.officialCode ?? "", type: organization.type },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {state.status === "success" ? state.message : ""}
      </p>
      <input type="hidden" {...register("type")} />
      <Field id={fieldId("name")} label="Namn" error={errorFor("name")}>
        {(describedBy) => (
          <input id={fieldId("name")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("name") ? true : undefined} {...register("name")} />
        )}
      </Field>
      <Field id={fieldId("officialCode")} label="Kod (frivilligt)" hint={CODE_HINTS[organization.type]} error={errorFor("officialCode")}>
        {(describedBy) => (
          <input id={fieldId("officialCode")} type="text" inputMode="numeric" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("officialCode") ? true : undefined} {...register("officialCode")} />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Sparar …" : "Spara uppgifterna"}
      </SubmitButton>
    </form>
  );
}
