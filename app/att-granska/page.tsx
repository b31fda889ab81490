import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { listReviewQueue } from "@/lib/review/queries";
import { ReviewQueue } from "@/lib/review/components/review-queue";

export const metadata: Metadata = { title: "Att granska" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getActor();
  const { sida } = await searchParams;
  const queue = await guardPage("/att-granska", () => listReviewQueue(actor, { sida }));
  return <ReviewQueue queue={queue} />;
}
