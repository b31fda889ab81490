import { approveAction, requestReviewAction, returnAction, withdrawRequestAction } from "../actions";
import type { ReviewData } from "../queries";
import { MAX_MESSAGE, RECIPIENT_FIELD, REQUESTS_SHOWN_FIELD, recipientValue } from "../schemas";
import { OutcomeGroup, ReviewForm } from "./review-form";
import { SavedNoticeHere } from "./saved-notice";
import { REVIEW_MESSAGES } from "../access";
import { openPointItems, openPoints } from "../findings";
import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { decisionFormId } from "./form-anchors";
import { reviewPartPath } from "./review-parts";
import { undecidedMessage } from "../labels";
import { CONFIRM_INCOMPLETE_FIELD, CONFIRM_INCOMPLETE_VALUE, REMINDERS_SHOWN_FIELD, hasReminders, reminderLines } from "../reminders";
import { joinList } from "@/lib/format/count";
import { partiesWithoutJurist, sendableParties } from "../status";

/** "Skicka till juridisk granskning", for editors. */
export function RequestReviewPanel({ review }: { review: ReviewData }) {
  const withReviewers = review.parties.filter((p) => p.reviewers.length > 0);
  // Every party with an open request, also one whose jurists have left since (its request waits for nobody, and may be taken back).
  const waiting = review.parties.filter((p) => p.openRequest);
  const approved = withReviewers.filter((p) => !p.openRequest && p.state === "approved");
  // Not offered (the server refuses both): see sendableParties.
  const parties = sendableParties(review.parties);
  // A party with no jurist in the case cannot be chosen: said here, not only in the status panel above (a walk looked for it in the list).
  const withoutReviewers = partiesWithoutJurist(review.parties);
  const notOffered = [
    waiting.length > 0 ? `Ärendet väntar på granskning för ${joinList(waiting.map((p) => p.name))}.` : "",
    ...approved.map((p) => `${p.name} har godkänt ärendet i version ${p.latestApproval?.caseVersion ?? review.version} och skickas inte igen.`),
    withReviewers.length > 0 && withoutReviewers.length > 0
      ? `${joinList(withoutReviewers.map((p) => p.name))} kan inte väljas: ingen jurist granskar för ${withoutReviewers.length === 1 ? "den parten" : "de parterna"} i ärendet. Bjud in en jurist till ärendet, med rollen granskare, på ärendets sida, eller be partens organisationsadministratör att ge en kollega rollen jurist.`
      : "",
  ].filter(Boolean);
  if (!review.can.request) return null;
  return (
    <section aria-labelledby="skicka-granskning" className="mt-8">
      <h2 id="skicka-granskning" className="text-2xl font-semibold">
        Skicka till juridisk granskning
      </h2>
      <SavedNoticeHere id="skicka-granskning" kinds={["skickat", "skickat-flera", "tagen-tillbaka"]} />
      <OutcomeGroup>
        {parties.length > 0
          ? notOffered.map((line) => (
              <p key={line} className="mt-2">
                {line}
              </p>
            ))
          : null}
        {/* With a request waiting for nobody, the panel above says who is missing, and the take-back follows: no third message (a walk). */}
        {withReviewers.length === 0 && waiting.length > 0 ? null : withReviewers.length === 0 ? (
          <p className="mt-2">Ingen jurist granskar ärendet nu. Bjud in en jurist till ärendet, med rollen granskare, på ärendets sida, eller be organisationens administratör att ge en kollega rollen jurist.</p>
        ) : (
          <ReviewForm
            action={requestReviewAction}
            label="Skicka till juridisk granskning"
            hidden={{ caseId: review.caseId }}
            fields={[
              {
                // A jurist reviews for their own party: each party's jurists stand under its name, so
                // the choice says whose jurist it is. One choice, so one party per request.
                kind: "radio-groups",
                name: RECIPIENT_FIELD,
                label: "Vem ska granska?",
                hint: "Välj en parts alla jurister, eller en namngiven jurist. En jurist granskar för sin egen part.",
                errorPaths: ["organizationId", "reviewerUserId"],
                groups: parties.map((p) => ({
                  label: p.name,
                  options: [{ value: recipientValue(p.id), label: `Alla jurister för ${p.name}` }, ...p.reviewers.map((r) => ({ value: recipientValue(p.id, r.id), label: r.name }))],
                })),
              },
              { kind: "textarea", name: "message", label: "Meddelande till juristen", hint: "Till exempel vad du särskilt vill ha bedömt.", maxLength: MAX_MESSAGE },
            ]}
            submitLabel="Skicka till juridisk granskning"
            // With one party left to ask, its jurists together are the choice most make; chosen, a
            // plain press of the button sends (it was refused with "Välj vilken parts jurister …").
            initial={parties.length === 1 ? { [RECIPIENT_FIELD]: recipientValue(parties[0]!.id) } : undefined}
            closed={parties.length === 0 ? notOffered.join(" ") : undefined}
          />
        )}
        {review.can.withdraw ? <WithdrawRequestForm review={review} waiting={waiting} /> : null}
      </OutcomeGroup>
    </section>
  );
}

/**
 * "Ta tillbaka begäran": a party's open request, taken back before a jurist answers (sent to the
 * wrong party, or waiting for a party whose jurists have left: found on a walk, it stood "Under
 * granskning" with nobody to answer it). Mounted while the panel is, so its message stays after
 * the last request is taken back; with nothing to take back it shows only that message.
 */
function WithdrawRequestForm({ review, waiting }: { review: ReviewData; waiting: ReviewData["parties"] }) {
  const one = waiting.length === 1 ? waiting[0] : undefined;
  // Whom it tells: the jurists the request waits for, if any are left (withdrawReviewRequest).
  const lead = "Om du tar tillbaka en begäran väntar ärendet inte längre på granskning för den parten, och juristerna som begäran väntar på får ett meddelande. Du kan skicka ärendet igen senare.";
  return (
    <ReviewForm
      action={withdrawRequestAction}
      label="Ta tillbaka en begäran om granskning"
      hidden={{ caseId: review.caseId, ...(one ? { organizationId: one.id } : {}), [REQUESTS_SHOWN_FIELD]: waiting.flatMap((p) => (p.openRequest ? [p.openRequest.id] : [])).join(",") }}
      lead={lead}
      fields={one ? [] : [{ kind: "radios", name: "organizationId", label: "Ta tillbaka begäran för", options: waiting.map((p) => ({ value: p.id, label: p.name })) }]}
      submitLabel={one ? `Ta tillbaka begäran för ${one.name}` : "Ta tillbaka begäran"}
      secondary
      closed={waiting.length === 0 ? "Ingen begäran väntar." : undefined}
      quietWhenClosed
      focusOutcome
    />
  );
}

/** "Godkänn" and "Skicka tillbaka", for the reviewer's party. */
export function OutcomePanel({ review }: { review: ReviewData }) {
  if (!review.can.decide) return null;
  const mine = review.parties.filter((p) => review.myOrganizations.includes(p.id));
  const partyField = (parties: typeof mine) => (parties.length > 1 ? [{ kind: "select" as const, name: "organizationId", label: "För part", options: parties.map((p) => ({ value: p.id, label: p.name })) }] : []);
  const orgField = partyField(mine);
  // A party that has approved this version is not offered "Godkänn" again (the server refuses it).
  const approved = mine.filter((p) => p.state === "approved");
  const approvable = mine.filter((p) => p.state !== "approved");
  const approvedText = `Version ${review.version} är godkänd för ${approved.map((p) => p.name).join(" och ")}.`;
  // A return after an approval replaces it (lib/review/status.ts): said before, not found out after (a walk).
  // For a jurist of two parties, a return is for the party chosen: said of each approved one.
  const returnLead =
    approved.length === 0
      ? undefined
      : mine.length === 1
        ? `Skickar du tillbaka ärendet gäller godkännandet för ${approved[0]!.name} inte längre.`
        : `Skickar du tillbaka ärendet för en part som har godkänt det (${approved.map((p) => p.name).join(" och ")}) gäller partens godkännande inte längre.`;
  // The server refuses an approval while the party has open points or a "Ska åtgärdas"; the form
  // says so instead (for a reviewer of two parties, only when neither may approve yet, and then
  // for each party: a walk's jurist of two parties was told only the first party's reason).
  // As the server names it (approveCase): for a jurist of more than one party, approved or not.
  const named = (party: { name: string }) => (mine.length > 1 ? party.name : undefined);
  const waits = approvable.map((party) => {
    const own = review.decisions.filter((d) => d.organizationId === party.id);
    const open = openPoints(review.findings, own);
    // Sent back already, "Skicka tillbaka ärendet" is not the way on (a walk read it after sending it back).
    if (own.some((d) => d.holds && d.kind === "MUST_FIX")) return party.state === "returned" ? REVIEW_MESSAGES.mustFixReturned(party.name) : REVIEW_MESSAGES.mustFixOpen(named(party));
    return open.blockers + open.unverified > 0 ? undecidedMessage(open, named(party)) : undefined;
  });
  // One paragraph per party (ReviewForm keeps the line breaks).
  const waitsForDecisions = waits.every(Boolean) ? waits.join("\n") : undefined;
  // The parties "Godkänn" is offered for: those with nothing left to decide. A party that waits is
  // not offered (the server refuses it), or a refusal for it put the choice back on the first party (a walk).
  const ready = approvable.filter((_, i) => !waits[i]);
  // The points still to decide, named and linked, for each party that waits, whether or not the
  // other may approve: a walk was told "1 punkt att verifiera är inte avgjord för din part" after
  // deciding "Accepterad risk" on it, and not which point; another saw a party's points go once
  // the other party's were decided. One decided "Ska åtgärdas" is decided: it waits for the
  // editors, not for the jurist.
  const undecidedByParty = approvable.flatMap((party, i) => {
    if (!waits[i]) return [];
    const own = review.decisions.filter((d) => d.organizationId === party.id && d.holds);
    const undecided = openPointItems(review.findings, own);
    const toFix = new Set(own.filter((d) => d.kind === "MUST_FIX").map((d) => d.findingKey));
    const items = [...undecided.blockers.map((k) => ({ k, what: "hinder" })), ...undecided.unverified.filter((k) => !undecided.blockers.includes(k)).map((k) => ({ k, what: "att verifiera" }))].filter(
      ({ k }) => !toFix.has(k.key),
    );
    // Said here only while the form is open for another party: closed, the form says why.
    return [{ party, items, reason: waitsForDecisions ? undefined : waits[i] }];
  });
  // A return stands until the editors change the case: said with what it said, so the form below does not read as never sent (a walk).
  const returnedMine = mine.filter((p) => p.state === "returned" && p.returned);
  // The open requests this page shows: an answer to one an editor takes back meanwhile is refused (the server checks).
  const shown = { [REQUESTS_SHOWN_FIELD]: mine.flatMap((p) => (p.openRequest ? [p.openRequest.id] : [])).join(",") };
  // Not a bar to approval, but given knowingly: the server asks for the same box.
  const confirmField = hasReminders(review.reminders)
    ? [{ kind: "checkbox" as const, name: CONFIRM_INCOMPLETE_FIELD, value: CONFIRM_INCOMPLETE_VALUE, label: "Jag godkänner ärendet ändå", hint: `Innan du godkänner: ${reminderLines(review.reminders).join(" ")}` }]
    : [];
  return (
    <section aria-labelledby="utfall" className="mt-8 rounded border-2 border-slate-400 p-4">
      <h2 id="utfall" className="text-2xl font-semibold">
        Ditt beslut för {mine.map((p) => p.name).join(" och ")}
      </h2>
      <SavedNoticeHere id="utfall" kinds={["godkant", "tillbaka"]} />
      {ready.length > 0 ? (
        <p className="mt-2">
          Du godkänner version {review.version} av ärendet{mine.length > 1 ? ` för ${joinList(ready.map((p) => p.name), "eller")}` : ""}. Om ett svar eller en klausul ändras efteråt blir godkännandet inaktuellt.
        </p>
      ) : null}
      {returnedMine.map((party) => (
        <p key={party.id} className="mt-2">
          Skickat tillbaka för {party.name} av {party.returned!.closedByName}
          {party.returned!.closedAt ? (
            <>
              , <DateTime value={party.returned!.closedAt} />
            </>
          ) : null}
          {party.returned!.summary?.trim() ? `: ”${party.returned!.summary.trim()}”` : "."} Redigerarna har fått ett meddelande. Skicka tillbaka igen bara om något mer behöver åtgärdas.
        </p>
      ))}
      {undecidedByParty.map(({ party, items, reason }) => (
        <div key={party.id} className="mt-2">
          {reason ? <p className="font-semibold">{reason}</p> : null}
          {items.length > 0 ? (
            <>
              <p className="font-semibold">Kvar att avgöra för {party.name}:</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {items.map(({ k, what }) => (
                  <li key={k.key}>
                    <Link href={reviewPartPath(review.caseId, "beslut", decisionFormId(k.key))} className="text-brand-700 underline">
                      {k.finding.title}
                    </Link>{" "}
                    ({what})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
      {approved.length > 0 && approvable.length > 0 ? <p className="mt-2 font-semibold">{approvedText}</p> : null}
      <div className="grid gap-6 md:grid-cols-2">
        {/* Each form starts afresh once the other one's outcome is in, so an old refusal does not
            stand beside the new outcome ("Skriv en sammanfattning" under "Ärendet är godkänt"). */}
        <ReviewForm
          key={`godkann-${mine.map((p) => p.returned?.id ?? "").join()}`}
          action={approveAction}
          label="Godkänn ärendet"
          hidden={{
            caseId: review.caseId,
            version: String(review.version),
            ...(ready.length === 1 ? { organizationId: ready[0]!.id } : {}),
            ...(hasReminders(review.reminders) ? { [REMINDERS_SHOWN_FIELD]: review.reminders.key } : {}),
            ...shown,
          }}
          fields={[...partyField(ready), ...confirmField]}
          submitLabel="Godkänn"
          closed={approvable.length === 0 ? approvedText : waitsForDecisions}
          mootWithout={CONFIRM_INCOMPLETE_FIELD}
        />
        <ReviewForm
          key={`tillbaka-${mine.map((p) => p.latestApproval?.id ?? "").join()}`}
          action={returnAction}
          label="Skicka tillbaka ärendet"
          hidden={{ caseId: review.caseId, ...shown }}
          fields={[...orgField, { kind: "textarea", name: "summary", label: "Sammanfattning till redigerarna", hint: "Vad behöver redigerarna ändra eller komplettera?", maxLength: MAX_MESSAGE }]}
          submitLabel="Skicka tillbaka"
          secondary
          lead={returnLead}
        />
      </div>
    </section>
  );
}
