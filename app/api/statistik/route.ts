import { publishedRows } from "@/lib/anonymisation";
import { resolveActor } from "@/lib/auth/actor";
import { jsonRoute } from "@/lib/errors/json-route";
import { computeStatistics } from "@/lib/catalogue/statistics";
import { MUNICIPALITY_GROUP_NOTE, MUNICIPALITY_GROUP_SOURCE } from "@/lib/reference/municipalities";

/** GET /api/statistik – every statistics table as published, hidden cells as null (docs/catalogue.md, "JSON API"). */
export async function GET(request: Request) {
  return jsonRoute(async () => {
    const tables = await computeStatistics(await resolveActor(request.headers), "api.catalogue");
    return Response.json(
      {
        minCount: tables[0]?.table.minCount,
        municipalityGroupStatus: MUNICIPALITY_GROUP_SOURCE.status,
        municipalityGroupNote: MUNICIPALITY_GROUP_NOTE,
        tables: tables.map((t) => {
          const { header, rows } = publishedRows(t.table);
          return {
            id: t.id,
            title: t.title,
            description: t.description,
            columns: header.slice(1),
            rows: rows.map(([label, ...values]) => ({ label, values: values.map((v) => (v === "–" ? null : Number(v))) })),
          };
        }),
      },
      { headers: { "cache-control": "no-store" } },
    );
  });
}
