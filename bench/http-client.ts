/**
 * The HTTP/1.1 client of P8's sign-in loop and of P2's registrations (bench/portal.ts `register`):
 * keep-alive connections over `node:net`, one request at a time on each, answers framed by
 * `Content-Length`.
 *
 * Why not `node:http` (or undici): the load generator shares the two cores with the server, so
 * its CPU per sign-in lowers the ratio P8 reports. On the bench VM `node:http` with a keep-alive
 * agent cost the generator 2.9–3.9 ms of CPU per sign-in (four requests), this client 1.6–2.1 ms
 * in the same interleaved runs (docs/benchmarks.md, P8); undici's `Pool` was within noise of
 * `node:http`. The server sees the same requests: request line, `Host`, `Connection: keep-alive`,
 * the caller's headers and `Content-Length` when there is a body.
 *
 * It speaks only what PingOne Local and the portal's `/register` answer here: a status line, headers and a body of
 * `Content-Length` bytes (no body when absent). A chunked or otherwise unframed answer is refused
 * with an error rather than guessed at, so a change on the server side fails the loop loudly.
 */
import { connect, type Socket } from 'node:net';

/** An answer: status, headers by lower-case name (`set-cookie` always a list), UTF-8 body. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const HEAD_END = '\r\n\r\n';

/**
 * Parses one answer at the start of `data` (bytes as latin1 text). Returns it and how many
 * characters it took, or null when `data` does not hold all of it yet.
 * @throws Error for an answer this client does not frame (no status line, chunked, no length).
 */
export function parseAnswer(data: string): { answer: HttpAnswer; length: number } | null {
  const headEnd = data.indexOf(HEAD_END);
  if (headEnd < 0) return null;
  const lines = data.slice(0, headEnd).split('\r\n');
  const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]!);
  if (!statusLine) throw new Error(`not an HTTP/1.x answer: ${JSON.stringify(lines[0])}`);
  const headers: HttpAnswer['headers'] = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header line: ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers[name];
    if (name === 'set-cookie') headers[name] = [...((previous as string[]) ?? []), value];
    else headers[name] = previous === undefined ? value : `${previous}, ${value}`;
  }
  if (headers['transfer-encoding'] !== undefined) {
    throw new Error(`unsupported Transfer-Encoding: ${headers['transfer-encoding']}`);
  }
  const declared = headers['content-length'];
  const bodyLength = declared === undefined ? 0 : Number(declared);
  if (!Number.isInteger(bodyLength) || bodyLength < 0) {
    throw new Error(`bad Content-Length: ${declared}`);
  }
  const bodyStart = headEnd + HEAD_END.length;
  if (data.length < bodyStart + bodyLength) return null;
  const body = Buffer.from(data.slice(bodyStart, bodyStart + bodyLength), 'latin1').toString(
    'utf8',
  );
  return {
    answer: { status: Number(statusLine[1]), headers, body },
    length: bodyStart + bodyLength,
  };
}

/** One keep-alive connection; one request at a time. */
class Connection {
  private readonly socket: Socket;
  private readonly ready: Promise<void>;
  private data = '';
  private waiting: { resolve(a: HttpAnswer): void; reject(e: Error): void } | null = null;
  closed = false;

  constructor(host: string, port: number) {
    this.socket = connect({ host, port, noDelay: true });
    this.socket.setEncoding('latin1');
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: string) => {
      this.data += chunk;
      this.answer();
    });
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed by the server')));
  }

  private answer(): void {
    if (!this.waiting) return;
    let parsed: ReturnType<typeof parseAnswer>;
    try {
      parsed = parseAnswer(this.data);
    } catch (error) {
      this.fail(error as Error);
      this.socket.destroy();
      return;
    }
    if (!parsed) return;
    this.data = this.data.slice(parsed.length);
    const { resolve } = this.waiting;
    this.waiting = null;
    resolve(parsed.answer);
  }

  private fail(error: Error): void {
    this.closed = true;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }

  async request(text: string): Promise<HttpAnswer> {
    await this.ready;
    if (this.closed) throw new Error('connection closed');
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(text, 'latin1');
    });
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }
}

/** Keep-alive connections to one server, opened as concurrent requests need them. */
export class HttpClient {
  private readonly idle: Connection[] = [];
  private readonly hostHeader: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    this.hostHeader = `${host}:${port}`;
  }

  /** Sends one request (`path` with its query) and resolves with the whole answer. */
  async request(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<HttpAnswer> {
    let text = `${method} ${path} HTTP/1.1\r\nHost: ${this.hostHeader}\r\nConnection: keep-alive\r\n`;
    for (const name in headers) text += `${name}: ${headers[name]}\r\n`;
    // Bytes on the wire: the body as UTF-8, the whole request written as latin1 text.
    const bytes = body === undefined ? '' : Buffer.from(body, 'utf8').toString('latin1');
    if (body !== undefined) text += `Content-Length: ${bytes.length}\r\n`;
    text += `\r\n${bytes}`;
    let connection = this.idle.pop();
    while (connection?.closed) connection = this.idle.pop();
    connection ??= new Connection(this.host, this.port);
    const answer = await connection.request(text);
    const keep = !/(^|,)\s*close\s*(,|$)/i.test(String(answer.headers.connection ?? ''));
    if (keep) this.idle.push(connection);
    else connection.close();
    return answer;
  }

  /** Closes every idle connection. */
  close(): void {
    for (const connection of this.idle.splice(0)) connection.close();
  }
}
