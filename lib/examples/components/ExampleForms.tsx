"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { BUTTON_CLASS, Field, INPUT_CLASS, WIDE_INPUT_CLASS } from "@/components/forms/Field";
import { type ActionState, type FormAction, IDLE } from "@/lib/forms/action-state";
import { SubmitButton } from "@/components/forms/SubmitButton";

const id = (path: string) => `exempel-${path.replace(/[^a-z0-9-]/gi, "-")}`;

function Status({ state }: { state: ActionState }) {
  return (
    <p role="status" className="mb-4 font-semibold text-green-800">
      {state.status === "success" ? state.message : ""}
    </p>
  );
}

export function ProposeForm({
  action: submit,
  areas,
  initial,
  version,
}: {
  action: FormAction;
  areas: Record<string, string>;
  initial: { area: string; lessonsLearned: string; markedNames: string; markedPersons: string };
  /** The example's version shown on the page; none before the first proposal. */
  version: number | null;
}) {
  const [state, action, pending] = useActionState(submit, IDLE);
  const errorFor = (path: string) => state.fieldErrors?.find((e) => e.path === path)?.message;
  const value = (k: keyof typeof initial) => state.values?.[k] ?? initial[k];
  return (
    <form action={action} noValidate className="mt-4">
      <input type="hidden" name="version" value={version ?? ""} />
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={state.fieldErrors ?? []} fieldId={id} attempt={state} />
      <Status state={state} />
      <Field id={id("area")} label="Verksamhetsområde" hint="Exemplet hittas under detta område i katalogen." error={errorFor("area")}>
        {(describedBy) => (
          // Keyed by its starting value: React sets a select's default only when it mounts, so after a
          // proposal under another area the form's reset would show the area proposed before.
          <select key={value("area")} id={id("area")} name="area" defaultValue={value("area")} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("area") ? true : undefined}>
            <option value="">Välj område</option>
            {Object.entries(areas).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id("lessonsLearned")} label="Lärdomar" hint="Vad andra kommuner kan lära av er samverkan. Skriv utan namn; texten anonymiseras ändå." error={errorFor("lessonsLearned")}>
        {(describedBy) => (
          <textarea id={id("lessonsLearned")} name="lessonsLearned" rows={4} defaultValue={value("lessonsLearned")} className={WIDE_INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("lessonsLearned") ? true : undefined} />
        )}
      </Field>
      <Field id={id("markedNames")} label="Fler namn på orter och organisationer att ta bort (frivilligt)" hint="Ett namn per rad, till exempel en stadsdel, en skola eller ett boende." error={errorFor("markedNames")}>
        {(describedBy) => (
          <textarea id={id("markedNames")} name="markedNames" rows={2} defaultValue={value("markedNames")} className={WIDE_INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("markedNames") ? true : undefined} />
        )}
      </Field>
      <Field id={id("markedPersons")} label="Fler personnamn att ta bort (frivilligt)" hint="Ärendets användare tas alltid bort. Ett namn per rad." error={errorFor("markedPersons")}>
        {(describedBy) => (
          <textarea id={id("markedPersons")} name="markedPersons" rows={2} defaultValue={value("markedPersons")} className={WIDE_INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor("markedPersons") ? true : undefined} />
        )}
      </Field>
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {/* Proposed already, the button rebuilds the text from the answers and replaces the editors' own (a walk read "Dela" as sharing what stood). */}
        {pending ? "Anonymiserar …" : version === null ? "Dela som exempel" : "Anonymisera på nytt"}
      </SubmitButton>
    </form>
  );
}

export function EditTextForm({
  action: submit,
  version,
  title,
  sections,
}: {
  action: FormAction;
  version: number;
  title: string;
  sections: Array<{ id: string; heading: string; text: string }>;
}) {
  const [state, action, pending] = useActionState(submit, IDLE);
  const errorFor = (path: string) => state.fieldErrors?.find((e) => e.path === path)?.message;
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={state.fieldErrors ?? []} fieldId={id} attempt={state} />
      <Status state={state} />
      <input type="hidden" name="version" value={version} />
      <Field id={id("title")} label="Rubrik" error={errorFor("title")}>
        {(describedBy) => (
          <input
            id={id("title")}
            name="title"
            type="text"
            defaultValue={state.values?.title ?? title}
            className={WIDE_INPUT_CLASS}
            aria-describedby={describedBy}
            aria-invalid={errorFor("title") ? true : undefined}
          />
        )}
      </Field>
      {sections.map((s) => (
        <Field key={s.id} id={id(`section:${s.id}`)} label={s.heading} error={errorFor(`section:${s.id}`)}>
          {(describedBy) => (
            <textarea
              id={id(`section:${s.id}`)}
              name={`section:${s.id}`}
              rows={Math.min(12, 2 + Math.ceil(s.text.length / 90))}
              defaultValue={state.values?.[`section:${s.id}`] ?? s.text}
              className={WIDE_INPUT_CLASS}
              aria-describedby={describedBy}
              aria-invalid={errorFor(`section:${s.id}`) ? true : undefined}
            />
          )}
        </Field>
      ))}
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Sparar …" : "Spara texten"}
      </SubmitButton>
    </form>
  );
}

export function ApproveForm({ action: submit, version }: { action: FormAction; version: number }) {
  const [state, action, pending] = useActionState(submit, IDLE);
  return (
    <form action={action} className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={[]} fieldId={id} attempt={state} />
      <Status state={state} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={pending} className={BUTTON_CLASS}>
        {pending ? "Godkänner …" : "Godkänn och publicera texten"}
      </SubmitButton>
    </form>
  );
}

export function WithdrawForm({ action: submit }: { action: FormAction }) {
  const [state, action, pending] = useActionState(submit, IDLE);
  return (
    <form action={action} className="mt-4">
      <ErrorSummary message={state.status === "error" ? state.message : undefined} errors={[]} fieldId={id} attempt={state} />
      <Status state={state} />
      <SubmitButton pending={pending} className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
        {pending ? "Återkallar …" : "Återkalla exemplet"}
      </SubmitButton>
    </form>
  );
}
