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
