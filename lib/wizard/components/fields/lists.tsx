"use client";

import { useState } from "react";
import { Controller, get, useFormContext, useWatch } from "react-hook-form";
import { CharacterCount, characterCountId } from "@/components/forms/CharacterCount";
import type { Case } from "@/lib/case";
import { MAX_TEXT } from "@/lib/case/limits";
import { inSentence } from "@/lib/format/sentence";
import { formatPercent } from "@/lib/format/money";
import type { QuestionInfo } from "../../questions";
import type { ItemField } from "../../item-fields";
import { sharesFromPopulation } from "../../cost-split";
import { errorId, fieldId } from "../field-ids";
import { FieldError, FieldsetShell, inputClass } from "../field-shell";
import { focusAddedItem, focusAfterRemoval, parseSwedishNumber, typedNumber, useFieldError } from "./basic";

type Item = Record<string, unknown>;


function newId(): string {
  return globalThis.crypto.randomUUID().slice(0, 8);
}

/** A number typed as text: keeps what the user types ("12,") while the form holds the parsed number. */
export function NumberInput(props: { id: string; value: unknown; disabled: boolean; invalid: boolean; describedBy?: string; onChange: (n: number | undefined) => void; onBlur: () => void }) {
  const [text, setText] = useState(typedNumber(props.value));
  const [lastValue, setLastValue] = useState(props.value);
  // Only an outside change of the value (another editor's save) rewrites the text.
  if (!Object.is(props.value, lastValue)) {
    setLastValue(props.value);
    if (!Object.is(parseSwedishNumber(text), props.value)) setText(typedNumber(props.value));
  }
  return (
    <input
      id={props.id}
      type="text"
      inputMode="decimal"
      disabled={props.disabled}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      className={`${inputClass} max-w-xs`}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        // Text that is not a number yet ("fjorton") travels as the form's value, typed as the number
        // it should become: the schema refuses it, and it is held back as written (parseSwedishNumber).
        props.onChange(parseSwedishNumber(event.target.value) as number | undefined);
      }}
      onBlur={props.onBlur}
    />
  );
}

function ItemInput({ path, field, item, disabled, onChange, onBlur }: { path: string; field: ItemField; item: Item; disabled: boolean; onChange: (value: unknown) => void; onBlur: () => void }) {
  const { formState } = useFormContext<Case>();
  const error = (get(formState.errors, path) as { message?: string } | undefined)?.message;
  const id = fieldId(path);
  const value = item[field.key];
  const hintId = `${id}-tips`;
  // A short field (a date, a unit, a name) does not say "Högst 20 000 tecken" under it (a walk found
  // it odd); it shows the count only near the limit, which the server holds it to all the same.
  const limited = field.kind === "textarea" || (field.kind === "text" && typeof value === "string" && value.length > MAX_TEXT * 0.9);
  // The error first, as every other field has it (field-shell.tsx describedBy).
  const describedBy = [error ? errorId(path) : null, field.hint ? hintId : null, limited ? characterCountId(id) : null].filter(Boolean).join(" ") || undefined;
  if (field.kind === "yesno" || field.kind === "choice") {
    const options: [string, unknown][] =
      field.kind === "yesno" ? [["Ja", true], ["Nej", false], ["Vet inte än", undefined]] : Object.entries(field.options ?? {}).map(([v, l]) => [l, v]);
    return (
      <fieldset className="mt-3" id={id} tabIndex={-1} aria-describedby={describedBy}>
        <legend className="font-medium">{field.label}</legend>
        <FieldError path={path} message={error} />
        <div className="mt-1 flex flex-wrap gap-4">
          {options.map(([label, optionValue]) => (
            <label key={label} className="flex items-center gap-2">
              <input type="radio" name={id} disabled={disabled} className="h-5 w-5" checked={value === optionValue} onChange={() => onChange(optionValue)} onBlur={onBlur} />
              <span className="first-letter:uppercase">{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium">
        {field.label}
      </label>
      {field.hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {field.hint}
        </p>
      ) : null}
      <FieldError path={path} message={error} />
      {field.kind === "number" ? (
        <NumberInput id={id} value={value} disabled={disabled} invalid={Boolean(error)} describedBy={describedBy} onChange={onChange} onBlur={onBlur} />
      ) : field.kind === "textarea" ? (
        <textarea id={id} rows={3} disabled={disabled} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} value={(value as string) ?? ""} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      ) : (
        <input id={id} type="text" disabled={disabled} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} value={(value as string) ?? ""} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
      {limited ? <CharacterCount fieldId={id} value={typeof value === "string" ? value : ""} max={MAX_TEXT} /> : null}
    </div>
  );
}

/** A list of structured answers (goals, tasks, parties), each item a fieldset of its own. */
export function ObjectListField(props: { path: string; question: QuestionInfo | undefined; fallbackLabel: string; itemName: string; fields: ItemField[]; disabled: boolean }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(props.path);
  return (
    <FieldsetShell path={props.path} question={props.question} fallbackLabel={props.fallbackLabel} error={error}>
      <Controller
        control={control}
        name={props.path as never}
        render={({ field }) => {
          const items = (Array.isArray(field.value) ? field.value : []) as Item[];
          const update = (index: number, key: string, value: unknown) =>
            field.onChange(items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
          return (
            <>
              {items.length === 0 ? <p className="text-slate-700">Inga ännu. Lägg till med knappen nedan.</p> : null}
              {items.map((item, index) => (
                <fieldset key={String(item.id ?? index)} className="rounded border border-slate-300 p-4">
                  <legend className="px-1 font-semibold">
                    {props.itemName} {index + 1}
                  </legend>
                  {props.fields.map((itemField) => (
                    <ItemInput
                      key={itemField.key}
                      path={`${props.path}.${index}.${itemField.key}`}
                      field={itemField}
                      item={item}
                      disabled={props.disabled}
                      onChange={(value) => update(index, itemField.key, value)}
                      onBlur={field.onBlur}
                    />
                  ))}
                  <button
                    type="button"
                    disabled={props.disabled}
                    className="mt-4 rounded border border-slate-600 px-3 py-1"
                    onClick={() => {
                      field.onChange(items.filter((_, i) => i !== index));
                      focusAfterRemoval(props.path);
                    }}
                  >
                    Ta bort {inSentence(props.itemName)} {index + 1}
                  </button>
                </fieldset>
              ))}
              <button
                type="button"
                id={`${fieldId(props.path)}-lagg-till`}
                disabled={props.disabled}
                className="rounded border border-brand-700 px-3 py-1 text-brand-700"
                onClick={() => {
                  field.onChange([...items, { id: newId() }]);
                  const first = props.fields[0];
                  if (first) focusAddedItem(fieldId(`${props.path}.${items.length}.${first.key}`));
                }}
              >
                Lägg till {inSentence(props.itemName)}
              </button>
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}

/**
 * One party's share. Its input is named by the share's place in the list, as validation
 * errors and findings are, so the error summary and "Gå till frågan" links land on it.
 */
function ShareInput(props: { path: string; party: Case["parties"][number]; shares: Case["economy"]["costShares"]; disabled: boolean; onChange: (percent: number | undefined) => void; onBlur: () => void }) {
  const { formState } = useFormContext<Case>();
  const index = props.shares.findIndex((s) => s.partyId === props.party.id);
  const sharePath = index >= 0 ? `${props.path}.${index}.percent` : `${props.path}.${props.party.id}`;
  const error = index >= 0 ? (get(formState.errors, sharePath) as { message?: string } | undefined)?.message : undefined;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={fieldId(sharePath)} className="w-64">
        {props.party.name?.trim() || "Namnlös part"}
      </label>
      <NumberInput
        id={fieldId(sharePath)}
        value={index >= 0 ? props.shares[index]?.percent : undefined}
        disabled={props.disabled}
        invalid={Boolean(error)}
        describedBy={error ? errorId(sharePath) : undefined}
        onChange={props.onChange}
        onBlur={props.onBlur}
      />
      <span aria-hidden="true">%</span>
      <FieldError path={sharePath} message={error} />
    </div>
  );
}

/** Each party's share of the cost, in percent; by population it can be computed. */
export function CostSharesField({ path, question, disabled }: { path: string; question: QuestionInfo | undefined; disabled: boolean }) {
  const { control } = useFormContext<Case>();
  const error = useFieldError(path);
  const parties = (useWatch({ control, name: "parties" }) ?? []) as Case["parties"];
  const method = useWatch({ control, name: "economy.costSplitMethod" });
  return (
    <FieldsetShell path={path} question={question} fallbackLabel="Kostnadsandelar" error={error}>
      <Controller
        control={control}
        name={path as never}
        render={({ field }) => {
          const shares = (Array.isArray(field.value) ? field.value : []) as Case["economy"]["costShares"];
          const setShare = (partyId: string, percent: number | undefined) => {
            // A share for a party that is gone (removed by someone else) cannot be saved; changing the shares lets it go.
            const others = shares.filter((s) => s.partyId !== partyId && parties.some((p) => p.id === s.partyId));
            field.onChange(percent === undefined ? others : [...others, { partyId, percent }].sort((a, b) => parties.findIndex((p) => p.id === a.partyId) - parties.findIndex((p) => p.id === b.partyId)));
          };
          const populations = parties.filter((p) => typeof p.population === "number" && p.population > 0).map((p) => ({ partyId: p.id, population: p.population as number }));
          if (parties.length === 0) return <p className="text-slate-700">Lägg först till parterna i steg 2B, så kan ni fördela kostnaderna här.</p>;
          return (
            <>
              {parties.map((party) => (
                <ShareInput key={party.id} path={path} party={party} shares={shares} disabled={disabled} onChange={(percent) => setShare(party.id, percent)} onBlur={field.onBlur} />
              ))}
              {method === "befolkning" && populations.length === parties.length && parties.every((p) => shares.some((s) => s.partyId === p.id)) ? (
                // The shares follow from the inhabitants for every party with a share (deriveEconomy): said, so numbers typed here are not taken for the split (a walk typed 80 and 30).
                <p className="text-sm font-semibold">
                  Fördelningen följer antalet invånare i steg 2B: {sharesFromPopulation(populations).map((share) => `${parties.find((p) => p.id === share.partyId)?.name?.trim() || "Namnlös part"} ${formatPercent(share.percent)}`).join(", ")}. Andelar som skrivs i fälten ovan ersätts av andelen efter invånare.
                </p>
              ) : null}
              {method === "befolkning" ? (
                populations.length === parties.length ? (
                  <button type="button" disabled={disabled} className="rounded border border-brand-700 px-3 py-1 text-brand-700" onClick={() => field.onChange(sharesFromPopulation(populations))}>
                    Räkna ut andelarna efter antal invånare
                  </button>
                ) : (
                  <p className="text-sm text-slate-700">Ange antal invånare för varje part i steg 2B för att räkna ut andelarna efter befolkning.</p>
                )
              ) : null}
            </>
          );
        }}
      />
    </FieldsetShell>
  );
}
