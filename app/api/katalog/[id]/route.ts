import { resolveActor } from "@/lib/auth/actor";
import { getPublishedExample } from "@/lib/catalogue/data";
import { jsonRoute } from "@/lib/catalogue/route-response";

/** GET /api/katalog/<id> – one published example with its sections (docs/catalogue-api.md). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return jsonRoute(async () => {
    const { id } = await params;
    const example = await getPublishedExample(await resolveActor(request.headers), id, "api.catalogue");
    return Response.json({ ...example, sections: example.sections.map(({ id, heading, text }) => ({ id, heading, text })) }, { headers: { "cache-control": "no-store" } });
  });
}
