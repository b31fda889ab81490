import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { todayInStockholm } from "@/lib/format";
import { COLLABORATION_FORM_TABLE, LEGAL_PERSON_LABELS, guideStep } from "@/lib/guide";
import { REPORT_SECTIONS } from "@/lib/reference/report";
import { decisionNotes } from "@/lib/review/components/decision-notes";
import { StepReviewComments, commentsBesideFields } from "@/lib/review/components/step-comments";
import { loadReview } from "@/lib/review/queries";
import { StepForm } from "@/lib/wizard/components/step-form";
import { loadWizardCase } from "@/lib/wizard/data";
import { guideQuestions } from "@/lib/wizard/questions";
import { STEP_SPECS, stepBySlug } from "@/lib/wizard/steps";

type Params = Promise<{ id: string; steg: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const spec = stepBySlug((await params).steg);
  return { title: spec ? `Steg ${spec.id}: ${guideStep(spec.id).title}` : "Steg" };
}

export default async function StepPage({ params }: { params: Params }) {
  const { id, steg } = await params;
  const spec = stepBySlug(steg);
  if (!spec) notFound();
  const actor = await getActor();
  const [wizardCase, review] = await guardPage(`/arenden/${id}/steg/${steg}`, () => Promise.all([loadWizardCase(actor, id), loadReview(actor, id)]));
  const guide = guideStep(spec.id);
  const index = STEP_SPECS.indexOf(spec);
  const previous = STEP_SPECS[index - 1];
  const next = STEP_SPECS[index + 1];

  return (
    <article aria-labelledby="rubrik">
      <nav aria-label="Brödsmulor" className="text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/arenden" className="text-brand-700 underline">Mina ärenden</Link> /
          </li>
          <li>
            <Link href={`/arenden/${id}`} className="text-brand-700 underline">{wizardCase.title}</Link> /
          </li>
          <li aria-current="page">Steg {spec.id}</li>
        </ol>
      </nav>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Steg {spec.id}: {guide.title}
      </h1>
      <p className="mt-2 max-w-3xl text-lg">{guide.summary}</p>
      <p className="mt-1 text-sm text-slate-700">
        Källa: SKR:s rapport, avsnitt {guide.reportChapter} ({REPORT_SECTIONS[guide.reportChapter]})
      </p>
      {guide.help.length > 0 ? (
        <details className="mt-4 max-w-3xl">
          <summary className="cursor-pointer font-semibold text-brand-700 underline">Vägledning för steget</summary>
          {guide.help.map((help) => (
            <section key={help.id} className="mt-3">
              <h2 className="font-semibold">{help.title}</h2>
              <p>{help.text}</p>
              <p className="text-sm text-slate-700">Rapporten: avsnitt {help.reportChapter}</p>
            </section>
          ))}
          <h2 className="mt-3 font-semibold">Checklista</h2>
          <ul className="list-disc pl-6">
            {guide.checklist.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <StepReviewComments review={review} spec={spec} />

      <div className="mt-6">
        <StepForm
          caseId={wizardCase.id}
          userId={actor.kind === "user" ? actor.userId : ""}
          slug={spec.slug}
          version={wizardCase.version}
          doc={wizardCase.doc}
          canEdit={wizardCase.canEdit}
          completed={wizardCase.completedSteps.includes(spec.id)}
          today={todayInStockholm()}
          questions={guideQuestions()}
          formTable={spec.id === "2C" ? COLLABORATION_FORM_TABLE : []}
          legalPersonLabels={LEGAL_PERSON_LABELS}
          besideField={commentsBesideFields(review, spec)}
          decisions={decisionNotes(review)}
        />
      </div>

      {spec.id === "2B" && wizardCase.canEdit ? (
        <p className="mt-6">
          <Link href={`/arenden/${id}#bjud-in-rubrik`} className="text-brand-700 underline">
            Bjud in personer från parterna till ärendet
          </Link>
        </p>
      ) : null}

      <nav aria-label="Steg" className="mt-10 flex flex-wrap justify-between gap-4">
        {previous ? (
          <Link href={`/arenden/${id}/steg/${previous.slug}`} className="text-brand-700 underline">
            ← Föregående: steg {previous.id}
          </Link>
        ) : <span />}
        {next ? (
          <Link href={`/arenden/${id}/steg/${next.slug}`} className="text-brand-700 underline">
            Nästa: steg {next.id} →
          </Link>
        ) : (
          <Link href={`/arenden/${id}/granska`} className="text-brand-700 underline">
            Kontrollera dina svar →
          </Link>
        )}
      </nav>
    </article>
  );
}
