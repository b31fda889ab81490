import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Public on purpose: it tells load balancers and operators whether the app can serve,
// and reveals only migration names, which are in the public source anyway.
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
