"use client";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useServerForm } from "@/components/forms/use-server-form";
import type { FormAction } from "@/lib/forms/action-state";
import { DECISION_BODY_LABELS, DECISION_OUTCOME_LABELS } from "../labels";
import { type DecisionInput, MAX_NAME, MAX_PARAGRAPH, decisionSchema } from "../schemas";
import type { VersionChoice } from "../data";
import { type PartyChoice, PartyField, VersionField } from "./entry-fields";

const fieldId = (path: string) => `beslut-${path}`;

/** "Registrera ett beslut": one party's decision, as its minutes give it. */
export function DecisionForm({ action, parties, versions }: { action: FormAction; parties: readonly PartyChoice[]; versions: readonly VersionChoice[] }) {
  const { register, state, pending, formAction, onSubmit, errors, errorFor, attempt } = useServerForm<DecisionInput>(decisionSchema, action, {
    party: parties.length === 1 ? parties[0]!.key : "",
    body: "COMMITTEE",
    bodyName: "",
    decidedOn: "",
    paragraph: "",
    outcome: "ADOPTED",
    // Asked, not assumed: a decision recorded later was often taken on an earlier version (a review).
    caseVersion: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 max-w-3xl" data-outcome={state.status === "error" || errors.length > 0 ? "" : undefined}>
      <ErrorSummary idPrefix="beslut-fel" message={state.status === "error" ? state.message : undefined} errors={errors} fieldId={fieldId} attempt={attempt} />
      <PartyField id={fieldId("party")} parties={parties} error={errorFor("party")} registered={register("party")} />
      <SelectField
        id={fieldId("body")}
        label="Vem beslutade?"
        hint="Fullmäktige beslutar i ärenden av principiell beskaffenhet eller annars av större vikt (KL 5 kap. 1 §). En delegat är ett presidium, ett utskott, en ledamot, en ersättare eller en anställd som nämnden har gett rätt att besluta på dess vägnar (KL 6 kap. 37 §), eller en anställd som förvaltningschefen har gett den rätten (KL 7 kap. 5 §)."
        error={errorFor("body")}
        options={DECISION_BODY_LABELS}
        registered={register("body")}
      />
      <Field id={fieldId("bodyName")} label="Beslutsorganets namn" hint="Som protokollet skriver det, till exempel Socialnämnden eller Kommunfullmäktige." error={errorFor("bodyName")} maxLength={MAX_NAME}>
        {(describedBy) => <input id={fieldId("bodyName")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("bodyName") ? true : undefined} {...register("bodyName")} />}
      </Field>
      <Field id={fieldId("decidedOn")} label="Datum för beslutet" hint="Sammanträdets eller delegationsbeslutets datum, ÅÅÅÅ-MM-DD." error={errorFor("decidedOn")}>
        {(describedBy) => <input id={fieldId("decidedOn")} type="date" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("decidedOn") ? true : undefined} {...register("decidedOn")} />}
      </Field>
      <Field id={fieldId("paragraph")} label="Paragraf (frivilligt)" hint="Paragrafen i protokollet, till exempel § 45." error={errorFor("paragraph")} maxLength={MAX_PARAGRAPH}>
        {(describedBy) => <input id={fieldId("paragraph")} type="text" className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("paragraph") ? true : undefined} {...register("paragraph")} />}
      </Field>
      <SelectField id={fieldId("outcome")} label="Vad blev beslutet?" error={errorFor("outcome")} options={DECISION_OUTCOME_LABELS} registered={register("outcome")} />
      <VersionField id={fieldId("caseVersion")} choices={versions} documents="tjänsteskrivelserna" error={errorFor("caseVersion")} registered={register("caseVersion")} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Registrerar …" : "Registrera beslutet"}
      </SubmitButton>
    </form>
  );
}
