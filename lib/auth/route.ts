import "server-only";
import { resolveActor } from "./actor";
import { auth } from "./auth";
import { authorize } from "./authorize";

// better-auth has many endpoints (sign-up, password reset, e-mail change, …). Only these
// are reachable over HTTP: sign-in goes through signInAction so the PostgreSQL lockout
// applies, and accounts are created only through invitations.
const EXPOSED = new Set(["GET /api/auth/get-session", "POST /api/auth/sign-out"]);

export async function handleAuthRequest(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!EXPOSED.has(`${request.method} ${pathname}`)) {
    return Response.json({ message: "Finns inte." }, { status: 404 });
  }
  await authorize(await resolveActor(request.headers), "auth.api");
  return auth.handler(request);
}
