/**
 * PingOne Local's outgoing mail: every message is kept in a SQLite table (the "mailbox" the dev
 * API and tests read), and, when SMTP is configured, also delivered through nodemailer. Nodemailer
 * is imported only then: about 40 modules and ~2.5 MB of resident memory that the default set-up
 * (the mailbox alone) does not need (docs/benchmarks.md, P5).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';

/** A message PingOne Local wants to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A message as stored in the mailbox. */
export interface MailMessage extends OutgoingMail {
  id: string;
  /** ISO 8601, from PingOne Local's clock (so it follows `POST /_local/clock`). */
  sentAt: string;
}

/** Optional SMTP delivery. */
export interface SmtpOptions {
  /** `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://...` (implicit TLS). */
  url: string;
  /** `From` address of every message. */
  from: string;
}

/** The mailbox: a store of sent messages, newest first. */
export interface Mailbox {
  /** Stores the message, then delivers it over SMTP when configured. Never rejects because of SMTP. */
  send(mail: OutgoingMail): Promise<void>;
  /** Stored messages, newest first. `to` matches case-insensitively; `limit` caps the count. */
  list(filter?: { to?: string; limit?: number }): MailMessage[];
  /** Deletes every stored message. */
  clear(): void;
  /** Closes the SMTP connection, if any. The database stays open (the caller owns it). */
  close(): Promise<void>;
}

/** Name of the SQLite table that holds the mailbox. */
export const MAIL_TABLE = 'local_mail';

/** How many messages the mailbox keeps; older ones are dropped. */
export const MAILBOX_CAPACITY = 1000;

const SMTP_TIMEOUT_MS = 10_000;

interface Row {
  id: string;
  to_addr: string;
  subject: string;
  text: string;
  html: string;
  sent_at: string;
}

/**
 * Creates the mailbox over `db` (creating its table if absent).
 * @throws TypeError when `smtp.url` is not a valid `smtp://` or `smtps://` URL (the message never
 *   includes the URL, which may carry a password).
 */
export function createMailbox(opts: {
  db: Database;
  clock: Clock;
  smtp?: SmtpOptions | null;
  logger?: Logger;
}): Mailbox {
  const { db, clock, logger } = opts;
  db.exec(`CREATE TABLE IF NOT EXISTS ${MAIL_TABLE} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    sent_at TEXT NOT NULL
  )`);
  db.exec(
    `CREATE INDEX IF NOT EXISTS ${MAIL_TABLE}_to ON ${MAIL_TABLE} (to_addr COLLATE NOCASE, seq)`,
  );

  const insert = db.prepare(
    `INSERT INTO ${MAIL_TABLE} (id, to_addr, subject, text, html, sent_at)
     VALUES (@id, @to, @subject, @text, @html, @sentAt)`,
  );
  const trim = db.prepare(
    `DELETE FROM ${MAIL_TABLE} WHERE seq <= (
       SELECT seq FROM ${MAIL_TABLE} ORDER BY seq DESC LIMIT 1 OFFSET ${MAILBOX_CAPACITY})`,
  );
  const selectAll = db.prepare<[number], Row>(
    `SELECT id, to_addr, subject, text, html, sent_at FROM ${MAIL_TABLE} ORDER BY seq DESC LIMIT ?`,
  );
  const selectTo = db.prepare<[string, number], Row>(
    `SELECT id, to_addr, subject, text, html, sent_at FROM ${MAIL_TABLE}
     WHERE to_addr = ? COLLATE NOCASE ORDER BY seq DESC LIMIT ?`,
  );
  const deleteAll = db.prepare(`DELETE FROM ${MAIL_TABLE}`);
  const store = db.transaction((message: MailMessage) => {
    insert.run(message);
    trim.run();
  });

  const smtp = opts.smtp ? createSmtp(opts.smtp) : null;

  return {
    async send(mail) {
      const message: MailMessage = {
        id: randomUUID(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        sentAt: new Date(clock.now()).toISOString(),
      };
      store(message);
      if (!smtp) return;
      try {
        await (await smtp.transport).sendMail({
          from: smtp.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        logger?.info({ mailId: message.id }, 'mail delivered over SMTP');
      } catch (error) {
        // SMTP error messages can quote the recipient address: log only structured codes.
        const e = error as { code?: unknown; responseCode?: unknown; command?: unknown };
        logger?.error(
          {
            mailId: message.id,
            code: typeof e.code === 'string' ? e.code : undefined,
            responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
            command: typeof e.command === 'string' ? e.command.split(' ')[0] : undefined,
          },
          'SMTP delivery failed; the message is kept in the mailbox',
        );
      }
    },

    list(filter = {}) {
      const limit = clampLimit(filter.limit);
      const rows = filter.to === undefined ? selectAll.all(limit) : selectTo.all(filter.to, limit);
      return rows.map((row) => ({
        id: row.id,
        to: row.to_addr,
        subject: row.subject,
        text: row.text,
        html: row.html,
        sentAt: row.sent_at,
      }));
    },

    clear() {
      deleteAll.run();
    },

    async close() {
      (await smtp?.transport.catch(() => null))?.close();
    },
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAILBOX_CAPACITY;
  return Math.min(MAILBOX_CAPACITY, Math.max(0, Math.floor(limit)));
}

function createSmtp(options: SmtpOptions): { transport: Promise<Transporter>; from: string } {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new TypeError('SMTP url must be a valid smtp:// or smtps:// URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new TypeError('SMTP url must start with smtp:// or smtps://');
  }
  if (!url.hostname) throw new TypeError('SMTP url must name a host');
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  const transport = import('nodemailer').then(({ createTransport }) =>
    createTransport({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port,
      secure,
      auth: user ? { user, pass } : undefined,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    }),
  );
  // A failed import surfaces on the first delivery (logged there), not as an unhandled rejection.
  transport.catch(() => {});
  return { transport, from: options.from };
}
