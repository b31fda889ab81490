import Link from "next/link";
import type { ReactNode } from "react";
import type { SignedInActor } from "@/lib/auth/actor";
import { mayDo } from "@/lib/auth/authorize";
import { listMyCases } from "@/lib/cases/data";
import { NOUNS, formatCount } from "@/lib/format";
import { type StartSectionId, startSectionsFor } from "../sections";

const LINK = "text-brand-700 underline";
const PRIMARY = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800";

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-rubrik`} className="rounded border border-slate-300 p-5">
      <h2 id={`${id}-rubrik`} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

async function CasesBlock({ actor }: { actor: SignedInActor }) {
  const cases = await listMyCases(actor);
  return (
    <Block id="arenden" title="Mina ärenden">
      <p className="mt-2">
        {cases.length ? `Du arbetar i ${formatCount(cases.length, NOUNS.case)}.` : "Du har inga ärenden än. Du ser ett ärende när du har startat det eller bjudits in till det."}
      </p>
      {cases.length ? (
        <ul className="mt-3 list-disc pl-6">
          {cases.slice(0, 5).map((c) => (
            <li key={c.id}>
              <Link href={`/arenden/${c.id}`} className={LINK}>{c.title}</Link> <span className="text-slate-700">({c.ownerOrganization.name})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4 flex flex-wrap items-center gap-6">
        {mayDo(actor, "case.create") ? <Link href="/arenden/nytt" className={PRIMARY}>Starta ett nytt ärende</Link> : null}
        <Link href="/arenden" className={LINK}>Alla mina ärenden</Link>
      </p>
    </Block>
  );
}

async function ReviewBlock({ actor }: { actor: SignedInActor }) {
  const cases = await listMyCases(actor);
  return (
    <Block id="granskning" title="Juridisk granskning">
      <p className="mt-2 max-w-3xl">
        Som jurist läser du din organisations ärenden och de ärenden du har bjudits in att granska: varje svar, varje risk med sin
        rättsliga grund och upphandlingsbedömningen. Snart kan du också kommentera svar, ta ställning till varje risk och godkänna en
        version av ärendet, från en egen lista med ärenden att granska.
      </p>
      <h3 className="mt-4 text-lg font-semibold">Ärenden du kan läsa</h3>
      {cases.length ? (
        <ul className="mt-2 list-disc pl-6">
          {cases.map((c) => (
            <li key={c.id}>
              <Link href={`/arenden/${c.id}`} className={LINK}>{c.title}</Link> <span className="text-slate-700">({c.ownerOrganization.name})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">Inga ärenden än. Du ser ett ärende när din organisation startar det eller när du bjuds in till det.</p>
      )}
    </Block>
  );
}

function SkrBlock() {
  return (
    <Block id="skr" title="Exempel och statistik">
      <p className="mt-2 max-w-3xl">
        Här kommer du att kunna söka bland anonymiserade exempel på avtalssamverkan som kommunerna själva har godkänt för publicering,
        och se statistik över alla ärenden: vanliga risker, samverkansformer, upphandlingsvägar och var ärenden stannar upp, uppdelat
        på kommungrupp.
      </p>
      <p className="mt-2 max-w-3xl">
        Du ser aldrig ett enskilt ärende eller något som pekar ut en kommun eller en person. Katalogen och statistiken är inte öppnade
        än, så det finns inget att visa här ännu.
      </p>
    </Block>
  );
}

function AdministrationBlock({ actor }: { actor: SignedInActor }) {
  const administered = actor.memberships.filter((m) => m.role === "ORG_ADMIN");
  const systemAdmin = mayDo(actor, "user.list");
  return (
    <Block id="administration" title="Administration">
      <p className="mt-2 max-w-3xl">
        {systemAdmin
          ? "Organisationer, användare och händelseloggen för hela tjänsten."
          : "Bjud in kollegor, ändra deras roller, inaktivera konton för personer som slutat och se organisationens ärenden."}
      </p>
      <ul className="mt-3 list-disc pl-6">
        {administered.map((m) => (
          <li key={m.organizationId}>
            <Link href={`/admin/organisationer/${m.organizationId}`} className={LINK}>Personer och ärenden i {m.organizationName}</Link>
          </li>
        ))}
        {systemAdmin ? (
          <>
            <li><Link href="/admin" className={LINK}>Organisationer</Link></li>
            <li><Link href="/admin/anvandare" className={LINK}>Användare</Link></li>
            <li><Link href="/admin/logg" className={LINK}>Händelselogg</Link></li>
          </>
        ) : null}
      </ul>
    </Block>
  );
}

const BLOCKS: Record<StartSectionId, (props: { actor: SignedInActor }) => ReactNode | Promise<ReactNode>> = {
  cases: CasesBlock,
  review: ReviewBlock,
  skr: SkrBlock,
  administration: AdministrationBlock,
};

/** A signed-in person's first screen: one block per role they hold (lib/start/sections.ts). */
export function StartPage({ actor }: { actor: SignedInActor }) {
  const sections = startSectionsFor(actor);
  const organizations = [...new Set(actor.memberships.map((m) => m.organizationName))];
  return (
    <>
      <h1 className="text-3xl font-bold">Välkommen, {actor.name}</h1>
      {organizations.length ? <p className="mt-2 text-slate-700">{organizations.join(", ")}</p> : null}
      {sections.length === 0 ? (
        <p className="mt-6 max-w-3xl">
          Du har ingen roll i någon organisation än. Be administratören i din kommun eller region att ge dig en roll, eller öppna en
          inbjudan till ett ärende som du har fått med e-post.
        </p>
      ) : (
        <div className="mt-8 grid gap-6">
          {sections.map((id) => {
            const Section = BLOCKS[id];
            return <Section key={id} actor={actor} />;
          })}
        </div>
      )}
    </>
  );
}
