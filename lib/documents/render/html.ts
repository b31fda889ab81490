import { keepReferencesTogether, markDates } from "../typography";
import { DOCUMENT_KIND_LABELS, GAP_TEXT, footerLine, statusLine, type Block, type DocumentModel, type Inline } from "../model";

// The HTML form of a document: the browser's print view and the source of the tagged PDF.
// Plain string output, so the CLI, the route handler and the tests all render it the same way.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);
}

/** Text of the document's body, escaped, with its references to the law kept on one line. */
function bodyText(value: string): string {
  return markDates(escapeHtml(keepReferencesTogether(value)), (date) => `<span class="nowrap">${date}</span>`);
}

function inlines(content: readonly Inline[]): string {
  return content
    .map((inline) => {
      if (typeof inline === "string") return bodyText(inline);
      if (inline.kind === "strong") return `<strong>${bodyText(inline.text)}</strong>`;
      return `<mark class="gap" title="Öppen punkt: ${escapeHtml(inline.what)}">${GAP_TEXT}</mark>`;
    })
    .join("");
}

function block(b: Block, mode: HtmlOptions["mode"]): string {
  switch (b.kind) {
    case "heading": {
      // The document title is h1; model levels 1–3 become h2–h4.
      const tag = `h${b.level + 1}`;
      return `<${tag}>${b.number ? `${escapeHtml(b.number)}. ` : ""}${bodyText(b.text)}</${tag}>`;
    }
    case "paragraph":
      return b.number ? `<p class="numbered"><span class="num">${escapeHtml(b.number)} </span>${inlines(b.content)}</p>` : `<p>${inlines(b.content)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((item) => `<li>${inlines(item)}</li>`).join("")}</${tag}>`;
    }
    case "table": {
      const numeric = new Set(b.numericColumns ?? []);
      const cls = (i: number) => (numeric.has(i) ? ' class="num-col"' : "");
      const head = b.header.map((h, i) => `<th scope="col"${cls(i)}>${bodyText(h)}</th>`).join("");
      const rows = b.rows
        .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inlines(cell)}</th>` : `<td${cls(i)}>${inlines(cell)}</td>`)).join("")}</tr>`)
        .join("");
      const table = `<table><caption>${bodyText(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      // On a narrow screen a wide table scrolls in its own region, named and reachable with the
      // keyboard, instead of widening the page (WCAG 1.4.10). The PDF has no use for the wrapper.
      return mode === "screen" ? `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(b.caption)}">${table}</div>` : table;
    }
    case "signatures":
      return `<div class="signatures">${b.parties
        .map(
          (p) =>
            `<section class="signature" aria-label="Underskrift för ${escapeHtml(p.partyName)}"><p class="sig-party"><strong>För ${escapeHtml(p.partyName)}</strong></p>` +
            ["Ort och datum", "Underskrift", "Namnförtydligande", "Titel"].map((label) => `<p class="sig-line"><span class="line" aria-hidden="true"></span>${label}</p>`).join("") +
            `</section>`,
        )
        .join("")}</div>`;
  }
}

const STYLES = `
:root { color: #111; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11.5pt; line-height: 1.45; margin: 0 auto; max-width: 46rem; padding: 1.5rem; overflow-wrap: break-word; }
h1, h2, h3, h4 { font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.2; break-after: avoid; }
h1 { font-size: 20pt; margin: 0.2em 0 0.1em; }
h2 { font-size: 14pt; margin-top: 1.4em; }
h3 { font-size: 12pt; margin-top: 1.2em; }
h4 { font-size: 11.5pt; margin-top: 1em; }
.doc-kind { font-family: "Liberation Sans", Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.06em; font-size: 10pt; margin: 0; }
.subtitle { font-size: 13pt; margin-top: 0; }
.status { border: 2px solid #8a1c1c; color: #8a1c1c; font-family: "Liberation Sans", Arial, sans-serif; font-weight: bold; padding: 0.3em 0.6em; display: inline-block; }
.status.approved { border-color: #1b5e20; color: #1b5e20; }
dl.front { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.1em 1em; margin: 1em 0; }
dl.front dt { font-weight: bold; }
dl.front dd { margin: 0; }
p.numbered { padding-left: 3em; text-indent: -3em; }
p.numbered .num { display: inline-block; width: 3em; text-indent: 0; white-space: pre; } /* the space inside: outside, it widened the first line's indent */
mark.gap { background: #ffe08a; color: #111; font-weight: bold; padding: 0 0.15em; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; break-inside: avoid; }
.table-scroll { position: relative; overflow-x: auto; margin: 0.8em 0; break-inside: avoid; }
.table-scroll > table { margin: 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #666; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #eee; }
.num-col { text-align: right; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 2em 3em; margin-top: 1.5em; break-inside: avoid; }
.signature { break-inside: avoid; }
.sig-line { margin: 1.6em 0 0; font-size: 9.5pt; }
.sig-line .line { display: block; border-bottom: 1px solid #111; height: 1.2em; }
.doc-footer { margin-top: 2em; font-size: 9pt; color: #444; border-top: 1px solid #999; padding-top: 0.4em; }
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
.print-running { display: none; }
@media print {
  body { max-width: none; padding: 0; }
  .screen-only { display: none; }
  .table-scroll { overflow: visible; }
  /* A fixed element repeats on every printed page: the draft mark is on each page of the print view too. */
  .print-running { display: block; position: fixed; top: -14mm; left: 0; right: 0; font: bold 8pt "Liberation Sans", Arial, sans-serif; color: #8a1c1c; }
}
`;

export interface HtmlOptions {
  /** "pdf": header and footer come from the PDF templates; "screen": the browser's print view. */
  readonly mode: "pdf" | "screen";
  /** Screen only: where the "back" link leads (the case's documents page). */
  readonly backHref?: string;
}

export function documentTitle(doc: DocumentModel): string {
  return doc.subtitle ? `${doc.title} – ${doc.subtitle}` : doc.title;
}

export function renderHtml(doc: DocumentModel, options: HtmlOptions = { mode: "screen" }): string {
  const status = statusLine(doc.meta);
  const front = doc.frontMatter?.length
    ? `<dl class="front">${doc.frontMatter.map((line) => `<dt>${escapeHtml(line.label)}</dt><dd>${inlines(line.value)}</dd>`).join("")}</dl>`
    : "";
  const kindLabel = DOCUMENT_KIND_LABELS[doc.kind];
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(documentTitle(doc))}</title>
<meta name="description" content="${escapeHtml(`${kindLabel}, ${doc.meta.caseTitle}, ärendeversion ${doc.meta.caseVersion}`)}">
<style>${STYLES}</style>
</head>
<body>
${options.mode === "screen" && options.backHref ? `<nav class="screen-only" aria-label="Dokumentvy"><p><a href="${escapeHtml(options.backHref)}">Tillbaka till ärendets dokument</a> · Skriv ut med webbläsarens utskriftsfunktion (Ctrl+P).</p></nav>` : ""}
<main>
${options.mode === "screen" ? `<div class="print-running" aria-hidden="true">${escapeHtml(status)} · ${escapeHtml(footerLine(doc.meta))}</div>` : ""}
<header>
${options.mode === "screen" ? `<p class="status${doc.meta.approval ? " approved" : ""}">${escapeHtml(status)}</p>` : ""}
${doc.kind === "tjansteskrivelse" ? `<p class="doc-kind">Tjänsteskrivelse</p>` : ""}
<h1>${escapeHtml(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : ""}
${front}
</header>
${doc.blocks.map((b) => block(b, options.mode)).join("\n")}
${options.mode === "screen" ? `<footer class="doc-footer"><p>${escapeHtml(footerLine(doc.meta))}</p><p>${escapeHtml(status)}</p></footer>` : ""}
</main>
</body>
</html>`;
}
