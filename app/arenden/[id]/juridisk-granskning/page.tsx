import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { loadReview } from "@/lib/review/queries";
import { ReviewPage } from "@/lib/review/components/review-page";
import { REVIEW_PART_TITLES } from "@/lib/review/components/review-parts";
import { answersPageName, reviewView } from "@/lib/review/components/answer-anchors";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";

type SearchParams = Promise<{ del?: string | string[]; steg?: string | string[]; avsnitt?: string | string[]; kommentera?: string | string[]; besluta?: string | string[]; sparat?: string | string[] }>;

export async function generateMetadata({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: SearchParams }): Promise<Metadata> {
  const { part, answers } = reviewView((await searchParams) ?? {});
  const name = part === "beslut" ? null : part === "svar" ? answersPageName(answers) : REVIEW_PART_TITLES[part];
  return reviewedCasePageMetadata(name ? `${name}, juridisk granskning` : "Juridisk granskning", (await params).id);
}

export default async function LegalReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: SearchParams }) {
  const { id } = await params;
  const query = (await searchParams) ?? {};
  const actor = await getActor();
  const review = await guardPage(`/arenden/${id}/juridisk-granskning`, () => loadReview(actor, id));
  // Which new-comment or decision form to show open: the way "Kommentera" and "Besluta" work without JavaScript.
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  // What a save without JavaScript saved (?sparat=, the redirect's), said as the form says it with JavaScript.
  const { part, answers, saved } = reviewView(query);
  return <ReviewPage review={review} part={part} answers={answers} commentOn={one(query.kommentera)} decideOn={one(query.besluta)} saved={saved} />;
}
