/** What every mail template returns: the same message as plain text and as HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
