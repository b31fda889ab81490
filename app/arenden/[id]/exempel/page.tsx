import type { Metadata } from "next";
import Link from "@/components/Link";
import { AREAS } from "@/lib/anonymisation";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { FactList } from "@/lib/catalogue/labels";
import { loadExampleWorkspace } from "@/lib/examples/data";
import { EXAMPLE_MESSAGES } from "@/lib/examples/messages";
import { HighlightedText } from "@/lib/examples/components/HighlightedText";
import { approveExampleAction, editExampleAction, proposeExampleAction, withdrawExampleAction } from "@/lib/examples/actions";
import { ApproveForm, EditTextForm, ProposeForm, WithdrawForm } from "@/lib/examples/components/ExampleForms";
import { casePageMetadata } from "@/lib/cases/page-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return casePageMetadata("Dela som exempel", (await params).id, "case.example.view");
}

const STATUS = {
  PROPOSED: "Föreslaget – väntar på godkännande",
  APPROVED: "Godkänt och publicerat för SKR",
  WITHDRAWN: "Återkallat – syns inte för SKR",
} as const;

export default async function ExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const w = await guardPage(`/arenden/${id}/exempel`, () => loadExampleWorkspace(actor, id));
  const ex = w.example;
  return (
    <article aria-labelledby="rubrik">
      <p className="text-sm">
        {w.canViewCase ? (
          <Link href={`/arenden/${id}`} className="text-brand-700 underline">
            ← Till ärendets översikt
          </Link>
        ) : (
          <Link href="/" className="text-brand-700 underline">
            ← Till startsidan
          </Link>
        )}
      </p>
      <h1 id="rubrik" className="mt-4 text-3xl font-bold">
        Dela som exempel: {w.caseTitle}
      </h1>
      <p className="mt-2 max-w-3xl">
        SKR samlar anonymiserade exempel så att andra kommuner kan lära av er samverkan. Samverka tar bort namn på kommuner, regioner,
        kommunalförbund och personer som den känner igen, e-postadresser, telefonnummer, personnummer, organisationsnummer, diarienummer och
        adresser, och avrundar belopp, datum och invånarantal. Ni ser exakt den text som publiceras och kan ändra den. Läs den noga: ett namn
        som Samverka inte känner igen, till exempel en förkortning eller en plats eller person skriven med små bokstäver, står kvar. Inget publiceras förrän en
        organisationsadministratör eller jurist i ägarkommunen har godkänt texten, och ni kan återkalla exemplet när som helst.
      </p>

      {ex ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Status</h2>
          <p className="mt-2 font-semibold" data-testid="example-status">
            {STATUS[ex.status]} (version {ex.version})
          </p>
          <FactList facts={ex} />
          {ex.kSteps.length > 0 ? (
            <div className="mt-4 max-w-3xl border-l-4 border-brand-700 pl-4">
              <h3 className="font-bold">Kännetecken som generaliserades (minst {w.k} ärenden ska dela dem)</h3>
              <ul className="mt-1 list-disc pl-6">
                {ex.kSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-4">Minst {w.k} ärenden i Samverka delar exemplets kännetecken ({ex.kMatches} just nu).</p>
          )}
          <h2 className="mt-8 text-2xl font-bold">Texten som publiceras</h2>
          <p className="mt-2 text-sm">
            <mark className="rounded bg-amber-200 px-1 text-slate-950 underline decoration-dotted">Gult</mark> är borttaget,{" "}
            <mark className="rounded bg-sky-100 px-1 text-slate-950 underline decoration-dashed">blått</mark> är generaliserat.
          </p>
          <p className="mt-2 max-w-3xl text-sm">
            Parterna heter Kommun A, Kommun B och så vidare i den ordning de står i ärendet, men bara så långt som exemplets antal parter
            räcker. Övriga parter skrivs [kommun] eller [region], eftersom bokstaven annars skulle visa hur många ni är. Av samma skäl
            publiceras avtalets avsnitt om parterna bara när exemplet anger exakt två parter, och en uppräkning av alla parter i
            texten bör skrivas om innan ni godkänner den. Invånarantal skrivs som intervall, aldrig
            finare än exemplets eget. Rubriken kommer från ärendets titel och ändras under Ändra texten.
          </p>
          <section aria-label="Förhandsvisning" className="mt-4 max-w-3xl rounded border border-slate-300 p-4">
            <h3 className="text-xl font-bold">{ex.title}</h3>
            {ex.sections.map((s) => (
              <section key={s.id} className="mt-4" aria-labelledby={`rubrik-${s.id.replace(/\W/g, "-")}`}>
                <h4 id={`rubrik-${s.id.replace(/\W/g, "-")}`} className="font-bold">
                  {s.heading}
                </h4>
                <HighlightedText text={s.text} spans={s.spans} />
              </section>
            ))}
          </section>
          {w.canApprove && ex.status === "PROPOSED" ? (
            <section aria-labelledby="godkann" className="mt-8">
              <h2 id="godkann" className="text-2xl font-bold">
                Godkänn texten
              </h2>
              <p className="mt-2 max-w-3xl">Du godkänner exakt texten ovan, version {ex.version}. Ändras texten efter det behöver den godkännas igen.</p>
              <ApproveForm action={approveExampleAction.bind(null, id)} version={ex.version} />
            </section>
          ) : w.ownProposal && ex.status === "PROPOSED" ? (
            <section aria-labelledby="godkann" className="mt-8">
              <h2 id="godkann" className="text-2xl font-bold">
                Godkänn texten
              </h2>
              <p className="mt-2 max-w-3xl">{EXAMPLE_MESSAGES.ownProposal}</p>
            </section>
          ) : null}
          {w.canPropose && ex.status !== "WITHDRAWN" ? (
            <details className="mt-8">
              <summary className="cursor-pointer text-xl font-bold text-brand-700 underline">Ändra texten</summary>
              <p className="mt-2 max-w-3xl">Platshållare som [namn] och Kommun A markeras igen när du sparar. Sparad text behöver godkännas på nytt.</p>
              <EditTextForm action={editExampleAction.bind(null, id)} version={ex.version} title={ex.title} sections={ex.sections} />
            </details>
          ) : null}
          {w.canWithdraw && ex.status !== "WITHDRAWN" ? (
            <section aria-labelledby="aterkalla" className="mt-8">
              <h2 id="aterkalla" className="text-2xl font-bold">
                Återkalla
              </h2>
              <WithdrawForm action={withdrawExampleAction.bind(null, id)} />
            </section>
          ) : null}
        </>
      ) : (
        <p className="mt-6">Ärendet är inte föreslaget som exempel.</p>
      )}

      {w.canPropose ? (
        <section aria-labelledby="foresla" className="mt-10">
          <h2 id="foresla" className="text-2xl font-bold">
            {ex ? "Anonymisera på nytt från ärendets svar" : "Föreslå ärendet som exempel"}
          </h2>
          {ex ? <p className="mt-2 max-w-3xl">Texten byggs om från ärendets nuvarande svar. Egna ändringar i texten ersätts.</p> : null}
          <ProposeForm
            action={proposeExampleAction.bind(null, id)}
            areas={AREAS}
            version={ex?.version ?? null}
            initial={{ area: ex?.area ?? w.activityArea ?? "", lessonsLearned: ex?.lessonsLearned ?? "", markedNames: ex?.markedNames.join("\n") ?? "", markedPersons: ex?.markedPersons.join("\n") ?? "" }}
          />
        </section>
      ) : null}
    </article>
  );
}
