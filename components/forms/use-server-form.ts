"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useRef } from "react";
import { type FieldValues, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";
import type { FieldError } from "@/lib/errors/app-error";
import { type ActionState, IDLE } from "@/lib/forms/action-state";

/**
 * One form, validated twice with the same zod schema: in the browser by react-hook-form
 * (fast feedback) and again by the server action (the real check). Without JavaScript the
 * form posts straight to the action and still gets the server's errors.
 */
export function useServerForm<V extends FieldValues>(
  schema: z.ZodType,
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues: V,
) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const form = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    defaultValues: { ...defaultValues, ...(state.values as Partial<V> | undefined) } as never,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = form.handleSubmit(() => {
    const element = formRef.current;
    if (!element) return;
    startTransition(() => formAction(new FormData(element)));
  });

  const clientErrors: FieldError[] = Object.entries(form.formState.errors).map(([path, error]) => ({
    path,
    message: String(error?.message ?? ""),
  }));
  const errors = clientErrors.length > 0 ? clientErrors : (state.fieldErrors ?? []);
  const errorFor = (name: string) => errors.find((error) => error.path === name)?.message;

  return { form, state, pending, formRef, formAction, onSubmit, errors, errorFor, submitCount: form.formState.submitCount };
}
