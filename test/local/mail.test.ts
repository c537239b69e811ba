import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClock } from '../../src/local/clock.js';
import { createMailbox, MAIL_TABLE, type Mailbox } from '../../src/local/mail/index.js';

let dir: string;
let db: Database.Database;
const closers: Array<() => Promise<void> | void> = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mail-test-'));
  db = new Database(join(dir, 'local.db'));
  db.pragma('journal_mode = WAL');
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function track(mailbox: Mailbox): Mailbox {
  closers.push(() => mailbox.close());
  return mailbox;
}

interface Received {
  from: string | undefined;
  to: string[];
  user: string | undefined;
  raw: string;
}

async function startSmtp(opts: { rejectRecipients?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    // Plain connection on loopback: no STARTTLS so nodemailer does not try a self-signed upgrade.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'local' && auth.password === 's3cret pass') {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onRcptTo(address, _session, callback) {
      if (opts.rejectRecipients) {
        const err = new Error(`Mailbox ${address.address} unavailable`) as Error & {
          responseCode: number;
        };
        err.responseCode = 550;
        callback(err);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, received };
}

function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('mailbox storage', () => {
  it('stores messages newest first with the clock time', async () => {
    const clock = createClock();
    const mailbox = track(createMailbox({ db, clock }));
    clock.advance(3600);
    const before = clock.now();
    await mailbox.send({ to: 'a@example.com', subject: 'First', text: 'one', html: '<p>one</p>' });
    await mailbox.send({ to: 'b@example.com', subject: 'Second', text: 'two', html: '<p>two</p>' });
    const after = clock.now();

    const list = mailbox.list();
    expect(list).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        to: 'b@example.com',
        subject: 'Second',
        text: 'two',
        html: '<p>two</p>',
        sentAt: expect.any(String),
      },
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        to: 'a@example.com',
        subject: 'First',
        text: 'one',
        html: '<p>one</p>',
        sentAt: expect.any(String),
      },
    ]);
    expect(list[0]!.id).not.toBe(list[1]!.id);
    for (const m of list) {
      const t = Date.parse(m.sentAt);
      expect(new Date(t).toISOString()).toBe(m.sentAt);
      // The clock was advanced an hour: sentAt follows the clock, not the wall time.
      expect(t).toBeGreaterThanOrEqual(before);
      expect(t).toBeLessThanOrEqual(after);
    }
  });

  it('filters by recipient case-insensitively and honours limit', async () => {
    const mailbox = track(createMailbox({ db, clock: createClock() }));
    await mailbox.send({ to: 'Ada@Example.com', subject: 's1', text: 't1', html: 'h1' });
    await mailbox.send({ to: 'bob@example.com', subject: 's2', text: 't2', html: 'h2' });
    await mailbox.send({ to: 'ada@example.com', subject: 's3', text: 't3', html: 'h3' });

    expect(mailbox.list({ to: 'ADA@example.COM' }).map((m) => [m.to, m.subject])).toEqual([
      ['ada@example.com', 's3'],
      ['Ada@Example.com', 's1'],
    ]);
    expect(mailbox.list({ limit: 2 }).map((m) => m.subject)).toEqual(['s3', 's2']);
    expect(mailbox.list({ to: 'ada@example.com', limit: 1 }).map((m) => m.subject)).toEqual(['s3']);
    expect(mailbox.list({ to: 'nobody@example.com' })).toEqual([]);
  });

  it('keeps only the newest 1,000 messages', async () => {
    const mailbox = track(createMailbox({ db, clock: createClock() }));
    for (let i = 0; i < 1003; i++) {
      await mailbox.send({ to: 'x@example.com', subject: `m${i}`, text: '', html: '' });
    }
    const list = mailbox.list();
    expect(list).toHaveLength(1000);
    expect(list[0]!.subject).toBe('m1002');
    expect(list[999]!.subject).toBe('m3');
    expect(db.prepare(`SELECT COUNT(*) AS n FROM ${MAIL_TABLE}`).get()).toEqual({ n: 1000 });
  });

  it('clear() empties the mailbox; messages survive a new mailbox on the same database', async () => {
    const first = track(createMailbox({ db, clock: createClock() }));
    await first.send({ to: 'x@example.com', subject: 'kept', text: 't', html: 'h' });
    const second = track(createMailbox({ db, clock: createClock() }));
    expect(second.list().map((m) => m.subject)).toEqual(['kept']);
    second.clear();
    expect(first.list()).toEqual([]);
  });
});

describe('mailbox SMTP delivery', () => {
  it('delivers to a real SMTP server with authentication', async () => {
    const smtp = await startSmtp();
    const mailbox = track(
      createMailbox({
        db,
        clock: createClock(),
        smtp: {
          url: `smtp://local:${encodeURIComponent('s3cret pass')}@127.0.0.1:${smtp.port}`,
          from: 'PingOne Local <noreply@pingone.local>',
        },
      }),
    );
    await mailbox.send({
      to: 'ada@example.com',
      subject: 'Your recovery code',
      text: 'Your code is ABCD1234',
      html: '<p>Your code is <b>ABCD1234</b></p>',
    });

    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.from).toBe('noreply@pingone.local');
    expect(got.to).toEqual(['ada@example.com']);
    expect(got.user).toBe('local');
    expect(got.raw).toMatch(/^Subject: Your recovery code\r$/m);
    expect(got.raw).toMatch(/^To: ada@example\.com\r$/m);
    expect(got.raw).toMatch(/^From: PingOne Local <noreply@pingone\.local>\r$/m);
    expect(got.raw).toContain('\r\nYour code is ABCD1234\r\n');
    expect(got.raw).toContain('<p>Your code is <b>ABCD1234</b></p>');
    expect(mailbox.list().map((m) => m.subject)).toEqual(['Your recovery code']);
  });

  it('keeps the stored copy and logs no address when the SMTP server refuses', async () => {
    const smtp = await startSmtp({ rejectRecipients: true });
    const { logger, lines } = captureLogger();
    const mailbox = track(
      createMailbox({
        db,
        clock: createClock(),
        logger,
        smtp: { url: `smtp://local:s3cret%20pass@127.0.0.1:${smtp.port}`, from: 'n@pingone.local' },
      }),
    );
    await mailbox.send({
      to: 'secret-person@example.com',
      subject: 'Code',
      text: 'CODE-9876',
      html: '<p>CODE-9876</p>',
    });

    expect(smtp.received).toEqual([]);
    expect(mailbox.list().map((m) => [m.to, m.text])).toEqual([
      ['secret-person@example.com', 'CODE-9876'],
    ]);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 50,
      msg: 'SMTP delivery failed; the message is kept in the mailbox',
      mailId: mailbox.list()[0]!.id,
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(lines[0]).not.toContain('secret-person');
    expect(lines[0]).not.toContain('CODE-9876');
    expect(lines[0]).not.toContain('s3cret');
  });

  it('keeps the stored copy when the SMTP server is unreachable', async () => {
    const smtp = await startSmtp();
    const deadPort = smtp.port;
    await closers.pop()!();
    const { logger, lines } = captureLogger();
    const mailbox = track(
      createMailbox({
        db,
        clock: createClock(),
        logger,
        smtp: { url: `smtp://127.0.0.1:${deadPort}`, from: 'n@pingone.local' },
      }),
    );
    await mailbox.send({ to: 'x@example.com', subject: 'S', text: 'T', html: 'H' });
    expect(mailbox.list().map((m) => m.subject)).toEqual(['S']);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 50, code: 'ESOCKET' });
    expect(lines[0]).not.toContain('x@example.com');
  });

  it('rejects an invalid SMTP url without echoing it', () => {
    const clock = createClock();
    expect(() =>
      createMailbox({ db, clock, smtp: { url: 'http://u:topsecret@host', from: 'a@b.c' } }),
    ).toThrow(new TypeError('SMTP url must start with smtp:// or smtps://'));
    expect(() =>
      createMailbox({ db, clock, smtp: { url: 'not a url topsecret', from: 'a@b.c' } }),
    ).toThrow(new TypeError('SMTP url must be a valid smtp:// or smtps:// URL'));
  });
});
