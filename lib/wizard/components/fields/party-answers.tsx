"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";
import type { Case } from "@/lib/case";
import { isPayingRole } from "@/lib/case/economy";
import { CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS, type ContributionKind } from "@/lib/case/enums";
import type { QuestionInfo } from "../../questions";
import { fieldId } from "../field-ids";
import { FieldsetShell, inputClass } from "../field-shell";
import { useFieldError } from "./basic";
import { NumberInput } from "./lists";

type Parties = Case["parties"];

function byPartyOrder<T extends { partyId: string }>(parties: Parties, items: T[]): T[] {
  return [...items].sort((a, b) => parties.findIndex((p) => p.id === a.partyId) - parties.findIndex((p) => p.id === b.partyId));
}

type OtherDirectAward = Case["procurement"]["otherDirectAwards"][number];

/**
 * Each paying party's own other direct awards of the same kind (LOU 19 a kap.), with the nämnd that
 * made them and the financial year: only those of the planned award's year are counted with it.
 * The form edits one entry per party; further entries (other nämnder or years) are kept as they are.
 */
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
          const items = (Array.isArray(field.value) ? field.value : []) as OtherDirectAward[];
          if (parties.length === 0) return <p className="text-slate-700">Ange vilka parter som är uppdragsgivare, så kan varje part svara för sig.</p>;
          const update = (partyId: string, patch: Partial<OtherDirectAward>) => {
            const index = items.findIndex((i) => i.partyId === partyId);
            const merged: Record<string, unknown> = { ...(index >= 0 ? items[index] : { partyId }), ...patch };
            for (const key of Object.keys(merged)) if (merged[key] === undefined || merged[key] === "") delete merged[key];
            const item = merged as OtherDirectAward;
            const empty = item.valueKr === undefined && item.committee === undefined && item.financialYear === undefined;
            const next = index >= 0 ? items.filter((_, i) => i !== index) : [...items];
            field.onChange(empty ? next : byPartyOrder(parties, index >= 0 ? [...next.slice(0, index), item, ...next.slice(index)] : [...next, item]));
          };
          return (
            <>
              {parties.map((party) => {
                const index = items.findIndex((i) => i.partyId === party.id);
                const item = index >= 0 ? items[index] : undefined;
                const base = index >= 0 ? `${path}.${index}` : `${path}.${party.id}`;
                const name = party.name?.trim() || "Namnlös part";
                return (
                  <div key={party.id} className="flex flex-wrap items-center gap-2">
                    <label htmlFor={fieldId(`${base}.valueKr`)} className="w-64">
                      {name}
                    </label>
                    <NumberInput id={fieldId(`${base}.valueKr`)} value={item?.valueKr} disabled={disabled} invalid={false} onChange={(valueKr) => update(party.id, { valueKr })} onBlur={field.onBlur} />
                    <span aria-hidden="true">kr</span>
                    <label htmlFor={fieldId(`${base}.committee`)}>
                      Nämnd<span className="sr-only">, {name}</span>
                    </label>
                    <input
                      id={fieldId(`${base}.committee`)}
                      type="text"
                      className={`${inputClass} max-w-xs`}
                      disabled={disabled}
                      value={item?.committee ?? ""}
                      onChange={(event) => update(party.id, { committee: event.target.value })}
                      onBlur={field.onBlur}
                    />
                    <label htmlFor={fieldId(`${base}.financialYear`)}>
                      Räkenskapsår<span className="sr-only">, {name}</span>
                    </label>
                    <NumberInput id={fieldId(`${base}.financialYear`)} value={item?.financialYear} disabled={disabled} invalid={false} onChange={(financialYear) => update(party.id, { financialYear })} onBlur={field.onBlur} />
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
