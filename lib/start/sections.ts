import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { caseScope, holdsRole, mayDo } from "@/lib/auth/authorize";

// Which blocks a signed-in person's start page shows, in this order. A feature with its
// own first screen for a role (the review queue "Att granska", SKR's example catalogue)
// adds or replaces one entry here and its component in components/StartPage.tsx.
export const START_SECTIONS = [
  // Case editors, and people who only work in cases they were invited to (no organisation role).
  { id: "cases", applies: (actor: Actor) => mayDo(actor, "case.create") || (actor.kind === "user" && !actor.memberships.length && !actor.globalRoles.length) },
  { id: "review", applies: (actor: Actor) => holdsRole(actor, "orgLegalReviewer") },
  // Organisation admins and jurists approve their organisation's proposed examples (shown only when one waits).
  { id: "examples", applies: (actor: Actor) => caseScope(actor, "case.example.approve") !== null },
  { id: "skr", applies: (actor: Actor) => holdsRole(actor, "skrStaff") },
  { id: "administration", applies: (actor: Actor) => mayDo(actor, "admin.view") },
] as const;

export type StartSectionId = (typeof START_SECTIONS)[number]["id"];

/** The start page's blocks for this actor; empty for someone who holds no role yet. */
export function startSectionsFor(actor: Actor): StartSectionId[] {
  return START_SECTIONS.filter((section) => section.applies(actor)).map((section) => section.id);
}
