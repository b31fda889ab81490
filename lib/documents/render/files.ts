import { createHash } from "node:crypto";
import type { DocumentModel } from "../model";
import { renderDocx } from "./docx";
import { renderPdf } from "./pdf";

export type DocumentFormat = "docx" | "pdf";

export const MIME_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export interface RenderedFile {
  readonly format: DocumentFormat;
  readonly fileName: string;
  readonly bytes: Buffer;
  /** SHA-256 of the bytes, hex: lets anyone check that a file is the one a nämnd decided on. */
  readonly sha256: string;
  readonly milliseconds: number;
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * "tjansteskrivelse-norrstroms-kommun-v1-utkast.pdf": the version and the state of the legal
 * approval the file states (utkast, utkast-delvis-godkand, godkand: a partly approved file is a draft, and its name says so first), so that files of one version made
 * before and after an approval do not share a name in a downloads folder (a walk).
 */
export function fileNameFor(doc: DocumentModel, format: DocumentFormat): string {
  const state = doc.meta.approval ? "godkand" : doc.meta.partialApproval ? "utkast-delvis-godkand" : "utkast";
  return `${doc.fileStem}-v${doc.meta.caseVersion}-${state}.${format}`;
}

export async function renderFile(doc: DocumentModel, format: DocumentFormat): Promise<RenderedFile> {
  const started = performance.now();
  const bytes = format === "docx" ? await renderDocx(doc) : await renderPdf(doc);
  return { format, fileName: fileNameFor(doc, format), bytes, sha256: sha256(bytes), milliseconds: performance.now() - started };
}
