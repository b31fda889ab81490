import { chromium, type Browser } from "playwright-core";
import { DOCUMENT_KIND_LABELS, footerLine, statusLine, type DocumentModel } from "../model";
import { escapeHtml, renderHtml } from "./html";

// Tagged, accessible PDF through headless Chromium: the same HTML as the print view, with the
// draft mark or approval in the header and the Dnr, case version and page numbers in the footer
// of every page. One browser is kept per process; launching one costs far more than a page.

const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

// On globalThis, as the database client: a module loaded again (Next.js's development server, a
// test's vi.resetModules) finds the running browser instead of starting a second one beside it.
const shared = globalThis as unknown as { samverkaPdfBrowser?: Promise<Browser> };

function executablePath(): string {
  return process.env.SAMVERKA_CHROMIUM ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

async function browser(): Promise<Browser> {
  if (!shared.samverkaPdfBrowser) {
    const launched = chromium.launch({ executablePath: executablePath(), args: LAUNCH_ARGS, headless: true });
    shared.samverkaPdfBrowser = launched;
    const forget = () => {
      if (shared.samverkaPdfBrowser === launched) shared.samverkaPdfBrowser = undefined;
    };
    launched.then((b) => b.on("disconnected", forget)).catch(forget);
  }
  return shared.samverkaPdfBrowser;
}

/** Closes the shared browser (CLI and tests call this before exiting). */
export async function closePdfRenderer(): Promise<void> {
  const pending = shared.samverkaPdfBrowser;
  shared.samverkaPdfBrowser = undefined;
  if (pending) await (await pending).close().catch(() => undefined);
}

// Padding inside the full width, not margins beside it: 100 % plus margins ran past the page's right margin.
const TEMPLATE_STYLE = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; box-sizing: border-box; width: 100%; padding: 0 20mm 0 22mm; display: flex; justify-content: space-between;";

/**
 * The footer's line, with the case version and the date each kept whole: a long Dnr (each party's
 * own) wrapped the line inside the date, "2026-12-" above "07" (a walk). The Dnr itself may break
 * between its words, or it would push the page number off the page.
 */
function footerParts(doc: DocumentModel): string {
  return footerLine(doc.meta)
    .split(" · ")
    .map((part, index) => (index === 0 ? escapeHtml(part) : `<span style="white-space: nowrap;">${escapeHtml(part)}</span>`))
    .join(" · ");
}

export async function renderPdf(doc: DocumentModel): Promise<Buffer> {
  const b = await browser();
  const context = await b.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // No network: the HTML is self-contained, and a closed network would only slow things down.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(renderHtml(doc, { mode: "pdf" }), { waitUntil: "load" });
    const status = escapeHtml(statusLine(doc.meta));
    return await page.pdf({
      format: "A4",
      tagged: true,
      outline: true,
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "22mm", bottom: "20mm", left: "22mm", right: "20mm" },
      headerTemplate: `<div style="${TEMPLATE_STYLE} color: ${doc.meta.approval ? "#1b5e20" : "#8a1c1c"}; font-weight: bold;"><span>${status}</span><span style="white-space: nowrap; padding-left: 4mm;">${escapeHtml(DOCUMENT_KIND_LABELS[doc.kind])}</span></div>`,
      footerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${footerParts(doc)}</span><span style="white-space: nowrap; padding-left: 4mm;">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await context.close();
  }
}
