import { resolveActor } from "@/lib/auth/actor";
import { forApi, searchCatalogue } from "@/lib/catalogue/data";
import { jsonRoute } from "@/lib/errors/json-route";
import { MUNICIPALITY_GROUP_NOTE, MUNICIPALITY_GROUP_SOURCE } from "@/lib/reference/municipalities";

/** GET /api/katalog?q=&area=&form=&route=&group=&band=&year=&sida= – published examples (docs/catalogue.md, "JSON API"). */
export async function GET(request: Request) {
  return jsonRoute(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { query, hits, total, page, pages } = await searchCatalogue(await resolveActor(request.headers), params, "api.catalogue");
    return Response.json(
      { query, total, page, pages, municipalityGroupStatus: MUNICIPALITY_GROUP_SOURCE.status, municipalityGroupNote: MUNICIPALITY_GROUP_NOTE, examples: hits.map((h) => forApi({ ...h, headline: h.headline?.replaceAll("\u0002", "<<").replaceAll("\u0003", ">>") ?? null })) },
      { headers: { "cache-control": "no-store" } },
    );
  });
}
