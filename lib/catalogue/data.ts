import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/forms/validation";
import { type ExampleSection, type StatedQuasiIdentifiers, maskOmitted, withoutOmitted, populationBandsWithin } from "@/lib/anonymisation";
import { clampPage } from "@/lib/forms/page-query";
import { type CatalogueQuery, catalogueQuerySchema } from "./schemas";
import { plainGeneralisations } from "./wording";

export type CatalogueAction = "catalogue.read" | "api.catalogue";

/** The columns SKR staff may see. Never caseId, marked names or who proposed and approved. */
const PUBLISHED = Prisma.sql`e."id", e."title", e."area", e."municipalityGroup", e."populationBand", e."partyCount", e."collaborationForm", e."procurementRoute", e."year", e."approvedAt"`;

/** The published columns of an example (PUBLISHED): what SKR staff may see of it. */
interface PublishedFields {
  id: string;
  title: string;
  area: string;
  municipalityGroup: string | null;
  populationBand: string | null;
  partyCount: string | null;
  collaborationForm: string | null;
  procurementRoute: string | null;
  year: number;
  approvedAt: Date;
}

export interface CatalogueHit extends PublishedFields {
  /** ts_headline with hits wrapped in «» markers (escaped by the page, never raw HTML). */
  headline: string | null;
  rank: number;
}

/** Hits shown per search; ts_headline, the costly part, runs only for these. */
export const PAGE_SIZE = 20;
// ts_headline re-parses the text it is given; the first few thousand characters hold the need and goals.
const HEADLINE_CHARS = 1500;

export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export async function searchCatalogue(
  actor: Actor,
  input: unknown,
  action: CatalogueAction = "catalogue.read",
): Promise<{ query: CatalogueQuery; hits: CatalogueHit[]; total: number; page: number; pages: number }> {
  await authorize(actor, action);
  const query = parseInput(catalogueQuerySchema, input);
  const filters: Prisma.Sql[] = [Prisma.sql`e."status" = 'APPROVED'`];
  if (query.area) filters.push(Prisma.sql`e."area" = ${query.area}`);
  if (query.form) filters.push(Prisma.sql`e."collaborationForm" = ${query.form}`);
  if (query.route) filters.push(Prisma.sql`e."procurementRoute" = ${query.route}`);
  if (query.group) filters.push(query.group.length === 1 ? Prisma.sql`left(e."municipalityGroup", 1) = ${query.group}` : Prisma.sql`e."municipalityGroup" = ${query.group}`);
  if (query.band) filters.push(Prisma.sql`e."populationBand" IN (${Prisma.join(populationBandsWithin(query.band))})`);
  if (query.year) filters.push(Prisma.sql`e."year" = ${query.year}`);
  const where = Prisma.join(filters, " AND ");
  const read = (page: number) => (query.q ? searchPage(where, query.q, page) : latestPage(where, page));
  // The window's count comes with the rows: a page past the end has none, so it reads the first
  // page for the count and then the page clampPage picks, as the other paged lists show.
  const hits = await read(query.sida);
  const first = hits.length === 0 && query.sida > 1 ? await read(1) : hits;
  const total = totalOf(first);
  const { page, pages } = clampPage(total, PAGE_SIZE, query.sida);
  const shown = page === query.sida ? hits : page === 1 ? first : await read(page);
  // The window's count rides on every row; the API lists the rows as they are (docs/catalogue.md has no per-row total).
  return { query, hits: shown.map(withoutTotal), total, page, pages };
}

const totalOf = (hits: CatalogueHit[]) => (hits[0] as unknown as { total?: number } | undefined)?.total ?? 0;
function withoutTotal(hit: CatalogueHit & { total?: number }): CatalogueHit {
  const { total, ...rest } = hit;
  void total;
  return rest;
}

/**
 * The catalogue page's search: a filter or word the address gives wrongly (an old link, a typed
 * address) is left out and its message returned, and the rest of the search still counts (a
 * walk: one unknown area showed all 75 examples, the words "familjehem" dropped).
 */
export async function searchCatalogueLeniently(actor: Actor, input: Record<string, string>): Promise<Awaited<ReturnType<typeof searchCatalogue>> & { refused: string[] }> {
  try {
    return { ...(await searchCatalogue(actor, input)), refused: [] };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    const wrong = new Set(error.fieldErrors.map((f) => f.path.split(".")[0]));
    const kept = Object.fromEntries(Object.entries(input).filter(([name]) => !wrong.has(name)));
    const refused = error.fieldErrors.length ? error.fieldErrors.map((f) => f.message) : [error.userMessage];
    return { ...(await searchCatalogue(actor, wrong.size ? kept : {})), refused };
  }
}

/**
 * The published text of a stored example. Filtered on read, not re-derived from the case: the
 * owner approved this text (with the editors' own wording), and filtering only takes out what
 * the published fields leave out. It needs nothing but the example's row, so it covers
 * examples stored before the text was filtered on publishing, and a rule that changes later.
 */
function publishedText<S extends Pick<ExampleSection, "id" | "heading" | "text" | "spans">>(example: StatedQuasiIdentifiers & { title: string; sections: readonly S[] }) {
  return withoutOmitted(example, example);
}

const withPublishedTitle = <T extends CatalogueHit>(hit: T): T => ({ ...hit, title: maskOmitted(hit.title, [], hit).text });

/** Without a text query: the latest approved first. */
async function latestPage(where: Prisma.Sql, page: number): Promise<CatalogueHit[]> {
  const hits = await prisma.$queryRaw<CatalogueHit[]>`
    SELECT ${PUBLISHED}, NULL::text AS "headline", 0::float4 AS "rank", count(*) OVER ()::int AS "total"
    FROM "CaseExample" e WHERE ${where} ORDER BY e."approvedAt" DESC, e."id" LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  return hits.map(withPublishedTitle);
}

/** The words typed as websearch_to_tsquery reads them, each lexeme also matching as a word's start ('hamburg':*). */
// A lexeme may hold a quote, written '' in the query's text (a URL's "a'b"): matched as one. A
// lexeme of one or two letters stays exact: "Kommun D" must not find every word that starts with d.
const prefixQuery = (q: string) =>
  Prisma.sql`regexp_replace(regexp_replace(websearch_to_tsquery('swedish', ${q})::text, '''((?:[^'']|'''')+)''', '''\\1'':*', 'g'), '''([^'']{1,2})'':\\*', '''\\1''', 'g')::tsquery`;

/** A text query: the best ranked first, with the matched words highlighted. */
async function searchPage(where: Prisma.Sql, q: string, page: number): Promise<CatalogueHit[]> {
  // websearch_to_tsquery accepts what people type ("placeringar barn", "-hvb", "\"gemensam nämnd\""),
  // and each word matches as the start of a word too: Swedish joins words, and a walk's "Hamburg"
  // found none of the examples that say "Hamburgundantaget" (prefixQuery).
  const rows = await prisma.$queryRaw<Array<CatalogueHit & { sections: ExampleSection[] }>>`
    WITH q AS (SELECT ${prefixQuery(q)} AS tsq),
    matched AS (
      -- Only the id and the ranking travel through the sort: carrying whole rows (the sections)
      -- for every match made a broad search several times slower.
      SELECT e."id", ts_rank(e."searchVector", q.tsq) AS "rank", e."approvedAt", count(*) OVER () AS "total"
      FROM "CaseExample" e, q
      WHERE ${where} AND e."searchVector" @@ q.tsq
      ORDER BY "rank" DESC, e."approvedAt" DESC, e."id"
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}
    )
    SELECT ${PUBLISHED}, e."sections", m."rank", m."total"::int AS "total"
    FROM matched m JOIN "CaseExample" e ON e."id" = m."id"
    ORDER BY m."rank" DESC, m."approvedAt" DESC, m."id"`;
  if (!rows.length) return [];
  // The excerpts are cut from the published text (publishedText), never from the stored one.
  const texts = rows.map((r) => publishedText(r).sections.map((s) => s.text).join(" … ").slice(0, HEADLINE_CHARS));
  const headlines = await prisma.$queryRaw<Array<{ headline: string }>>`
    SELECT ts_headline('swedish', x.t, ${prefixQuery(q)},
      ${`StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, MaxFragments=2`}) AS "headline"
    FROM unnest(${texts}::text[]) WITH ORDINALITY AS x(t, n) ORDER BY x.n`;
  // The stored sections stay here: a hit carries only the published columns (PUBLISHED).
  return rows.map((row, i) => {
    const { sections, ...hit } = row;
    void sections;
    return withPublishedTitle({ ...hit, headline: headlines[i]?.headline ?? null });
  });
}

export interface PublishedExample extends PublishedFields {
  sections: Array<Pick<ExampleSection, "id" | "heading" | "text" | "spans">>;
  /** What was made less precise or left out, in plain words (plainGeneralisations): the stored steps state how few cases shared a detail, which no reader of the catalogue may see. */
  generalisations: string[];
}

/**
 * A published example's fields as the JSON API gives them: the year of approval, not its instant.
 * The pages say only the year ("godkänt av ägarkommunen 2026"), and an exact time is a date the
 * page promises to round (found on a walk: the API gave it to the millisecond).
 */
export function forApi<T extends { approvedAt: Date }>({ approvedAt, ...fields }: T): Omit<T, "approvedAt"> & { approvedYear: number } {
  return { ...fields, approvedYear: approvedAt.getFullYear() };
}

export async function getPublishedExample(actor: Actor, id: string, action: CatalogueAction = "catalogue.read"): Promise<PublishedExample> {
  await authorize(actor, action);
  const found = /^[0-9a-f-]{36}$/i.test(id)
    ? await prisma.caseExample.findFirst({
        where: { id, status: "APPROVED" },
        select: { id: true, title: true, area: true, municipalityGroup: true, populationBand: true, partyCount: true, collaborationForm: true, procurementRoute: true, year: true, approvedAt: true, sections: true, kSteps: true },
      })
    : null;
  if (!found || !found.approvedAt) throw new AppError("NOT_FOUND", "Exemplet finns inte eller har återkallats.");
  const { kSteps, ...published } = found;
  const { title, sections } = publishedText({ ...published, sections: found.sections as unknown as PublishedExample["sections"] });
  return { ...published, approvedAt: found.approvedAt, title, sections, generalisations: plainGeneralisations(kSteps) };
}

/** Years that have published examples, for the year filter. */
export async function publishedYears(actor: Actor): Promise<number[]> {
  await authorize(actor, "catalogue.read");
  const rows = await prisma.caseExample.findMany({ where: { status: "APPROVED" }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
}
