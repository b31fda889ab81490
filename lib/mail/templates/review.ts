// Mail texts of the legal review (issue 10). Each template returns subject, plain text and
// HTML; the caller adds the recipient and hands it to sendMail inside its transaction.

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A mail of a few paragraphs and one link, as plain text and HTML (the other notice mails, lib/mail/templates/example.ts, are built the same way). */
export function compose(subject: string, paragraphs: string[], link: { label: string; url: string }): MailContent {
  const text = [...paragraphs, "", `${link.label}: ${link.url}`].join("\n");
  const html = [
    ...paragraphs.filter(Boolean).map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
  ].join("\n");
  return { subject, text, html };
}

export function reviewRequestedMail(input: { caseTitle: string; requestedBy: string; organizationName: string; message: string; url: string }): MailContent {
  return compose(
    `Granska ärendet ”${input.caseTitle}” i Samverka`,
    [
      `${input.requestedBy} ber dig granska ärendet ”${input.caseTitle}” juridiskt för ${input.organizationName}.`,
      input.message ? `Meddelande:\n${input.message}` : "",
    ],
    { label: "Öppna granskningen", url: input.url },
  );
}

export function reviewApprovedMail(input: { caseTitle: string; reviewer: string; organizationName: string; version: number; url: string }): MailContent {
  return compose(
    `Ärendet ”${input.caseTitle}” är godkänt för ${input.organizationName}`,
    [`${input.reviewer} har godkänt version ${input.version} av ärendet ”${input.caseTitle}” för ${input.organizationName}.`, "Om svaren ändras efter godkännandet blir det inaktuellt och juristen behöver godkänna igen."],
    { label: "Öppna ärendet", url: input.url },
  );
}

export function reviewReturnedMail(input: { caseTitle: string; reviewer: string; organizationName: string; summary: string; url: string }): MailContent {
  return compose(
    `Ärendet ”${input.caseTitle}” har skickats tillbaka`,
    [`${input.reviewer} har granskat ärendet ”${input.caseTitle}” för ${input.organizationName} och skickat tillbaka det.`, `Sammanfattning:\n${input.summary}`],
    { label: "Öppna ärendet", url: input.url },
  );
}

/** A request taken back by an editor before a jurist answered: whoever it waited for is told it no longer does. */
export function reviewWithdrawnMail(input: { caseTitle: string; withdrawnBy: string; organizationName: string; url: string }): MailContent {
  return compose(
    `Granskningen av ärendet ”${input.caseTitle}” behövs inte längre`,
    [
      `${input.withdrawnBy} har tagit tillbaka begäran om juridisk granskning av ärendet ”${input.caseTitle}” för ${input.organizationName}. Ärendet väntar inte längre på dig.`,
      "Om ärendet skickas till dig för granskning igen får du ett nytt meddelande.",
    ],
    { label: "Öppna ärendet", url: input.url },
  );
}

/**
 * To the editor who sent a request that now waits for nobody, because the jurist who left was the
 * party's last (a walk: nobody was told, and the case read "Under granskning" for weeks). The
 * request went to that jurist by name, or to all the party's jurists (`named` false).
 */
export function reviewStrandedMail(input: {
  caseTitle: string;
  leaver: string;
  left: LeaveReason;
  named: boolean;
  requestedBy: string;
  organizationName: string;
  url: string;
  /** Sent to the editor who sent the request ("Du bad …"), not to the case's other editors. */
  toRequester: boolean;
  /** The jurist who left is the editor who sent it (an editor who is also a jurist). */
  leaverIsRequester: boolean;
}): MailContent {
  const you = input.toRequester && input.leaverIsRequester;
  const why = you ? `Du är inte längre jurist för ${input.organizationName} i Samverka` : leftText(input);
  const to = !input.named ? `juristerna för ${input.organizationName}` : you ? "dig själv" : input.leaver;
  const who = input.toRequester ? "Du" : input.requestedBy;
  return compose(
    `Ingen jurist granskar ärendet ”${input.caseTitle}” för ${input.organizationName}`,
    [
      `${who} bad ${to} granska ärendet ”${input.caseTitle}” juridiskt för ${input.organizationName}. ${why}, och ingen annan jurist granskar för ${input.organizationName}. Begäran väntar därför inte på någon.`,
      `Be organisationens administratör att ge någon rollen jurist${input.left === "deactivated" ? " eller att aktivera kontot igen" : ""}, eller bjud in en jurist till ärendet för ${input.organizationName}. Du kan också ta tillbaka begäran.`,
    ],
    { label: "Öppna granskningen", url: input.url },
  );
}

/** How a named jurist stopped reviewing for the party. */
export type LeaveReason = "deactivated" | "roleRemoved";

/** Why a jurist no longer reviews for the party, as the mails say it. */
function leftText(input: { leaver: string; left: LeaveReason; organizationName: string }): string {
  return input.left === "deactivated" ? `Kontot för ${input.leaver} är nu inaktiverat` : `${input.leaver} är inte längre jurist för ${input.organizationName} i Samverka`;
}

/** A request named for a jurist who stopped reviewing for the party: it waits for the party's other jurists now, who are told. */
export function reviewRedirectedMail(input: { caseTitle: string; leaver: string; left: LeaveReason; requestedBy: string; organizationName: string; message: string; url: string }): MailContent {
  const why = leftText(input);
  return compose(
    `Granska ärendet ”${input.caseTitle}” i Samverka`,
    [
      `${input.requestedBy} bad ${input.leaver} granska ärendet ”${input.caseTitle}” juridiskt för ${input.organizationName}. ${why}, så begäran väntar hos dig och de andra juristerna för ${input.organizationName}.`,
      input.message ? `Meddelande:\n${input.message}` : "",
    ],
    { label: "Öppna granskningen", url: input.url },
  );
}
