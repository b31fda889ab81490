import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, deny } from "@/lib/auth/authorize";
import { outboxAvailable } from "./mailer";

/** The dev outbox, newest first. System admins only, and only while mail is not sent through SMTP. */
export async function listOutbox(actor: Actor) {
  await authorize(actor, "outbox.read");
  if (!outboxAvailable()) await deny(actor, "outbox.read", { reason: "outbox disabled" });
  return prisma.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
}
