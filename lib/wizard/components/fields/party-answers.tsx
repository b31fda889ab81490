"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";
import { CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS, isPayingRole, type Case, type ContributionKind } from "@/lib/case";
import type { QuestionInfo } from "../../questions";
import { fieldId } from "../field-ids";
import { FieldsetShell } from "../field-shell";
import { useFieldError } from "./basic";
import { NumberInput } from "./lists";

type Parties = Case["parties"];

function byPartyOrder<T extends { partyId: string }>(parties: Parties, items: T[]): T[] {
  return [...items].sort((a, b) => parties.findIndex((p) => p.id === a.partyId) - parties.findIndex((p) => p.id === b.partyId));
}

/** Each paying party's own other direct awards of the same kind this financial year (LOU 19 a kap.). */
export function OtherDirectAwardsField({ path, question, disabled }: { path: string; question: QuestionInfo | undefined; disabled: boolean }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  const parties = ((useWatch({ control, name: "parties" }) ?? []) as Parties).filter((p) => isPayingRole(p.role));
  return (
    <FieldsetShell path={path} question={question} fallbackLabel="Andra direktupphandlingar" error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => {
          const items = (Array.isArray(field.value) ? field.value : []) as Case["procurement"]["otherDirectAwards"];
          if (parties.length === 0) return <p className="text-slate-700">Ange vilka parter som är uppdragsgivare, så kan varje part svara för sig.</p>;
          return (
            <>
              {parties.map((party) => {
                const index = items.findIndex((i) => i.partyId === party.id);
                const itemPath = index >= 0 ? `${path}.${index}.valueKr` : `${path}.${party.id}`;
                return (
                  <div key={party.id} className="flex flex-wrap items-center gap-2">
                    <label htmlFor={fieldId(itemPath)} className="w-64">
                      {party.name?.trim() || "Namnlös part"}
                    </label>
                    <NumberInput
                      id={fieldId(itemPath)}
                      value={index >= 0 ? items[index]?.valueKr : undefined}
                      disabled={disabled}
                      invalid={false}
                      onChange={(valueKr) => {
                        const others = items.filter((i) => i.partyId !== party.id);
                        field.onChange(valueKr === undefined ? others : byPartyOrder(parties, [...others, { partyId: party.id, valueKr }]));
                      }}
                      onBlur={field.onBlur}
                    />
                    <span aria-hidden="true">kr</span>
                  </div>
                );
              })}
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}

/** What each party contributes to the cooperation (C-429/19 Remondis). */
export function ContributionsField({ path, question, disabled }: { path: string; question: QuestionInfo | undefined; disabled: boolean }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  const parties = (useWatch({ control, name: "parties" }) ?? []) as Parties;
  return (
    <FieldsetShell path={path} question={question} fallbackLabel="Parternas bidrag" error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => {
          const items = (Array.isArray(field.value) ? field.value : []) as Case["procurement"]["hamburg"]["contributions"];
          if (parties.length === 0) return <p className="text-slate-700">Ange parterna först.</p>;
          const setKinds = (partyId: string, kinds: ContributionKind[]) => {
            const others = items.filter((i) => i.partyId !== partyId);
            const current = items.find((i) => i.partyId === partyId);
            field.onChange(kinds.length === 0 && !current?.description ? others : byPartyOrder(parties, [...others, { ...current, partyId, kinds }]));
          };
          return (
            <>
              {parties.map((party) => {
                const selected = items.find((i) => i.partyId === party.id)?.kinds ?? [];
                return (
                  <fieldset key={party.id} className="mt-2">
                    <legend className="font-semibold">{party.name?.trim() || "Namnlös part"}</legend>
                    {CONTRIBUTION_KINDS.map((kind) => (
                      <label key={kind} className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          className="h-5 w-5"
                          disabled={disabled}
                          checked={selected.includes(kind)}
                          onChange={(event) =>
                            setKinds(party.id, event.target.checked ? [...selected, kind] : selected.filter((k) => k !== kind))
                          }
                          onBlur={field.onBlur}
                        />
                        <span className="first-letter:uppercase">{CONTRIBUTION_KIND_LABELS[kind]}</span>
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}
