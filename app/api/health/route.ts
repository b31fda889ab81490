import { ANONYMOUS } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Public on purpose: it tells load balancers and operators whether the app can serve, and
// reveals only migration names, which are in the public source anyway. The gate runs as the
// anonymous actor, not the request's session, because resolving a session needs the very
// database this route reports on.
export async function GET() {
  await authorize(ANONYMOUS, "health.read");
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
