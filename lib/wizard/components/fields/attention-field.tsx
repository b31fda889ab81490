"use client";

import { Controller, useFormContext } from "react-hook-form";
import type { Case } from "@/lib/case";
import { describeAttentionItem } from "../../attention";
import { fieldId } from "../field-ids";

/** Answers kept from an older format version; an editor removes each one once it is dealt with. */
export function AttentionField({ path, disabled }: { path: string; disabled: boolean }) {
  const { control } = useFormContext<Case>();
  return (
    <Controller
      control={control}
      name={path as never}
      render={({ field }) => {
        const items = (Array.isArray(field.value) ? field.value : []) as Case["needsAttention"];
        if (items.length === 0) return <></>;
        return (
          <div id={fieldId(path)} tabIndex={-1} className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
            <p className="font-semibold">Svar från den tidigare modellen som behöver ses över</p>
            <ul className="mt-2">
              {items.map((item) => {
                const d = describeAttentionItem(item);
                return (
                  <li key={item.path} className="mt-2">
                    <p>
                      <strong>{d.label}: {d.value}.</strong> {d.reason}
                    </p>
                    <button
                      type="button"
                      disabled={disabled}
                      className="mt-1 rounded border border-brand-700 px-3 py-1 text-brand-700"
                      onClick={() => field.onChange(items.filter((other) => other !== item))}
                    >
                      Hanterat – ta bort ”{d.label}”
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      }}
    />
  );
}
