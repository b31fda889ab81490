import type { FormAction } from "@/lib/forms/action-state";
import { DECISION_BODY_LABELS, DECISION_OUTCOME_LABELS } from "../labels";
import { type PartyEnd, type PartyNotice, type WithdrawingEditor, mayWithdrawEntry } from "../status";
import { WithdrawForm } from "./WithdrawForm";

/** What a reader should check, from the entries and the case's answers; the law is cited only where it says so. */
function noticeText(notice: PartyNotice, party: string): string {
  switch (notice.kind) {
    case "councilMissing":
      // The answer in step 3C is the case's; whether the matter is of that weight is each municipality's or region's own.
      return `Ni har svarat i steg 3C att avtalet är av principiell beskaffenhet eller annars av större vikt. Om det gäller även för ${party} beslutar fullmäktige där (KL 5 kap. 1 §), och inget beslut av fullmäktige enligt förslaget är registrerat för ${party}.`;
    case "signedWithoutDecision":
      return `Avtalet är registrerat som undertecknat för ${party}, men inget beslut enligt förslaget är registrerat. Kontrollera att den som undertecknade hade rätt att göra det, genom ett beslut eller enligt delegationsordningen.`;
    case "signedBeforeDecision":
      return `Avtalet undertecknades för ${party} ${notice.signedOn}, före beslutet ${notice.decidedOn}. Kontrollera att den som undertecknade hade rätt att göra det då.`;
    case "decidedOnUnapproved":
      return notice.signed
        ? `Beslutet för ${party} gällde version ${notice.decidedVersion} av ärendet, som ingen jurist har godkänt i Samverka. Kontrollera att beslutsunderlaget var juridiskt granskat.`
        : `Beslutet för ${party} gällde version ${notice.decidedVersion} av ärendet, som ingen jurist har godkänt i Samverka. Kontrollera att beslutsunderlaget var juridiskt granskat, eller låt granska ärendet innan avtalet undertecknas.`;
    case "changedSinceDecision":
      return notice.signed
        ? `Beslutet för ${party} gällde version ${notice.decidedVersion} av ärendet, som nu är i version ${notice.currentVersion}. Se i ärendets historik vad som har ändrats sedan beslutet, och om det påverkar det undertecknade avtalet.`
        : `Beslutet för ${party} gällde version ${notice.decidedVersion} av ärendet, som nu är i version ${notice.currentVersion}. Se i ärendets historik vad som har ändrats sedan dess innan avtalet undertecknas.`;
  }
}

export function PartyEndSection({
  party,
  index,
  withdrawDecision,
  withdrawSignature,
  editor,
}: {
  party: PartyEnd;
  /** Its place on the page, for the heading's id (keys may hold any characters). */
  index: number;
  /** Absent for someone who may not withdraw entries. */
  withdrawDecision?: FormAction;
  withdrawSignature?: FormAction;
  /** Who reads the page: an entry is offered to be taken off only where mayWithdrawEntry allows it (the server checks the same). */
  editor: WithdrawingEditor;
}) {
  const headingId = `part-${index + 1}`;
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded border border-slate-300 p-4">
      <h2 id={headingId} className="text-2xl font-semibold">
        {party.name}
      </h2>
      {party.former ? <p className="mt-1 text-sm">Inte längre part i ärendet. Det som registrerades för {party.name} står kvar här och räknas inte ovan.</p> : null}
      {party.notices.map((notice) => (
        <p key={notice.kind} className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
          {noticeText(notice, party.name)}
        </p>
      ))}
      <h3 className="mt-4 text-lg font-semibold">Beslut</h3>
      {party.decisions.length ? (
        <ul className="mt-2 space-y-3">
          {party.decisions.map((d) => {
            const what = `${d.bodyName} ${d.decidedOn}${d.paragraph ? ` ${d.paragraph}` : ""}`;
            return (
              <li key={d.id}>
                <p>
                  <span className="font-semibold">{what}</span> ({DECISION_BODY_LABELS[d.body].toLowerCase()}): {DECISION_OUTCOME_LABELS[d.outcome].toLowerCase()}.
                </p>
                <p className="text-sm text-slate-700">
                  Gäller version {d.caseVersion}. Registrerat av {d.recordedByName}.
                </p>
                {withdrawDecision && mayWithdrawEntry(d, editor) ? <WithdrawForm action={withdrawDecision} id={d.id} kind="decision" what={what} /> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2">Inget beslut är registrerat.</p>
      )}
      <h3 className="mt-4 text-lg font-semibold">Underskrifter</h3>
      {party.signatures.length ? (
          <ul className="mt-2 space-y-3">
            {party.signatures.map((s) => (
              <li key={s.id}>
                <p>
                  <span className="font-semibold">{s.signatoryName}</span>, {s.signatoryTitle}, undertecknade {s.signedOn}.
                </p>
                <p className="text-sm text-slate-700">
                  Avtalet i version {s.caseVersion}. Registrerat av {s.recordedByName}.
                </p>
                {withdrawSignature && mayWithdrawEntry(s, editor) ? <WithdrawForm action={withdrawSignature} id={s.id} kind="signature" what={`${s.signatoryName} ${s.signedOn}`} /> : null}
              </li>
            ))}
          </ul>
      ) : (
        <p className="mt-2">Avtalet är inte registrerat som undertecknat.</p>
      )}
    </section>
  );
}
