import { resolveActor } from "@/lib/auth/actor";
import { forApi, getPublishedExample } from "@/lib/catalogue/data";
import { jsonRoute } from "@/lib/errors/json-route";
import { MUNICIPALITY_GROUP_NOTE, MUNICIPALITY_GROUP_SOURCE } from "@/lib/reference/municipalities";

/** GET /api/katalog/<id> – one published example with its sections (docs/catalogue.md, "JSON API"). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return jsonRoute(async () => {
    const { id } = await params;
    const example = await getPublishedExample(await resolveActor(request.headers), id, "api.catalogue");
    return Response.json({ ...forApi(example), municipalityGroupStatus: MUNICIPALITY_GROUP_SOURCE.status, municipalityGroupNote: MUNICIPALITY_GROUP_NOTE, sections: example.sections.map(({ id, heading, text }) => ({ id, heading, text })) }, { headers: { "cache-control": "no-store" } });
  });
}
