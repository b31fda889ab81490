import "server-only";
import { getActor } from "@/lib/auth/actor";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";
import { reportUnexpected } from "@/lib/log/request-id";
import { downloadCaseDocument, printViewHtml } from "./data";

async function refusal(error: unknown, path: string): Promise<Response> {
  if (error instanceof AppError) {
    if (error.code === "UNAUTHENTICATED") {
      // 401 with a way on, rather than a redirect: a file link followed after the session ended.
      const signIn = `/logga-in?next=${encodeURIComponent(path)}`;
      return new Response(
        `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Logga in – Samverka</title></head><body><main><h1>Du behöver logga in</h1><p><a href="${signIn}">Logga in för att hämta dokumentet</a></p></main></body></html>`,
        { status: 401, headers: { "content-type": "text/html; charset=utf-8" } },
      );
    }
    return new Response(error.userMessage, { status: HTTP_STATUS[error.code], headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const message = await reportUnexpected(error, { path }, "document route failed");
  return new Response(message, { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function handleDownload(caseId: string, documentId: string): Promise<Response> {
  const path = `/arenden/${caseId}/dokument`;
  try {
    const file = await downloadCaseDocument(await getActor(), caseId, documentId);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.mimeType,
        "content-disposition": attachment(file.fileName),
        "content-length": String(file.bytes.length),
        "x-content-sha256": file.sha256,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return refusal(error, path);
  }
}

export async function handlePrintView(caseId: string, url: URL): Promise<Response> {
  try {
    const html = await printViewHtml(await getActor(), caseId, url.searchParams.get("typ") ?? "", url.searchParams.get("part") ?? undefined);
    return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" } });
  } catch (error) {
    return refusal(error, `${url.pathname}${url.search}`);
  }
}
