/**
 * The SMTP adapter: reminders go out through the server named by SMTP_URL
 * (smtp://user:password@host:587, smtps://… for TLS from the start). Without it there is no
 * mailer: emails wait in the outbox and administrators see that SMTP is not configured.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../env.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  // one connection reused for a batch; short timeouts so that a silent server fails the message
  // (to be retried) well within the job's lease instead of holding it
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(email) {
      await transport.sendMail({ from: config.mailFrom, to: email.to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}
