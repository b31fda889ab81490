"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { useServerForm } from "@/components/forms/use-server-form";
import { createOrganizationAction } from "../actions";
import { ORGANIZATION_TYPE_LABELS, type OrganizationInput, organizationSchema } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

const fieldId = (path: string) => `organisation-${path}`;

export function OrganizationForm() {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<OrganizationInput>(
    organizationSchema,
    createOrganizationAction,
    { name: "", type: "KOMMUN", officialCode: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <p role="status" className="mb-4 font-semibold text-green-800">
        {state.status === "success" ? state.message : ""}
      </p>
      <Field id={fieldId("name")} label="Namn" hint="Så som organisationen själv skriver det, till exempel Lunds kommun." error={errorFor("name")}>
        {(describedBy) => (
          <input id={fieldId("name")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("name") ? true : undefined} {...register("name")} />
        )}
      </Field>
      <SelectField id={fieldId("type")} label="Typ" error={errorFor("type")} options={ORGANIZATION_TYPE_LABELS} registered={register("type")} />
      <Field
        id={fieldId("officialCode")}
        label="Officiell kod (frivilligt)"
        hint="Kommunkod (fyra siffror), länskod för regioner (två siffror) eller organisationsnummer för kommunalförbund."
        error={errorFor("officialCode")}
      >
        {(describedBy) => (
          <input id={fieldId("officialCode")} type="text" inputMode="numeric" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("officialCode") ? true : undefined} {...register("officialCode")} />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Lägger till …" : "Lägg till organisation"}
      </SubmitButton>
    </form>
  );
}
