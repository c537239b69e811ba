/**
 * The client's transports: one HTTP exchange, its body read whole (at most `maxBytes`), within
 * `timeoutMs` and the caller's signal. Redirects are never followed.
 *
 * - {@link nodeTransport}, the default: `node:http`/`node:https` with keep-alive agents. Through
 *   `fetch` (WHATWG streams, two abort signals, a `Response` for the raw answer) one call cost
 *   0.5–0.9 ms of CPU against 0.2–0.3 ms here, and a registration through the portal 1.3 ms more
 *   (docs/benchmarks.md, P2).
 * - {@link fetchTransport}: a `fetch` given in the options (tests, instrumentation).
 *
 * Both decode `gzip`, `deflate` and `br` bodies, as `fetch` does, and count the decoded bytes
 * against the cap.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';

/** One request as a transport sends it. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  /** Largest body read; more rejects with {@link BodyTooLargeError}. */
  maxBytes: number;
}

/** The answer: status line, header pairs in arrival order, and the whole body as UTF-8 text. */
export interface TransportResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/** No complete answer within `timeoutMs` (the body included). */
export class TransportTimeoutError extends Error {
  override readonly name = 'TransportTimeoutError';
}

/** The body went past `maxBytes`; the request was abandoned. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(
    readonly status: number,
    maxBytes: number,
  ) {
    super(`response body exceeds ${maxBytes} bytes`);
  }
}

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** The decoder of a `Content-Encoding` value; `null` for identity or a coding it does not know. */
function decoderFor(encoding: string | undefined): (() => Transform) | null {
  if (!encoding) return null;
  const name = encoding.trim().toLowerCase();
  if (name === '' || name === 'identity') return null;
  // Stacked codings (`gzip, br`) are handed over undecoded; PingOne uses one at most.
  return DECODERS[name] ?? null;
}

/** Options of {@link nodeTransport}. */
export interface NodeTransportOptions {
  /**
   * How long an idle kept-alive connection is reused (ms) when the server names no
   * `Keep-Alive: timeout`; default 4000, as `fetch` (undici) does.
   */
  keepAliveMs?: number;
  /** TLS options for `https:` URLs (tests: a private CA). */
  tls?: https.AgentOptions;
}

/** The default transport: `node:http` / `node:https` with keep-alive connection pools. */
export function nodeTransport(options: NodeTransportOptions = {}): Transport {
  const keepAlive = { keepAlive: true, timeout: options.keepAliveMs ?? 4000 };
  const agents = {
    'http:': new http.Agent(keepAlive),
    'https:': new https.Agent({ ...keepAlive, ...options.tls }),
  };
  return (req) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const { signal } = req;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const url = new URL(req.url);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') {
        reject(new TypeError(`unsupported protocol ${url.protocol}`));
        return;
      }
      const headers: Record<string, string | number> = {
        // What Node 20's fetch asks for (it decodes br too, and so does this).
        'accept-encoding': 'gzip, deflate',
        ...req.headers,
      };
      if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (error: unknown, value?: TransportResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error === undefined) resolve(value!);
        else {
          reject(error);
          request.destroy();
        }
      };
      // The caller's abort rejects with the signal's reason, as fetch does.
      const onAbort = () => finish(signal!.reason);
      const request = (secure ? https : http).request(
        url,
        { method: req.method, headers, agent: agents[secure ? 'https:' : 'http:'] },
        (res) => {
          const decoder = decoderFor(res.headers['content-encoding']);
          const body: Readable = decoder ? res.pipe(decoder()) : res;
          const chunks: Buffer[] = [];
          let total = 0;
          body.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > req.maxBytes) {
              finish(new BodyTooLargeError(res.statusCode ?? 0, req.maxBytes));
              if (body !== res) body.destroy();
              return;
            }
            chunks.push(chunk);
          });
          body.on('end', () => {
            const raw = res.rawHeaders;
            const pairs: [string, string][] = [];
            for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
            finish(undefined, {
              status: res.statusCode ?? 0,
              statusText: res.statusMessage ?? '',
              headers: pairs,
              body:
                chunks.length === 1
                  ? chunks[0]!.toString('utf8')
                  : Buffer.concat(chunks).toString('utf8'),
            });
          });
          body.on('error', (err) => finish(err));
          // Also a connection closed before the whole body came ('aborted', ECONNRESET).
          if (body !== res) res.on('error', (err) => finish(err));
        },
      );
      request.on('error', (err) => finish(err));
      timer = setTimeout(
        () => finish(new TransportTimeoutError(`no answer within ${req.timeoutMs} ms`)),
        req.timeoutMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      request.end(req.body);
    });
}

async function readCapped(raw: Response, maxBytes: number): Promise<string> {
  if (!raw.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of raw.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await raw.body.cancel().catch(() => {});
      throw new BodyTooLargeError(raw.status, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A transport over a `fetch` function (the `fetch` option). */
export function fetchTransport(fetchFn: typeof fetch): Transport {
  return async (req) => {
    const timeout = AbortSignal.timeout(req.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    try {
      const raw = await fetchFn(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body ?? null,
        redirect: 'manual',
        signal,
      });
      const body = await readCapped(raw, req.maxBytes);
      return {
        status: raw.status,
        statusText: raw.statusText,
        headers: [...raw.headers],
        body,
      };
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw err;
      if (req.signal?.aborted) throw req.signal.reason;
      if (timeout.aborted) {
        throw new TransportTimeoutError(`no answer within ${req.timeoutMs} ms`, { cause: err });
      }
      throw err;
    }
  };
}
