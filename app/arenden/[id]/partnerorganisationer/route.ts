import { getActor } from "@/lib/auth/actor";
import { searchPartnerOrganizations } from "@/lib/cases/invitations";
import { jsonRoute } from "@/lib/errors/json-route";

/** GET /arenden/<id>/partnerorganisationer?q=<part of a name>: the invitation form's organisation search. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(async () => {
    const query = new URL(request.url).searchParams.get("q") ?? undefined;
    const result = await searchPartnerOrganizations(await getActor(), id, query);
    return Response.json(result, { headers: { "cache-control": "private, no-store" } });
  }, "partner organisation search");
}
