import type { Metadata } from "next";
import Link from "@/components/Link";
import { getActor } from "@/lib/auth/actor";
import { JOINED_PARAM, joinedMessage } from "@/lib/organizations/joined";
import { StartPage } from "@/lib/start/components/StartPage";

const STEPS = [
  { id: "1", title: "Identifiera behoven", text: "Vilket konkret problem ska samverkan lösa, vad ingår och vad ingår inte, och hur mäts nyttan?" },
  {
    id: "2",
    title: "Utred förutsättningarna",
    text: "Organisation, ekonomi och juridik, vilka parter som passar och vilken samverkansform som är rätt.",
  },
  { id: "3", title: "Utforma samverkan", text: "Styrning och uppföljning, informationshantering och förankring i varje organisation." },
  { id: "4", title: "Ta fram avtalet", text: "Ett avtal med de delar som lagen kan kräva i ert fall och som SKR:s rapport rekommenderar." },
];

export async function generateMetadata(): Promise<Metadata> {
  // The layout's title template does not apply to its own segment's page, hence absolute.
  return (await getActor()).kind === "user" ? { title: { absolute: "Start – Samverka" } } : {};
}

/** Signed in: the start page for the person's roles. Otherwise: what Samverka is. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (actor.kind === "user") return <StartPage actor={actor} joined={joinedMessage((await searchParams)[JOINED_PARAM], actor.memberships)} />;
  return (
    <>
      <h1 className="text-3xl font-bold">Samverka – från behov till undertecknat avtal</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Samverka hjälper kommuner och regioner att samverka genom avtal enligt kommunallagen (9 kap. 37 §). Tjänsten följer
        SKR:s metodguide, visar varje juridisk risk med sin grund och hjälper er att ta fram avtalet.
      </p>
      <h2 className="mt-10 text-2xl font-semibold">Metodguidens fyra steg</h2>
      <ol className="mt-4 grid gap-4 sm:grid-cols-2">
        {STEPS.map((step) => (
          <li key={step.id} className="rounded border border-slate-300 p-4">
            <h3 className="text-lg font-semibold">
              Steg {step.id}. {step.title}
            </h3>
            <p className="mt-2">{step.text}</p>
          </li>
        ))}
      </ol>
      <p className="mt-10">
        <Link href="/tillganglighet" className="text-brand-700 underline">
          Läs om tjänstens tillgänglighet
        </Link>
      </p>
    </>
  );
}
