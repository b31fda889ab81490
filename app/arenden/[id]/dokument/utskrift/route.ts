import { handlePrintView } from "@/lib/case-documents/route";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handlePrintView(id, new URL(request.url));
}
