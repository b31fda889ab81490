import type { Metadata } from "next";
import { getActor } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/page-guard";
import { listReviewQueue } from "@/lib/review/queries";
import { ReviewQueue } from "@/lib/review/components/review-queue";

export const metadata: Metadata = { title: "Att granska" };

export default async function ReviewQueuePage() {
  const actor = await getActor();
  const queue = await guardPage("/att-granska", () => listReviewQueue(actor));
  return <ReviewQueue queue={queue} />;
}
