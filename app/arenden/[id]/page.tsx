import type { Metadata } from "next";
import Link from "@/components/Link";
import { DateTime } from "@/components/DateTime";
import { FocusedStatus } from "@/components/FocusedStatus";
import { getActor } from "@/lib/auth/actor";
import { CaseParties } from "@/lib/cases/components/case-parties";
import { guardPage } from "@/lib/auth/page-guard";
import { listCaseHistory } from "@/lib/review/history";
import { loadReview } from "@/lib/review/queries";
import { CaseHistory } from "@/lib/review/components/case-history";
import { ReviewStatusPanel } from "@/lib/review/components/review-status";
import { CaseInvitations } from "@/lib/cases/components/CaseInvitations";
import { PENDING_CASE_INVITATIONS_HEADING, caseInvitationRows } from "@/lib/cases/components/case-invitation-rows";
import { UpdateCaseForm } from "@/lib/cases/components/UpdateCaseForm";
import { createInvitationAction, revokeCaseInvitationAction, updateCaseAction } from "@/lib/cases/actions";
import { INVITATION_NOTICE_PARAM, invitationNoticeOf, readInvitationNotice } from "@/lib/invitations/notice";
import { CASE_MESSAGES } from "@/lib/cases/messages";
import { PendingInvitationList } from "@/lib/invitations/components/PendingInvitationList";
import { getCaseOverview } from "@/lib/cases/data";
import { formatFindingCounts } from "@/lib/format";
import { CASE_ROLE_LABELS } from "@/lib/cases/schemas";
import { caseEvaluationDate } from "@/lib/wizard/evaluation-date";
import { StepTaskList } from "@/lib/wizard/components/step-task-list";
import { readCompletionMarks } from "@/lib/wizard/completion-marks";
import { CaseProgress } from "@/lib/wizard/components/case-progress";
import { AttentionNotice } from "@/lib/wizard/components/attention-notice";
import { AssessmentChanges } from "@/lib/wizard/components/assessment-changes";
import { recordAssessmentShown } from "@/lib/cases/assessment";
import { derivedCase, evaluationOn } from "@/lib/wizard/case-cache";
import { WIZARD_PAGES, mustFixByPage, pageName } from "@/lib/wizard/pages";
import { completionNotice, countedFindings, countedSummary, deferredFindingsText, stepProgress } from "@/lib/wizard/progress";
import { keyFindings, verifiedByJuristText } from "@/lib/review/findings";
import { NOUNS, formatCount } from "@/lib/format/count";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";
import { caseEndOf, decidedVersionFacts } from "@/lib/decisions/data";
import { partiesDiaryNumbers } from "@/lib/documents/common";
import { CaseEndSummary, hasEntries } from "@/lib/decisions/components/CaseEndSummary";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return reviewedCasePageMetadata(null, (await params).id);
}

export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams?: Promise<{ klart?: string; historik?: string; [INVITATION_NOTICE_PARAM]?: string | string[] }>;
}) {
  const { id } = await params;
  const query = (await searchParams) ?? {};
  const { klart, historik } = query;
  const notice = readInvitationNotice(query[INVITATION_NOTICE_PARAM]);
  const actor = await getActor();
  const { overview, history, review } = await guardPage(`/arenden/${id}`, async () => {
    const overview = await getCaseOverview(actor, id, notice?.invitationId);
    const [history, review] = await Promise.all([listCaseHistory(actor, id, Number(historik ?? 1)), loadReview(actor, id)]);
    return { overview, history, review };
  });
  // The document and its assessment, once per version (lib/wizard/case-cache.ts).
  const derived = derivedCase(overview);
  const doc = derived.doc;
  const evaluation = evaluationOn(derived, caseEvaluationDate(doc));
  const progress = stepProgress(doc, evaluation, overview.completedSteps);
  const assessmentChanges = await recordAssessmentShown(actor, id, evaluation);
  // Where the case's end stands, from the entries the case page's one query read with it.
  const end = caseEndOf(overview, doc, await decidedVersionFacts(overview));
  // Each party's own Dnr from step 2B, said where the case has none of its own (the agreement carries them then).
  const partyDiaryNumbers = partiesDiaryNumbers(doc);
  // The parties the person works for in the case: their membership's (the owner's for the owner's
  // people), and each party they review for; a jurist of the owner invited to review for the
  // partner too read only the partner's name (a walk).
  const ownMember = actor.kind === "user" ? overview.members.find((member) => member.userId === actor.userId) : undefined;
  const ownOrganizations = [
    ...new Set([
      ...(ownMember ? [ownMember.organization?.name ?? overview.ownerOrganization.name] : []),
      ...review.parties.filter((party) => review.myOrganizations.includes(party.id)).map((party) => party.name),
    ]),
  ];
  const justCompleted = WIZARD_PAGES.find((page) => page.path === klart);
  const completedNotice = justCompleted ? completionNotice(justCompleted, progress, overview.completedSteps) : "";
  return (
    <article aria-labelledby="rubrik">
      <h1 id="rubrik" className="text-3xl font-bold">
        {overview.title}
      </h1>
      {justCompleted ? (
        // Under the heading, with the focus: at 375 px a walk found it below a screen of case details, the focus on the page's body.
        <FocusedStatus key={klart} className="mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 p-3">
          {/* Not "Dina svar … är sparade": the button saves the choice, and without JavaScript no answer could be given (a walk). */}
          Ditt val för {pageName(justCompleted).replace(/^Steg/, "steg")} är sparat.{completedNotice}
        </FocusedStatus>
      ) : null}
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1">
        <dt className="font-semibold">Ägare</dt>
        <dd>{overview.ownerOrganization.name}</dd>
        <dt className="font-semibold">Diarienummer</dt>
        <dd>{overview.diaryNumber ?? (partyDiaryNumbers ? `Inget för ärendet. Parternas egna (steg 2B): ${partyDiaryNumbers}` : "Inget angivet")}</dd>
        <dt className="font-semibold">Skapat</dt>
        <dd>
          <DateTime value={overview.createdAt} />
        </dd>
        <CaseParties doc={doc} ownOrganizations={ownOrganizations} />
      </dl>

      <AttentionNotice caseId={id} items={doc.needsAttention} />
      <AssessmentChanges changes={assessmentChanges} />


      <ReviewStatusPanel review={review} />
      <p className="mt-3">
        <Link href={`/arenden/${id}/juridisk-granskning`} className="font-semibold text-brand-700 underline">
          {review.can.decide ? "Granska ärendet" : "Juridisk granskning: kommentarer, beslut och godkännanden"}
        </Link>
        {review.threads.some((t) => !t.resolvedAt) ? ` (${formatCount(review.threads.filter((t) => !t.resolvedAt).length, NOUNS.openComment)})` : ""}
      </p>

      <section aria-labelledby="steg-rubrik" className="mt-10">
        <h2 id="steg-rubrik" className="text-2xl font-semibold">
          Metodguidens steg
        </h2>
        <p className="mt-2">
          {formatFindingCounts(countedSummary(evaluation, progress))}. {deferredFindingsText(evaluation, progress)}{" "}
          {verifiedByJuristText(keyFindings(evaluation.findings), new Set(countedFindings(evaluation, progress)), review.decisions, review.parties.filter((party) => party.reviewers.length > 0))}{" "}
          <Link href={`/arenden/${id}/granska`} className="text-brand-700 underline">
            Kontrollera alla svar
          </Link>
        </p>
        <CaseProgress progress={progress} />
        <StepTaskList caseId={id} progress={progress} mustFix={mustFixByPage(review.findings, review.decisions)} marks={readCompletionMarks(overview.stepCompletedBy)} />
      </section>

      <section aria-labelledby="dokument-rubrik" className="mt-10">
        <h2 id="dokument-rubrik" className="text-2xl font-semibold">
          Dokument
        </h2>
        <p className="mt-2">
          Avtal, tjänsteskrivelser, avsiktsförklaring och bilagor som Word och PDF.{" "}
          <Link href={`/arenden/${id}/dokument`} className="text-brand-700 underline">
            Visa och skapa dokument
          </Link>
        </p>
      </section>

      <section aria-labelledby="beslut-rubrik" className="mt-10">
        <h2 id="beslut-rubrik" className="text-2xl font-semibold">
          Beslut och underskrifter
        </h2>
        {hasEntries(end) ? (
          <CaseEndSummary end={end} partiesBelow={false} caseId={id} />
        ) : (
          <p className="mt-2">Varje parts beslut i nämnd eller fullmäktige, och vem som undertecknade avtalet. Inget beslut eller underskrift är registrerat än.</p>
        )}
        <p className="mt-2">
          <Link href={`/arenden/${id}/beslut`} className="text-brand-700 underline">
            {overview.canRecordDecisions ? "Visa och registrera beslut och underskrifter" : "Visa beslut och underskrifter"}
          </Link>
        </p>
      </section>

      <section aria-labelledby="exempel-rubrik" className="mt-10">
        <h2 id="exempel-rubrik" className="text-2xl font-semibold">
          Dela som exempel
        </h2>
        <p className="mt-2">
          Låt andra kommuner lära av ert ärende: SKR publicerar anonymiserade exempel efter att ni har godkänt texten.{" "}
          <Link href={`/arenden/${id}/exempel`} className="text-brand-700 underline">
            Dela som exempel eller se exemplets status
          </Link>
        </p>
      </section>

      {overview.canEdit ? (
        <section aria-labelledby="uppgifter-rubrik" className="mt-10">
          <h2 id="uppgifter-rubrik" className="text-2xl font-semibold">
            Ändra uppgifter
          </h2>
          {/* Not keyed by the version: a save must not remount the form, or its "Ändringarna är sparade." and the focus go with it. The hidden version input follows the prop. */}
          <UpdateCaseForm action={updateCaseAction.bind(null, overview.id)} title={overview.title} diaryNumber={overview.diaryNumber} version={overview.version} />
        </section>
      ) : null}

      <section aria-labelledby="deltagare-rubrik" className="mt-10">
        <h2 id="deltagare-rubrik" className="text-2xl font-semibold">
          Deltagare
        </h2>
        <ul className="mt-4 space-y-1">
          {overview.members.map((member) => (
            <li key={member.id}>
              {member.user.name} ({member.user.email}) – {CASE_ROLE_LABELS[member.role]}
              {member.organization ? `, ${member.organization.name}` : ""}
            </li>
          ))}
        </ul>
        {overview.canInvite ? (
          <CaseInvitations
            inviteAction={createInvitationAction.bind(null, overview.id)}
            revokeAction={revokeCaseInvitationAction.bind(null, overview.id)}
            caseId={overview.id}
            invitations={overview.invitations}
            canRevoke={overview.canRevokeInvitations}
            notice={invitationNoticeOf(notice, overview.noticedInvitation, CASE_MESSAGES)}
          />
        ) : (
          <PendingInvitationList heading={PENDING_CASE_INVITATIONS_HEADING} invitations={caseInvitationRows(overview.invitations)} />
        )}
      </section>

      <section aria-labelledby="historik" className="mt-10">
        <h2 id="historik" className="text-2xl font-semibold">
          Historik
        </h2>
        <CaseHistory history={history} caseId={id} doc={doc} />
      </section>
    </article>
  );
}
