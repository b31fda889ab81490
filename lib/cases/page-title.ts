import "server-only";
import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { caseScope } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db/client";
import { loadReview } from "@/lib/review/queries";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { isUuid } from "./ids";

/**
 * The case's title, for the browser tab, when the actor may view the case; otherwise null.
 * The permission is in the query, as everywhere. A refusal is not audited here: the page's own
 * loader refuses the same request and audits it, once.
 */
async function viewableCaseTitle(caseId: string, action: "case.view" | "case.example.view"): Promise<string | null> {
  const scope = caseScope(await getActor(), action);
  if (!scope || !isUuid(caseId)) return null;
  const found = await prisma.case.findFirst({ where: { AND: [{ id: caseId }, scope] }, select: { title: true } });
  return found ? found.title.trim() : null;
}

/** How a case one may not see is refused (denyCase): the page answers 404. */
const REFUSALS = new Set<AppErrorCode>(["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"]);

/** The not-found page's title (app/not-found.tsx): a case the actor may not see answers 404, and its tab says so (WCAG 2.4.2). */
const NOT_FOUND_METADATA: Metadata = { title: "Sidan finns inte" };

function metadataFor(page: string | null, title: string | null): Metadata {
  if (title === null) return NOT_FOUND_METADATA;
  if (!title) return { title: page ?? "Ärende" };
  return { title: page ? `${page} – ${title}` : title };
}

/** "Dokument – Norrström och Fjällviken" (the layout adds " – Samverka"); "Sidan finns inte" if the case is not viewable. */
export async function casePageMetadata(page: string | null, caseId: string, action: "case.view" | "case.example.view" = "case.view"): Promise<Metadata> {
  return metadataFor(page, await viewableCaseTitle(caseId, action));
}

/**
 * casePageMetadata for the pages that read the case's legal review (overview, steps, check
 * answers, the review page): the title comes from loadReview, which the page reads once per
 * request (React cache), so it costs no query of its own and a refusal is audited once, by it.
 */
export async function reviewedCasePageMetadata(page: string | null, caseId: string): Promise<Metadata> {
  // Only a refusal is "Sidan finns inte"; any other failure is the page's own to show (its name here).
  const title = await loadReview(await getActor(), caseId).then(
    (review) => review.title.trim(),
    (error: unknown) => (error instanceof AppError && REFUSALS.has(error.code) ? null : ""),
  );
  return metadataFor(page, title);
}
