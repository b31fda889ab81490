import { expect } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/forms/action-state";
import { INVITATION_MESSAGES } from "@/lib/invitations/messages";

/** What happened when an entry point ran: it did its job, or it refused. */
export type Outcome = { kind: "allowed" } | { kind: "denied"; how: string } | { kind: "other"; detail: string };

/** Next.js signals redirect() and notFound() by throwing errors with a digest. */
export function nextSignal(error: unknown): { type: "redirect"; url: string } | { type: "notFound" } | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT")) return { type: "redirect", url: digest.split(";")[2] ?? "" };
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { type: "notFound" };
  return null;
}

/** Runs a page component. Rendering is not needed: the data loading and the gate run when it is called. */
export async function pageOutcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return { kind: "allowed" };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type === "notFound") return { kind: "denied", how: "404" };
    if (signal?.type === "redirect" && signal.url.startsWith("/logga-in?next=")) return { kind: "denied", how: "sign-in redirect" };
    return { kind: "other", detail: String((error as Error)?.message ?? error) };
  }
}

const DENIAL_MESSAGES = [
  "Du behöver logga in för att se det här.",
  "Du har inte behörighet att göra det här.",
  "Ärendet finns inte, eller så har du inte tillgång till det.",
  // SKR staff accepting an invitation are told why ("mayJoin" in lib/auth/permissions.ts).
  INVITATION_MESSAGES.skrStaffAccepting,
];

/** Runs a server action that returns ActionState (and may redirect on success). */
export async function actionOutcome(run: () => Promise<ActionState | void>): Promise<Outcome> {
  try {
    const state = await run();
    if (!state || state.status === "success") return { kind: "allowed" };
    if (state.status === "error" && state.message && DENIAL_MESSAGES.includes(state.message)) return { kind: "denied", how: state.message };
    return { kind: "other", detail: JSON.stringify(state) };
  } catch (error) {
    const signal = nextSignal(error);
    if (signal?.type === "redirect") return { kind: "allowed" };
    return { kind: "other", detail: String((error as Error)?.message ?? error) };
  }
}

/** The AppError an entry point refused with; fails the test when it did not refuse that way. */
export async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
