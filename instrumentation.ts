import type { Instrumentation } from "next";

// Next.js calls register() once when a server process starts (npm start's server, next
// start, next dev). Each process runs the mail outbox worker; several processes on one
// database are safe (lib/mail/worker.ts). SAMVERKA_MAIL_WORKER=off leaves sending to others.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SAMVERKA_MAIL_WORKER === "off") return;
  const { startOutboxWorker } = await import("@/lib/mail/worker");
  startOutboxWorker();
}

// Errors no action or route caught (a page that failed to render) reach the log with the
// request's id and the digest the error page shows as "Felkod" (lib/log/request-error.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("@/lib/log/request-error");
  reportRequestError(error, request, context);
};
