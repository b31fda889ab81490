import { handleDownload } from "@/lib/case-documents/route";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; dokumentId: string }> }) {
  const { id, dokumentId } = await params;
  return handleDownload(id, dokumentId);
}
