"use client";

import { usePathname } from "next/navigation";
import { startTransition, useActionState, useState } from "react";
import { IDLE } from "@/lib/forms/action-state";
import { setStepCompletionAction, type StepCompletionState } from "../actions";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { CompletionMark } from "../completion-marks";
import { MarkLine } from "./completion-mark";

const MARK_ID = "klart-markerat-av";

/** "Är avsnittet klart?" Completing a step with blockers or unanswered questions asks for a confirmation first. */
export function CompletionForm({
  caseId,
  step,
  completed,
  completedBy,
  version,
  beforeSubmit,
}: {
  caseId: string;
  step: string;
  completed: boolean;
  completedBy?: CompletionMark | undefined;
  /** The case version the form's answers are from now (the page's, or its last autosave's). */
  version: () => number;
  beforeSubmit: () => Promise<boolean>;
}) {
  const pathname = usePathname();
  const [state, dispatch, pending] = useActionState<StepCompletionState, FormData>(setStepCompletionAction, IDLE);
  const [unsaved, setUnsaved] = useState(false);
  // Each answer from the server that asks again mounts the confirmation anew, so it is announced
  // again and takes focus again (React's pattern for state derived from the previous render).
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  // React resets a form after its action; the choice made must survive the confirmation round.
  const chosen = state.values?.complete ?? (completed ? "ja" : "nej");
  // The choice is saved by the button, not by choosing: a walk chose "Ja" and went on with "Nästa", and the step stayed "Pågår".
  const [picked, setPicked] = useState(chosen);
  const stored = completed ? "ja" : "nej";
  return (
    <form
      // Without JavaScript (or before it has loaded) the form posts to the action itself; with
      // it, the answers not yet autosaved are saved first.
      action={dispatch}
      onSubmit={async (event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        const saved = await beforeSubmit();
        setUnsaved(!saved);
        // After the save, which brought in what others had saved to answers shown here.
        formData.set("seenVersion", String(version()));
        if (saved) startTransition(() => dispatch(formData));
      }}
      className="mt-10 rounded border-2 border-slate-400 p-4"
    >
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="step" value={step} />
      {/* Without JavaScript, the page's version; with it, set when sent. */}
      <input type="hidden" name="seenVersion" defaultValue={version()} />
      <fieldset onChange={(event) => event.target instanceof HTMLInputElement && setPicked(event.target.value)} aria-describedby={completedBy ? MARK_ID : undefined}>
        <legend className="text-xl font-semibold">Är avsnittet klart?</legend>
        <MarkLine mark={completedBy} id={MARK_ID} />
        <label className="mt-2 flex items-center gap-2">
          <input key={`ja-${chosen}`} type="radio" name="complete" value="ja" defaultChecked={chosen === "ja"} className="h-5 w-5" /> Ja, avsnittet är klart
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input key={`nej-${chosen}`} type="radio" name="complete" value="nej" defaultChecked={chosen === "nej"} className="h-5 w-5" /> Nej, jag återkommer senare
        </label>
      </fieldset>
      <p role="status" className="mt-2 text-sm font-semibold">
        {picked !== stored ? "Valet är inte sparat än: tryck på ”Spara och gå till översikten”. Går du vidare med en länk sparas det inte." : null}
      </p>
      {unsaved ? (
        <p role="alert" className="mt-4 font-semibold text-red-800">
          Alla svar är inte sparade än. Rätta felen eller välj version i konflikterna ovan, och försök sedan igen.
        </p>
      ) : state.needsConfirmation ? (
        <div key={answers.count} role="alert" className="mt-4 rounded border-l-4 border-red-800 bg-red-50 p-3">
          <p className="font-semibold">{state.message}</p>
          {state.stale ? (
            <p className="mt-2">
              Svaren har ändrats i en annan flik eller av en kollega sedan de visades här, så det som står på sidan stämmer inte längre.{" "}
              {/* Everything typed here is saved before the question is sent, so a reload loses nothing. */}
              <a href={pathname ?? ""} className="font-semibold text-brand-700 underline">
                Ladda om sidan för att se svaren som de är nu
              </a>
              .
            </p>
          ) : null}
          <label className="mt-2 flex items-center gap-2">
            {/* Focus moves here, the one thing left to do: the button pressed was disabled while it
                saved (focus fell to the page), and without JavaScript the page comes back at its top. */}
            <input type="checkbox" name="confirmIncomplete" value="ja" autoFocus className="h-5 w-5" /> Jag vill ändå markera avsnittet som klart
          </label>
          {state.open ? (
            <>
              <input type="hidden" name="confirmedBlockers" value={state.open.blockers} />
              <input type="hidden" name="confirmedUnanswered" value={state.open.unanswered} />
            </>
          ) : null}
        </div>
      ) : state.status === "error" ? (
        <p role="alert" className="mt-4 font-semibold text-red-800">
          {state.message}
          {state.fieldErrors?.map((e) => ` ${e.message}`).join("")}
        </p>
      ) : null}
      <SubmitButton pending={pending} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {pending ? "Sparar …" : "Spara och gå till översikten"}
      </SubmitButton>
    </form>
  );
}
