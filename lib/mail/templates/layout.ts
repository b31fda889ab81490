// The HTML frame every mail shares. Plain TypeScript: templates are pure functions of their data.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML: every character with a meaning in markup is escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A paragraph of escaped text. */
export function paragraph(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
}

/** A link whose address and label are both escaped. */
export function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="color:#1d4ed8">${escapeHtml(label)}</a>`;
}

/** A complete, simple HTML document in Swedish; `body` is already escaped markup. */
export function htmlDocument(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="sv">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;max-width:40em;margin:0 auto;padding:24px">',
    body,
    '<p style="margin:24px 0 0;color:#4b5563;font-size:14px">Samverka – stöd för avtalssamverkan mellan kommuner</p>',
    "</body></html>",
  ].join("\n");
}
