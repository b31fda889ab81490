import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "./actor";
import { authorizeUser } from "./authorize";

/** The signed-in user's own account and how many live sessions they have. */
export async function getAccount(actor: Actor) {
  const user = await authorizeUser(actor, "account.view");
  const sessions = await prisma.session.count({ where: { userId: user.userId, expiresAt: { gt: new Date() } } });
  return { user, sessions };
}
