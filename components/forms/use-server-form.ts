"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo, useState } from "react";
import { type FieldValues, type Path, type RegisterOptions, type Resolver, useForm } from "react-hook-form";
import type * as z from "zod/mini";
import type { FieldError } from "@/lib/errors/app-error";
import { keepEarlyChoice } from "./early-choice";
import { type ActionState, IDLE } from "@/lib/forms/action-state";

/**
 * One form, validated twice with the same zod schema: in the browser by react-hook-form
 * (fast feedback) and again by the server action (the real check). Without JavaScript the
 * form posts straight to the action and still gets the server's errors.
 */
export function useServerForm<V extends FieldValues>(
  schema: z.core.$ZodType,
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues: V,
) {
  const [answered, formAction, pending] = useActionState(action, IDLE);
  const initial: Record<string, unknown> = { ...defaultValues, ...(answered.values as Partial<V> | undefined) };
  const form = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    defaultValues: initial as never,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // Focus goes to the error summary instead (ErrorSummary), which links to each field.
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit((_values, event) => {
    // The submit event's target is the form itself; send exactly what it holds.
    const element = event?.target;
    if (!(element instanceof HTMLFormElement)) return;
    startTransition(() => formAction(new FormData(element)));
  });

  // The server's answer belongs to the submit it answered: once the form is submitted again (its
  // own check refusing it, or on its way to the server), the old refusal no longer stands (a walk
  // saw "har redan rollen …" beside the new "Ange en giltig e-postadress").
  const submits = form.formState.submitCount;
  const [answeredAt, setAnsweredAt] = useState({ answer: answered, submits });
  if (answeredAt.answer !== answered) setAnsweredAt({ answer: answered, submits });
  const state: ActionState = answeredAt.answer === answered && submits > answeredAt.submits ? IDLE : answered;

  const clientErrors: FieldError[] = Object.entries(form.formState.errors).map(([path, error]) => ({
    path,
    message: String(error?.message ?? ""),
  }));
  const errors = clientErrors.length > 0 ? clientErrors : (state.fieldErrors ?? []);
  const errorFor = (name: string) => errors.find((error) => error.path === name)?.message;

  // react-hook-form fills its fields from a ref once the page's script runs, so the server's HTML
  // had them empty: without JavaScript an edit form showed no current name, a refused form lost
  // what was typed, and sign-in lost where to go next. These put the value in the HTML too, and
  // a choice made before the script started is kept (keepEarlyChoice).
  const shown = (name: string) => (initial[name] === undefined || initial[name] === null ? "" : String(initial[name]));
  /** form.register for a text field, select or hidden field, with its value in the server's HTML. */
  const register = (name: Path<V>, options?: RegisterOptions<V, Path<V>>) => ({ ...form.register(name, options), defaultValue: shown(name) });
  /** The same for one radio button of a choice: checked in the server's HTML when it is the value. */
  const registerOption = (name: Path<V>, value: string) => {
    const registered = form.register(name);
    return { ...registered, ref: keepEarlyChoice(registered.ref), value, defaultChecked: shown(name) === value };
  };

  // Changes once per submit or server answer (not on every render), so the summary takes
  // focus then and never while the user is typing.
  const attempt = useMemo(() => ({ answered, submits }), [answered, submits]);

  return { form, register, registerOption, state, pending, formAction, onSubmit, errors, errorFor, attempt };
}
