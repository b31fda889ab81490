"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { Case } from "@/lib/case";
import { COLLABORATION_FORM_LABELS } from "@/lib/case/enums";
import type { CollaborationFormComparison } from "@/lib/guide";
import { adviseForm, consequenceOfChoice, type FormQuestions } from "../../form-advice";
import { fieldId } from "../field-ids";
import { YesNoField } from "./basic";

const QUESTIONS: { key: keyof FormQuestions; label: string; help: string }[] = [
  { key: "stateAgencies", label: "Ska statliga myndigheter, till exempel Arbetsförmedlingen eller Försäkringskassan, vara med?", help: "Staten kan bara samverka med kommuner och regioner i ett samordningsförbund." },
  { key: "privateActors", label: "Ska privata aktörer vara med?", help: "Privata aktörer kan inte vara parter i avtalssamverkan." },
  { key: "ownLegalPerson", label: "Behöver samverkan en egen juridisk person?", help: "Till exempel för att kunna anställa, äga egendom eller ha en egen budget." },
  { key: "bindingAgreement", label: "Behövs ett juridiskt bindande avtal?", help: "Utan bindande avtal räcker ett nätverk, men omfånget blir begränsat." },
];

/** Step 2C: four questions that point to fitting forms (report Table 1), and the table itself. */
export function FormAdviceField({ path, disabled, table, legalPersonLabels }: { path: string; disabled: boolean; table: readonly CollaborationFormComparison[]; legalPersonLabels: Record<string, string> }) {
  const { control } = useFormContext<Case>();
  const answers = (useWatch({ control, name: path as never }) ?? {}) as FormQuestions;
  const chosen = useWatch({ control, name: "collaborationForm.chosen" });
  const advice = adviseForm(answers);
  const consequence = chosen ? consequenceOfChoice(chosen) : null;
  return (
    <div id={fieldId(path)} tabIndex={-1}>
      {QUESTIONS.map((q) => (
        <YesNoField
          key={q.key}
          path={`${path}.${q.key}`}
          disabled={disabled}
          question={{ label: q.label, help: q.help, chapter: "avsnitt 2.2, Kapitel 2: Andra kommunala samverkansformer och tabell 1", glossary: [] }}
        />
      ))}
      <section aria-live="polite" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4">
        <h3 className="font-semibold">Förslag utifrån era svar</h3>
        {advice.fitting.length === 0 ? (
          <p className="mt-2">Svara på frågorna ovan så visas vilka samverkansformer som passar.</p>
        ) : (
          <>
            <p className="mt-2">
              Passar: <strong>{advice.fitting.map((id) => COLLABORATION_FORM_LABELS[id]).join(", ")}</strong>
            </p>
            {advice.reasons.map((reason) => (
              <p key={reason} className="mt-2">
                {reason}
              </p>
            ))}
          </>
        )}
        <p className="mt-2 text-sm">Förslaget är ett stöd. Ni väljer själva form nedan, och valet respekteras.</p>
      </section>
      {consequence ? (
        <p className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 p-4" role="status">
          {consequence}
        </p>
      ) : null}
      <details className="mt-6">
        <summary className="cursor-pointer font-semibold text-brand-700 underline">Jämför samverkansformerna (rapportens tabell 1)</summary>
        {/* One card per form rather than a seven-column table: it fits the form column and a phone without sideways scrolling. */}
        <ul className="mt-3 grid gap-4 xl:grid-cols-2" aria-label="Samverkansformer jämförda efter aktörer, juridisk person, huvudmannaskap, för- och nackdelar">
          {table.map((row) => (
            <li key={row.id} className="rounded border border-slate-300 p-4">
              <h4 className="text-lg font-semibold">{row.name}</h4>
              <dl className="mt-2 space-y-2 text-sm">
                {[
                  ["Aktörer", row.actors],
                  ["Egen juridisk person", legalPersonLabels[row.ownLegalPerson]],
                  ["Huvudmannaskap", row.huvudmannaskap],
                  ["Fördelar", row.advantages],
                  ["Nackdelar", row.disadvantages],
                  ["Passar för", row.suitableFor],
                ].map(([term, value]) => (
                  <div key={term}>
                    <dt className="font-semibold">{term}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
