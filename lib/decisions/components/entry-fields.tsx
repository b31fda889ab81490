import type { ComponentPropsWithRef } from "react";
import { SelectField } from "@/components/forms/SelectField";
import type { VersionChoice } from "../data";

/** A party of the case, as lib/decisions/parties.ts lists them. */
export interface PartyChoice {
  key: string;
  name: string;
  /** An organisation in Samverka; otherwise a party named in step 2B only. */
  inSamverka: boolean;
}

/** Which party an entry is for: the case's organisations, then step 2B's other parties. */
export function PartyField({ id, parties, error, registered }: { id: string; parties: readonly PartyChoice[]; error: string | undefined; registered: ComponentPropsWithRef<"select"> }) {
  const options: Record<string, string> = parties.length === 1 ? {} : { "": "Välj part" };
  for (const party of parties) options[party.key] = party.inSamverka ? party.name : `${party.name} (part enligt steg 2B)`;
  return <SelectField id={id} label="Part" error={error} options={options} registered={registered} />;
}

/**
 * The case version a decision or a signed agreement came from. Saving an answer makes a new
 * version, so the versions offered are those the documents were created from (the documents'
 * footer names theirs), and the version now.
 */
export function VersionField({ id, choices, documents, error, registered }: { id: string; choices: readonly VersionChoice[]; documents: string; error: string | undefined; registered: ComponentPropsWithRef<"select"> }) {
  // Pairs, not a record: a record would list "3" before "" (number-like keys come first).
  const options: [string, string][] = [
    ["", "Välj version"],
    ...choices.map((choice): [string, string] => [
      String(choice.version),
      choice.documentsOn ? `Version ${choice.version}: ${documents} skapades ${choice.documentsOn}` : `Version ${choice.version}: ärendet som det är nu, utan sparade dokument`,
    ]),
  ];
  return (
    <SelectField
      id={id}
      label="Ärendets version"
      hint={`Den version som ${documents} skapades från; den står i dokumentens sidfot. Ett svar som sparas gör en ny version.`}
      error={error}
      options={options}
      registered={registered}
    />
  );
}
