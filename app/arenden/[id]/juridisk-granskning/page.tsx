import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { loadReview } from "@/lib/review/queries";
import { ReviewPage } from "@/lib/review/components/review-page";
import { reviewedCasePageMetadata } from "@/lib/cases/page-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return reviewedCasePageMetadata("Juridisk granskning", (await params).id);
}

export default async function LegalReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams?: Promise<{ kommentera?: string | string[]; besluta?: string | string[] }> }) {
  const { id } = await params;
  const { kommentera, besluta } = (await searchParams) ?? {};
  const actor = await getActor();
  const review = await guardPage(`/arenden/${id}/juridisk-granskning`, () => loadReview(actor, id));
  // Which new-comment or decision form to show open: the way "Kommentera" and "Besluta" work without JavaScript.
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  return <ReviewPage review={review} commentOn={one(kommentera)} decideOn={one(besluta)} />;
}
