"use client";

import { useActionState, useEffect, useState } from "react";
import type { FieldValues } from "react-hook-form";
import type * as z from "zod/mini";
import { useServerForm } from "@/components/forms/use-server-form";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { invitationFormValues } from "../outcome";
import { useInvitationOutcome } from "./InvitationOutcome";

/**
 * The state of an invitation section (an organisation's page, a case's participants): the form
 * that sends an invitation (useServerForm) and the "Återkalla" buttons (one form state for the
 * whole list), with one outcome shown (useInvitationOutcome). After an invitation is sent the form
 * is empty again, ready for the next person; after a refusal it keeps what was typed, with the
 * error on the field. `sent` counts the invitations sent, for a part of the form that keeps state
 * of its own (a search) to start again as its key.
 */
export function useInvitationSection<V extends FieldValues>(
  schema: z.core.$ZodType,
  inviteAction: FormAction,
  revokeAction: FormAction,
  defaults: V,
  notice: string | undefined,
) {
  const invite = useServerForm<V>(schema, inviteAction, defaults);
  const { form, state: inviteState } = invite;
  const [revokeState, revokeFormAction, revokePending] = useActionState(revokeAction, IDLE);
  // The address's notice (an invitation sent before the page's script ran) is about an earlier
  // post: once the form is submitted here it gives way, or it stood beside the new refusal (a walk:
  // "En inbjudan har skickats till …" beside "Ange en giltig e-postadress").
  const { shown, outcome } = useInvitationOutcome(inviteState, revokeState, invite.attempt.submits > 0 ? undefined : notice);

  // Counted while rendering (storing what the previous render saw, as React recommends).
  const [answered, setAnswered] = useState(inviteState);
  const [sent, setSent] = useState(0);
  if (answered !== inviteState) {
    setAnswered(inviteState);
    if (inviteState.status === "success") setSent(sent + 1);
  }
  useEffect(() => {
    if (inviteState.status === "success") form.reset(invitationFormValues(inviteState, defaults as Record<string, string>) as V);
  }, [inviteState, form, defaults]);

  const clientErrors = Object.entries(form.formState.errors).map(([path, error]) => ({ path, message: String(error?.message ?? "") }));
  const errors = clientErrors.length ? clientErrors : (shown.invite.fieldErrors ?? []);
  const errorFor = (name: string) => errors.find((error) => error.path === name)?.message;

  return { invite, shown, outcome, errors, errorFor, sent, revoke: { action: revokeFormAction, pending: revokePending } };
}
