import "server-only";
import type { Case } from "@/lib/case";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { versionKey } from "./case-cache";
import { readDocument } from "./data";

/**
 * What facts about a case are derived from besides its document: the stored version, and the
 * owner's name and code and the example's area, which the municipality group (groupOfCase) and
 * the area of activity (areaOfCase) fall back on.
 */
export const CASE_FACTS_SELECT = {
  id: true,
  version: true,
  updatedAt: true,
  ownerOrganization: { select: { name: true, officialCode: true } },
  example: { select: { area: true } },
} as const satisfies Prisma.CaseSelect;

export type CaseFactsRow = Prisma.CaseGetPayload<{ select: typeof CASE_FACTS_SELECT }>;

/** Documents read per query when facts are missing: 1 000 documents are a few megabytes. */
const READ_BATCH = 1_000;

/**
 * Something small derived from every case's document (the statistics' facts, the quasi-identifiers
 * the k-anonymity check compares), kept per server process, one entry per case.
 *
 * Work over all cases (SKR's statistics, proposing or approving an example) read, checked and
 * parsed every document in the system, seconds and about a hundred megabytes with 10 000 cases,
 * although between two such calls only the cases being edited change. An entry is keyed by the
 * stored version (every write of a document moves its version and updatedAt, see case-cache.ts),
 * the owner's name and code, the example's area and what `contextKey` says the facts also depend
 * on (the day, for an assessment), so it is never stale, only missed. The map is rebuilt from the
 * rows passed on every call, so a removed case leaves it. Two calls at once each build a whole
 * map and the last one kept wins: at worst some documents are read twice.
 */
export function caseFactsCache<Facts, Context = undefined>(options: {
  derive: (doc: Case, row: CaseFactsRow, context: Context) => Facts;
  contextKey?: (context: Context) => unknown;
}) {
  let byCase = new Map<string, { key: string; facts: Facts }>();
  const keyOf = (row: CaseFactsRow, context: Context) =>
    JSON.stringify([versionKey(row), row.ownerOrganization.name, row.ownerOrganization.officialCode, row.example?.area ?? null, options.contextKey?.(context) ?? null]);

  /** The facts of every case in `rows`, read from the database only where not known for the row's version. */
  return async function factsOf(rows: readonly CaseFactsRow[], context: Context): Promise<ReadonlyMap<string, { readonly facts: Facts }>> {
    const previous = byCase;
    const next = new Map<string, { key: string; facts: Facts }>();
    const missing: string[] = [];
    for (const row of rows) {
      const hit = previous.get(row.id);
      if (hit && hit.key === keyOf(row, context)) next.set(row.id, hit);
      else missing.push(row.id);
    }
    for (let i = 0; i < missing.length; i += READ_BATCH) {
      const stored = await prisma.case.findMany({
        where: { id: { in: missing.slice(i, i + READ_BATCH) } },
        select: { ...CASE_FACTS_SELECT, title: true, data: true },
      });
      // Keyed by the version read here: a case written since `rows` were read is read again next time.
      for (const row of stored) next.set(row.id, { key: keyOf(row, context), facts: options.derive(readDocument(row.id, row.data, row.title), row, context) });
    }
    byCase = next;
    return next;
  };
}
