import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/Link";
import { FocusedStatus } from "@/components/FocusedStatus";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { casePageMetadata } from "@/lib/cases/page-title";
import { recordDecisionAction, recordSignatureAction, withdrawDecisionAction, withdrawSignatureAction } from "@/lib/decisions/actions";
import { DecisionForm } from "@/lib/decisions/components/DecisionForm";
import { PartyEndSection } from "@/lib/decisions/components/PartyEndSection";
import { SignatureForm } from "@/lib/decisions/components/SignatureForm";
import { loadCaseDecisions } from "@/lib/decisions/data";
import { RECORDED_PARAM, WITHDRAWN_PARAM, decisionsNotice } from "@/lib/decisions/notice";
import { CaseEndSummary } from "@/lib/decisions/components/CaseEndSummary";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return casePageMetadata("Beslut och underskrifter", (await params).id);
}

export default async function CaseDecisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = (await searchParams) ?? {};
  const actor = await getActor();
  const data = await guardPage(`/arenden/${id}/beslut`, () => loadCaseDecisions(actor, id, query[WITHDRAWN_PARAM]));
  const { end } = data;
  // The word after a post belongs to the page the post led to. Without JavaScript a refused post
  // comes back as this page at the same address, with the form's errors: the earlier word would
  // then take the focus from the error summary (a review), so it is left out of that answer. That
  // answer is HTML to a form post; with JavaScript the page is rendered in a post's answer only
  // after a redirect, as React Server Components data (text/x-component), where the word belongs.
  const request = await headers();
  const postedWithoutScript = (request.get("content-type")?.startsWith("multipart/form-data") ?? false) && !(request.get("accept") ?? "").includes("text/x-component");
  const notice = postedWithoutScript ? null : decisionsNotice(query, end, data.withdrawn);
  // A new entry's id in the address: the forms start empty after it (a new key each time).
  const formKey = typeof query[RECORDED_PARAM] === "string" ? query[RECORDED_PARAM] : "ny";
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        <Link href={`/arenden/${id}`} className="text-brand-700 underline">
          ← Till ärendets översikt
        </Link>
      </p>
      <h1 id="rubrik" className="mt-2 text-3xl font-bold">
        Beslut och underskrifter för {data.title}
      </h1>
      <p className="mt-2 max-w-3xl">
        Varje part beslutar om samverkan i sin egen ordning: i nämnden, i fullmäktige när ärendet är av principiell beskaffenhet eller annars av större vikt, eller
        enligt delegationsordningen.{" "}
        {data.canRecord
          ? "Registrera här vad protokollen säger och när avtalet har undertecknats, för ärendets organisationer och för de andra parter som steg 2B nämner."
          : "Här står vad ärendets redigerare har registrerat om protokollen och om när avtalet undertecknades."}{" "}
        Uppgifterna är en anteckning om vad som har hänt; den som registrerar står i ärendets historik.
      </p>
      {/* Keyed by what it says: a second entry's word takes the focus again (its effect runs on mount).
          It gives way when a form below has errors (saved-notice, app/globals.css): a walk saw "registrerat" above a refusal. */}
      {notice ? (
        <FocusedStatus key={notice} className="saved-notice mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 p-3">
          {notice}
        </FocusedStatus>
      ) : null}
      <CaseEndSummary end={end} partiesBelow caseId={id} />

      {end.parties.map((party, index) => (
        <PartyEndSection
          key={party.key}
          index={index}
          party={party}
          editor={data.editor}
          {...(data.canWithdraw ? { withdrawDecision: withdrawDecisionAction.bind(null, id), withdrawSignature: withdrawSignatureAction.bind(null, id) } : {})}
        />
      ))}

      {data.canRecord ? (
        <>
          <section aria-labelledby="registrera-beslut" className="mt-10">
            <h2 id="registrera-beslut" className="text-2xl font-semibold">
              Registrera ett beslut
            </h2>
            <DecisionForm key={`beslut-${formKey}`} action={recordDecisionAction.bind(null, id)} parties={data.parties} versions={data.versions.decision} />
          </section>
          <section aria-labelledby="registrera-underskrift" className="mt-10">
            <h2 id="registrera-underskrift" className="text-2xl font-semibold">
              Registrera en underskrift
            </h2>
            <SignatureForm key={`underskrift-${formKey}`} action={recordSignatureAction.bind(null, id)} parties={data.parties} versions={data.versions.signature} />
          </section>
        </>
      ) : (
        <p className="mt-10 max-w-3xl">Ärendets redigerare registrerar beslut och underskrifter.</p>
      )}
    </article>
  );
}
