import { publishedRows } from "@/lib/anonymisation";
import { resolveActor } from "@/lib/auth/actor";
import { jsonRoute } from "@/lib/catalogue/route-response";
import { computeStatistics } from "@/lib/catalogue/statistics";

/** GET /api/statistik – every statistics table as published, hidden cells as null (docs/catalogue-api.md). */
export async function GET(request: Request) {
  return jsonRoute(async () => {
    const tables = await computeStatistics(await resolveActor(request.headers), "api.catalogue");
    return Response.json(
      {
        minCount: tables[0]?.table.minCount,
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
