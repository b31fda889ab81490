"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { MAX_NAME, type SignatureInput, signatureSchema } from "../schemas";
import type { VersionChoice } from "../data";
import { type PartyChoice, PartyField, VersionField } from "./entry-fields";

const fieldId = (path: string) => `underskrift-${path}`;

/** "Registrera en underskrift": who signed the agreement for a party, and when. */
export function SignatureForm({ action, parties, versions }: { action: FormAction; parties: readonly PartyChoice[]; versions: readonly VersionChoice[] }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<SignatureInput>(signatureSchema, action, {
    party: parties.length === 1 ? parties[0]!.key : "",
    signedOn: "",
    signatoryName: "",
    signatoryTitle: "",
    // Asked, not assumed: a decision recorded later was often taken on an earlier version (a review).
    caseVersion: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 max-w-3xl" data-outcome={state.status === "error" || errors.length > 0 ? "" : undefined}>
      <ErrorSummary idPrefix="underskrift-fel" message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <PartyField id={fieldId("party")} parties={parties} error={errorFor("party")} registered={register("party")} />
      <Field id={fieldId("signatoryName")} label="Vem undertecknade?" hint="Registrera varje undertecknare för sig, till exempel ordföranden och den som kontrasignerar." error={errorFor("signatoryName")} maxLength={MAX_NAME}>
        {(describedBy) => (
          <input id={fieldId("signatoryName")} type="text" autoComplete="off" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("signatoryName") ? true : undefined} {...register("signatoryName")} />
        )}
      </Field>
      <Field id={fieldId("signatoryTitle")} label="Titel eller uppdrag" hint="Till exempel Socialnämndens ordförande eller Socialchef." error={errorFor("signatoryTitle")} maxLength={MAX_NAME}>
        {(describedBy) => (
          <input id={fieldId("signatoryTitle")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("signatoryTitle") ? true : undefined} {...register("signatoryTitle")} />
        )}
      </Field>
      <Field id={fieldId("signedOn")} label="Datum för underskriften" hint="ÅÅÅÅ-MM-DD." error={errorFor("signedOn")}>
        {(describedBy) => <input id={fieldId("signedOn")} type="date" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("signedOn") ? true : undefined} {...register("signedOn")} />}
      </Field>
      <VersionField id={fieldId("caseVersion")} choices={versions} documents="avtalet" error={errorFor("caseVersion")} registered={register("caseVersion")} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Registrerar …" : "Registrera underskriften"}
      </SubmitButton>
    </form>
  );
}
