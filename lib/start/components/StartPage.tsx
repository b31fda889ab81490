import Link from "@/components/Link";
import type { ReactNode } from "react";
import type { SignedInActor } from "@/lib/auth/actor";
import { mayDo } from "@/lib/auth/authorize";
import { DateTime } from "@/components/DateTime";
import { FocusedStatus } from "@/components/FocusedStatus";
import { NOUNS, formatCount, joinList, todayInStockholm } from "@/lib/format";
import { listReviewQueue } from "@/lib/review/queries";
import { listExamplesAwaitingApproval } from "@/lib/examples/data";
import { type StartCase, listStartCases } from "../cases";
import { type StartSectionId, startSectionsFor } from "../sections";
import { ReviewLine, ReviewTodo } from "./ReviewTodo";

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

function CaseList({ cases }: { cases: StartCase[] }) {
  return (
    <ul className="mt-3 space-y-2">
      {cases.map((c) => (
        <li key={c.id}>
          <Link href={`/arenden/${c.id}`} className={LINK}>{c.title}</Link> <span className="text-slate-700">({c.organizationName})</span>
          <ReviewLine c={c} />
        </li>
      ))}
    </ul>
  );
}

async function CasesBlock({ actor }: { actor: SignedInActor }) {
  const { total, cases, todo } = await listStartCases(actor, todayInStockholm());
  return (
    <Block id="arenden" title="Mina ärenden">
      {todo.length ? <ReviewTodo todo={todo} /> : null}
      <p className="mt-2">
        {total ? `Du arbetar i ${formatCount(total, NOUNS.case)}.` : "Du har inga ärenden än. Du ser ett ärende när du har startat det eller bjudits in till det."}
      </p>
      {cases.length ? <CaseList cases={cases} /> : null}
      <p className="mt-4 flex flex-wrap items-center gap-6">
        {/* What the jurist sent back comes first; a new case is then an ordinary link. */}
        {mayDo(actor, "case.create") ? <Link href="/arenden/nytt" className={todo.length ? LINK : PRIMARY}>Starta ett nytt ärende</Link> : null}
        <Link href="/arenden" className={LINK}>Alla mina ärenden</Link>
      </p>
    </Block>
  );
}

async function ReviewBlock({ actor }: { actor: SignedInActor }) {
  // The block shows the five oldest requests and the number waiting.
  const [{ items: queue, total: waiting }, { cases }] = await Promise.all([listReviewQueue(actor, {}, 5), listStartCases(actor, todayInStockholm())]);
  return (
    <Block id="granskning" title="Att granska">
      <p className="mt-2 max-w-3xl">
        {waiting
          ? `${formatCount(waiting, NOUNS.case)} väntar på din juridiska granskning, äldsta först.`
          : "Inga ärenden väntar på din granskning just nu. När någon skickar ett ärende till dig får du ett e-postmeddelande, och ärendet visas här."}
      </p>
      {queue.length ? (
        <ul className="mt-3 space-y-3">
          {queue.map((item) => (
            <li key={item.requestId}>
              <Link href={`/arenden/${item.caseId}/juridisk-granskning`} className={`${LINK} font-semibold`}>{item.title}</Link>
              <p className="text-sm text-slate-700">
                För {item.organizationName}, skickat <DateTime value={item.requestedAt} /> av {item.requestedByName}.{" "}
                {joinList([formatCount(item.blockers, NOUNS.undecidedBlocker), formatCount(item.verifyItems, NOUNS.verifyItem)])}.
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4 flex flex-wrap items-center gap-6">
        <Link href="/att-granska" className={queue.length ? PRIMARY : LINK}>
          {queue.length ? "Gå till granskningslistan" : "Öppna granskningslistan"}
        </Link>
      </p>
      <h3 className="mt-6 text-lg font-semibold">Ärenden du kan läsa</h3>
      {cases.length ? (
        <CaseList cases={cases} />
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
        Anonymiserade exempel som kommunerna själva har godkänt, och statistik över alla ärenden. Du ser aldrig ett enskilt ärende eller
        något som pekar ut en kommun eller en person.
      </p>
      <ul className="mt-3 space-y-3">
        <li>
          <Link href="/katalog" className={`${LINK} font-semibold`}>Exempelkatalogen</Link>
          <p className="text-sm text-slate-700">Sök bland publicerade exempel på samverkansform, uppgift och kommungrupp, och läs vad kommunerna lärde sig.</p>
        </li>
        <li>
          <Link href="/statistik" className={`${LINK} font-semibold`}>Statistik</Link>
          <p className="text-sm text-slate-700">Vanliga risker, samverkansformer, upphandlingsvägar och var ärenden stannar upp, per kommungrupp.</p>
        </li>
      </ul>
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

/** Proposed examples the person may approve: shown only while one waits, as nothing else leads an organisation admin to them. */
async function ExamplesBlock({ actor }: { actor: SignedInActor }) {
  const waiting = await listExamplesAwaitingApproval(actor);
  if (waiting.length === 0) return null;
  return (
    <Block id="exempel" title="Exempel som väntar på godkännande">
      <p className="mt-2 max-w-3xl">Läs den anonymiserade texten och godkänn den innan den publiceras i SKR:s exempelkatalog.</p>
      <ul className="mt-3 space-y-2">
        {waiting.map((w) => (
          <li key={w.caseId}>
            <Link href={`/arenden/${w.caseId}/exempel`} className={LINK}>{w.caseTitle}</Link> <span className="text-slate-700">({w.organizationName}, föreslaget <DateTime value={w.proposedAt} />)</span>
          </li>
        ))}
      </ul>
    </Block>
  );
}

const BLOCKS: Record<StartSectionId, (props: { actor: SignedInActor }) => ReactNode | Promise<ReactNode>> = {
  cases: CasesBlock,
  review: ReviewBlock,
  examples: ExamplesBlock,
  skr: SkrBlock,
  administration: AdministrationBlock,
};

/** A signed-in person's first screen: one block per role they hold (lib/start/sections.ts). */
export function StartPage({ actor, joined = null }: { actor: SignedInActor; joined?: string | null }) {
  const sections = startSectionsFor(actor);
  const organizations = [...new Set(actor.memberships.map((m) => m.organizationName))];
  return (
    <>
      <h1 className="text-3xl font-bold">Välkommen, {actor.name}</h1>
      {organizations.length ? <p className="mt-2 text-slate-700">{organizations.join(", ")}</p> : null}
      {/* An organisation invitation just accepted: said where the person lands (lib/organizations/joined.ts). */}
      {joined ? (
        <FocusedStatus className="mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 p-3">
          {joined}
        </FocusedStatus>
      ) : null}
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
