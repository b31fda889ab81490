import type { RenderedMail } from "./types";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STOCKHOLM_TIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", timeStyle: "short" });

/** The mail "Glömt lösenordet?" sends: a link to choose a new password, and what to do if nobody asked. */
export function passwordResetMail(input: { name: string; url: string; expiresAt: Date }): RenderedMail {
  const expires = STOCKHOLM_TIME.format(input.expiresAt);
  const lines = [
    `Hej ${input.name},`,
    "",
    "Någon har bett om ett nytt lösenord till ditt konto i Samverka. Välj ett nytt lösenord här:",
    input.url,
    "",
    `Länken kan användas en gång och gäller till klockan ${expires}. När lösenordet är bytt loggas du ut från alla enheter.`,
    "Om det inte var du som bad om ett nytt lösenord kan du bortse från meddelandet: ditt lösenord är oförändrat.",
  ];
  const html = [
    `<p>Hej ${escapeHtml(input.name)},</p>`,
    "<p>Någon har bett om ett nytt lösenord till ditt konto i Samverka.</p>",
    `<p><a href="${escapeHtml(input.url)}">Välj ett nytt lösenord</a></p>`,
    `<p>Länken kan användas en gång och gäller till klockan ${escapeHtml(expires)}. När lösenordet är bytt loggas du ut från alla enheter.</p>`,
    "<p>Om det inte var du som bad om ett nytt lösenord kan du bortse från meddelandet: ditt lösenord är oförändrat.</p>",
  ].join("\n");
  return { subject: "Nytt lösenord till Samverka", text: lines.join("\n"), html };
}
