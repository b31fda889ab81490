"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo } from "react";
import { type FieldValues, type Resolver, useForm } from "react-hook-form";
import type * as z from "zod/mini";
import type { FieldError } from "@/lib/errors/app-error";
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
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    defaultValues: { ...defaultValues, ...(state.values as Partial<V> | undefined) } as never,
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

  const clientErrors: FieldError[] = Object.entries(form.formState.errors).map(([path, error]) => ({
    path,
    message: String(error?.message ?? ""),
  }));
  const errors = clientErrors.length > 0 ? clientErrors : (state.fieldErrors ?? []);
  const errorFor = (name: string) => errors.find((error) => error.path === name)?.message;

  const submitCount = form.formState.submitCount;
  // Changes once per submit or server answer (not on every render), so the summary takes
  // focus then and never while the user is typing.
  const attempt = useMemo(() => ({ state, submitCount }), [state, submitCount]);

  return { form, state, pending, formAction, onSubmit, errors, errorFor, attempt };
}
