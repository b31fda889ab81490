// A real SMTP server on loopback (smtp-server from npm) that keeps every message it accepts.
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpSink {
  received: ReceivedMail[];
  url: string;
  close: () => Promise<void>;
}

/** `onMessage` runs before the server accepts a message, so a test can act while a worker is mid-send. */
export async function startSmtpSink(port: number, onMessage?: (mail: ReceivedMail) => Promise<void>): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") };
        received.push(mail);
        void (onMessage ? onMessage(mail) : Promise.resolve()).then(() => callback(), (error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
