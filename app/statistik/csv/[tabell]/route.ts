import { resolveActor } from "@/lib/auth/actor";
import { tableCsv } from "@/lib/catalogue/csv";
import { jsonRoute } from "@/lib/errors/json-route";
import { computeStatistics } from "@/lib/catalogue/statistics";

export async function GET(request: Request, { params }: { params: Promise<{ tabell: string }> }) {
  return jsonRoute(async () => {
    const tables = await computeStatistics(await resolveActor(request.headers), "statistics.read");
    const { tabell } = await params;
    const table = tables.find((t) => t.id === tabell);
    if (!table) return Response.json({ error: "NOT_FOUND", message: "Tabellen finns inte." }, { status: 404 });
    return new Response(tableCsv(table.title, table.table), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="samverka-${table.id}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
