"use client";

import { CheckboxField } from "@/components/forms/CheckboxField";
import { HintAndError, describedByOf } from "@/components/forms/Field";
import { type ReactNode, createContext, useActionState, useContext, useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useScripted } from "@/components/forms/ScriptedField";
import { BUTTON_CLASS, Field, INPUT_CLASS, WIDE_INPUT_CLASS } from "@/components/forms/Field";
import { type ActionState, IDLE } from "@/lib/forms/action-state";
import type { FieldError } from "@/lib/errors/app-error";
import { POSTED_WITH } from "./form-anchors";
import { refusalStillCurrent } from "./refusal";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { GUARD_UNSAVED_ATTRIBUTE, REFUSED_ATTRIBUTE } from "@/components/link-navigation";

type Option = { value: string; label: string };

/** `errorPaths`: the server's names for what the field chooses, whose errors it shows as its own. */
export type ReviewFormField = { name: string; label: string; hint?: string; errorPaths?: string[] } & (
  | { kind: "textarea"; rows?: number; maxLength: number }
  | { kind: "select"; options: Option[] }
  | { kind: "radios"; options: Option[] }
  /** One choice among options in named groups, each group a fieldset of its own (a party and its jurists). */
  | { kind: "radio-groups"; groups: { label: string; options: Option[] }[] }
  /** A confirmation: `hint` says what is confirmed, the box sends `value` when ticked. */
  | { kind: "checkbox"; value: string }
);

const RADIO_CLASS = "h-5 w-5";

/** The forms of one section whose messages replace each other: the form that succeeded last says its word, the others are quiet. */
type OutcomeClaims = { latest: string | null; said: ReadonlyMap<string, ActionState> };
const OutcomeGroupContext = createContext<(OutcomeClaims & { claim: (form: string, state: ActionState) => void }) | null>(null);

/**
 * Forms that act on the same thing ("Skicka till juridisk granskning" and "Ta tillbaka begäran"):
 * only the latest success message stands, so "Ärendet är skickat …" does not stay beside "…
 * tagen tillbaka" (a walk). Nothing is remounted, so what someone is typing in the other form,
 * and its errors, stay (a review: keys that remounted on other editors' changes lost both).
 */
export function OutcomeGroup({ children }: { children: ReactNode }) {
  const [claims, setClaims] = useState<OutcomeClaims>({ latest: null, said: new Map() });
  const claim = (form: string, state: ActionState) => setClaims((previous) => ({ latest: form, said: new Map(previous.said).set(form, state) }));
  return <OutcomeGroupContext value={{ ...claims, claim }}>{children}</OutcomeGroupContext>;
}


interface Props {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  fields: ReviewFormField[];
  submitLabel: string;
  /** An accessible name for the form, e.g. which finding it decides on. */
  label: string;
  secondary?: boolean;
  /** Says why nothing is left to submit, in place of the fields and the button; the form stays mounted, so the message of its last submit stays too. */
  closed?: string;
  /** Closed, shows nothing but its last submit's message: for a form that is there only while there is something to do (a request to take back). */
  quietWhenClosed?: boolean;
  /** A sentence above the fields and the button: what the form does, where no field's hint says it. */
  lead?: string;
  /** After a submit, the focus goes to its message, not back to the button: for a form whose button then acts on something else (the next request to take back). */
  focusOutcome?: boolean;
  /** What the fields start with, e.g. the decision being changed. */
  initial?: Record<string, string>;
  /** Called once per successful submit with the server's message, for a form that closes then. */
  onDone?: (message: string) => void;
  /**
   * A form opened in place can be closed unsent: "Avbryt" beside the button (a keyboard walk found
   * no way to close it). A link to the page without the form, which the script turns into `close`.
   */
  cancel?: { href: string; close: () => void };
  /** Sends the path of the page the form stands on, for a form shown on more than one page (POSTED_WITH.page). */
  sendsPage?: boolean;
  /**
   * A field shown only while what it answers holds (the approval's "Jag godkänner ärendet ändå",
   * there while steps are unfinished or comments open): a refusal about it alone is no longer
   * said once the form stops showing it (refusalStillCurrent).
   */
  mootWithout?: string;
}

/** The server's field errors, each under the field that shows it (errorPaths), one per field. */
function errorsByField(errors: readonly FieldError[], fields: readonly ReviewFormField[]): FieldError[] {
  const shown: FieldError[] = [];
  for (const error of errors) {
    const path = fields.find((f) => f.errorPaths?.includes(error.path))?.name ?? error.path;
    if (!shown.some((e) => e.path === path)) shown.push({ path, message: error.message });
  }
  return shown;
}

/**
 * One small form of the review (comment, reply, decision, outcome). Validation is the
 * server's: its field errors are shown beside each field and in the summary. React resets
 * the form after each submit; a refused one refills from the echoed values.
 */
export function ReviewForm({ action, hidden, fields, submitLabel, label, secondary, closed, quietWhenClosed, focusOutcome, lead, initial, onDone, cancel, sendsPage, mootWithout }: Props) {
  const [submitted, formAction, pending] = useActionState(action, IDLE);
  const state = submitted.status === "error" && !refusalStillCurrent(submitted, fields, mootWithout) ? IDLE : submitted;
  const group = useContext(OutcomeGroupContext);
  const scripted = useScripted();
  const page = usePathname();
  const outcome = useRef<HTMLParagraphElement>(null);
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  // A success the group has not heard of yet is said at once (so it can take the focus); then only while it is the group's latest.
  const said = state.status === "success" && (!group || group.said.get(base) !== state || group.latest === base);
  useEffect(() => {
    if (state.status === "success") group?.claim(base, state);
    if (state.status === "success") onDone?.(state.message ?? "");
    // Done and nothing left to submit ("Godkänn" gone): the button that had the focus is gone
    // too, so the focus goes to what was done instead of falling to the page's start.
    if (state.status === "success" && (closed || focusOutcome)) outcome.current?.focus();
    // Only a new outcome counts: onDone is a new function on every render of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const fieldId = (name: string) => `${base}-${name}`;
  const errors = state.status === "error" ? errorsByField(state.fieldErrors ?? [], fields) : [];
  const errorFor = (name: string) => errors.find((e) => e.path === name)?.message;
  const values = state.status === "error" ? (state.values ?? {}) : (initial ?? {});
  return (
    // Closed, the form holds only a message: unnamed, it is no landmark, so nobody is led to an empty form.
    // data-outcome: this form has its own word now, so an earlier notice from the address gives way (app/globals.css).
    <form action={formAction} aria-label={closed ? undefined : label} className="mt-3" noValidate data-outcome={state.status === "error" || said ? "" : undefined} {...{ [GUARD_UNSAVED_ATTRIBUTE]: "", [REFUSED_ATTRIBUTE]: state.status === "error" ? "" : undefined }}>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={errors.filter((e) => fields.some((f) => f.name === e.path))} fieldId={fieldId} attempt={state} /> : null}
      {said ? (
        <p ref={outcome} tabIndex={-1} role="status" className="mb-2 font-semibold text-green-800">
          {state.message}
        </p>
      ) : null}
      {closed ? (
        <>
          {quietWhenClosed ? null : <p className="whitespace-pre-line font-semibold">{closed}</p>}
          {state.status === "error" ? <UnsentText fields={fields} values={values} /> : null}
        </>
      ) : (
        <>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {/* Without JavaScript the server answers a save with a redirect (Post/Redirect/Get); with it, the outcome is shown here. */}
          {scripted ? <input type="hidden" name={POSTED_WITH.scripted} value="1" /> : null}
          {sendsPage && page ? <input type="hidden" name={POSTED_WITH.page} value={page} /> : null}
          {lead ? <p className="mb-2 max-w-3xl">{lead}</p> : null}
          <div>
            {fields.map((field) =>
              field.kind === "radios" ? (
                <RadioFieldset key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorFor(field.name)}>
                  <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
                    {field.options.map((o) => (
                      <RadioOption key={o.value} name={field.name} option={o} checked={values[field.name] === o.value} />
                    ))}
                  </div>
                </RadioFieldset>
              ) : field.kind === "checkbox" ? (
                // Refused, the box starts unticked: what it confirms may have changed (the hint says what now holds).
                <CheckboxField
                  key={field.name}
                  id={fieldId(field.name)}
                  name={field.name}
                  value={field.value}
                  label={field.label}
                  hint={field.hint}
                  error={errorFor(field.name)}
                  defaultChecked={values[field.name] === field.value && !errorFor(field.name)}
                />
              ) : field.kind === "radio-groups" ? (
                <RadioFieldset key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorFor(field.name)}>
                  {field.groups.map((group) => (
                    <fieldset key={group.label} className="mt-3 border-l-4 border-slate-300 pl-3">
                      <legend className="font-semibold">{group.label}</legend>
                      <div className="mt-1 flex flex-col gap-2">
                        {group.options.map((o) => (
                          <RadioOption key={o.value} name={field.name} option={o} checked={values[field.name] === o.value} />
                        ))}
                      </div>
                    </fieldset>
                  ))}
                </RadioFieldset>
              ) : (
                <Field key={field.name} id={fieldId(field.name)} label={field.label} hint={field.hint} error={errorFor(field.name)} maxLength={field.kind === "textarea" ? field.maxLength : undefined}>
                  {(describedBy) =>
                    field.kind === "textarea" ? (
                      <textarea
                        id={fieldId(field.name)}
                        name={field.name}
                        rows={field.rows ?? 3}
                        defaultValue={values[field.name] ?? ""}
                        className={WIDE_INPUT_CLASS}
                        aria-describedby={describedBy}
                        aria-invalid={errorFor(field.name) ? true : undefined}
                      />
                    ) : (
                      // Keyed by the value sent: after a refusal the choice made stays chosen (a walk saw the party fall back to the first).
                      <select
                        key={`${field.name}:${values[field.name] ?? ""}`}
                        id={fieldId(field.name)}
                        name={field.name}
                        defaultValue={values[field.name] ?? field.options[0]?.value} className={INPUT_CLASS} aria-describedby={describedBy} aria-invalid={errorFor(field.name) ? true : undefined}>
                        {field.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )
                  }
                </Field>
              ),
            )}
          </div>
          <SubmitButton pending={pending} className={secondary ? "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-100 disabled:opacity-70" : BUTTON_CLASS}>
            {pending ? "Sparar …" : submitLabel}
          </SubmitButton>
          {cancel ? (
            <a
              href={cancel.href}
              aria-disabled={pending || undefined}
              onClick={(event) => {
                event.preventDefault();
                if (!pending) cancel.close();
              }}
              className="ml-3 inline-block rounded border-2 border-slate-500 px-4 py-2 font-semibold text-slate-800 no-underline hover:bg-slate-100"
            >
              Avbryt
            </a>
          ) : null}
        </>
      )}
    </form>
  );
}

/**
 * What was typed in a refused form that has closed meanwhile (another editor sent the case to the
 * last party first): the fields are gone, so the text is shown to copy instead of lost (a walk).
 */
function UnsentText({ fields, values }: { fields: readonly ReviewFormField[]; values: Record<string, string> }) {
  const typed = fields.filter((field) => field.kind === "textarea" && values[field.name]?.trim());
  return typed.map((field) => (
    <div key={field.name} className="mt-2 max-w-3xl">
      <p className="font-semibold">{field.label} (skickades inte, du kan kopiera texten):</p>
      <p className="mt-1 whitespace-pre-wrap border-l-4 border-slate-300 pl-3">{values[field.name]}</p>
    </div>
  ));
}

/** The ids a control's aria-describedby names: its hint and its error, where there are any. */
/** A choice of radios: its legend, hint and error wired to the group once (aria-describedby), the options as children. */
function RadioFieldset({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <fieldset id={id} className="mb-5" aria-describedby={describedByOf(id, hint, error)}>
      <legend className="font-semibold">{label}</legend>
      <HintAndError id={id} hint={hint} error={error} hintClass="text-sm text-slate-700" />
      {children}
    </fieldset>
  );
}

function RadioOption({ name, option, checked }: { name: string; option: Option; checked: boolean }) {
  return (
    <label className="flex items-center gap-2">
      <input type="radio" name={name} value={option.value} defaultChecked={checked} className={RADIO_CLASS} />
      {option.label}
    </label>
  );
}
