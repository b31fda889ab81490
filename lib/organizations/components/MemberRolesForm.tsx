"use client";

import { useActionState } from "react";
import { ORG_ROLE_LABELS } from "@/lib/auth/role-labels";
import type { OrgRole } from "@/lib/db/generated/enums";
import { type FormAction, IDLE } from "@/lib/forms/action-state";
import { ORG_ROLES } from "../schemas";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** One person's roles as check boxes in a fieldset; the server keeps at least one admin. */
export function MemberRolesForm({ action, userId, name, roles }: { action: FormAction; userId: string; name: string; roles: OrgRole[] }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const base = `roller-${userId}`;
  const error = state.status === "error" ? (state.fieldErrors?.[0]?.message ?? state.message) : undefined;
  return (
    <form action={formAction}>
      <fieldset aria-describedby={error ? `${base}-fel` : undefined}>
        <legend className="sr-only">Roller för {name}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {ORG_ROLES.map((role) => (
            <label key={role} className="inline-flex items-center gap-2">
              <input type="checkbox" name={role} value="ja" defaultChecked={roles.includes(role)} className="h-5 w-5" />
              {ORG_ROLE_LABELS[role]}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pending={pending} className="mt-2 rounded border-2 border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        {pending ? "Sparar …" : <>Spara roller<span className="sr-only"> för {name}</span></>}
      </SubmitButton>
      <p role="status" className="mt-1 text-sm">
        {state.status === "success" ? <span className="font-semibold text-green-800">{state.message}</span> : null}
      </p>
      {error ? (
        <p id={`${base}-fel`} role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
