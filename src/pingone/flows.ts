/**
 * PingOne's Flows API and the resume endpoint, called by the portal's own sign-on page
 * (docs/pingone-behaviour.md §14.2). The caller keeps the cookies PingOne sets on these answers
 * (the `ST` sign-on session among them) and sends them back: they are session secrets, so this
 * module returns them to the caller and never logs or exposes them otherwise.
 */
import { z } from 'zod';
import { RESOURCE_ID } from './check.js';
import { PingOneResponseError } from './errors.js';
import { errorFrom, type HttpSettings, readJson, send } from './http.js';
import type { RequestOptions } from './types.js';

/** A flow as the sign-on page needs it. */
export interface Flow {
  id: string;
  /** `USERNAME_PASSWORD_REQUIRED`, `MUST_CHANGE_PASSWORD`, `COMPLETED`… */
  status: string;
  /** The actions allowed now (the names of `_links`, without `self`). */
  actions: string[];
  /** The user the flow is about, once known. */
  user: { id: string; username: string | null } | null;
}

/** A flow answer plus the cookies PingOne set on it (name → value). */
export interface FlowAnswer {
  flow: Flow;
  cookies: Record<string, string>;
}

/** The flow operations. */
export interface FlowsApi {
  /**
   * Reads a flow (`GET /{envId}/flows/{flowId}`).
   * @see https://developer.pingidentity.com/pingone-api/auth/flows/read-flow.html
   */
  read(
    flowId: string,
    cookies: Record<string, string>,
    opts?: FlowRequestOptions,
  ): Promise<FlowAnswer>;
  /**
   * Performs an action (`POST` with `application/vnd.pingidentity.{action}+json`). A refusal is
   * a `PingOneApiError` carrying PingOne's details (`INVALID_CREDENTIALS`, `PASSWORD_LOCKED_OUT`…).
   * Never retried.
   * @see https://developer.pingidentity.com/pingone-api/auth/flows.html
   */
  act(
    flowId: string,
    action: string,
    body: Record<string, unknown> | null,
    cookies: Record<string, string>,
    opts?: FlowRequestOptions,
  ): Promise<FlowAnswer>;
  /**
   * Resumes a completed flow (`GET /{envId}/as/resume?flowId=`) with its cookies and returns
   * where PingOne redirects (the application's `redirect_uri` with `code` and `state`).
   * @see https://developer.pingidentity.com/pingone-api/auth/openid-connect-oauth-2/resume.html
   */
  resume(
    flowId: string,
    cookies: Record<string, string>,
    opts?: FlowRequestOptions,
  ): Promise<string>;
}

const FlowSchema = z
  .object({
    id: z.string().regex(RESOURCE_ID),
    status: z.string().min(1),
    _links: z.record(z.unknown()).optional(),
    _embedded: z
      .object({
        user: z
          .object({ id: z.string().min(1), username: z.string().optional() })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** `name=value` pairs of the `Set-Cookie` headers of `response`. */
function setCookies(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/**
 * The `Cookie` header for the flow's cookies, and the browser's `User-Agent` (PingOne records it
 * with the session it creates, and the user's sessions page shows it).
 */
function flowHeaders(cookies: Record<string, string>, opts: FlowRequestOptions | undefined) {
  const pairs = Object.entries(cookies).filter(([, v]) => v !== '');
  return {
    ...(pairs.length > 0 ? { cookie: pairs.map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
    ...(opts?.userAgent ? { 'user-agent': opts.userAgent.slice(0, 512) } : {}),
  };
}

/** Options of the flow calls: the usual ones, plus the browser's user agent to pass on. */
export interface FlowRequestOptions extends RequestOptions {
  userAgent?: string | undefined;
}

async function toAnswer(response: Response, now: number): Promise<FlowAnswer> {
  if (response.status < 200 || response.status > 299) await errorFrom(response, now);
  const parsed = FlowSchema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new PingOneResponseError(
      `response body "${parsed.error.issues[0]?.path.join('.') ?? ''}" must be a flow`,
      response.status,
      null,
      response,
    );
  }
  const f = parsed.data;
  const user = f._embedded?.user;
  return {
    flow: {
      id: f.id,
      status: f.status,
      actions: Object.keys(f._links ?? {}).filter((k) => k !== 'self'),
      user: user ? { id: user.id, username: user.username ?? null } : null,
    },
    cookies: setCookies(response),
  };
}

/** Builds the flow operations for one environment on the client's transport. */
export function createFlowsApi(http: HttpSettings, authBase: string, envId: string): FlowsApi {
  const flowUrl = (flowId: string) => {
    if (!RESOURCE_ID.test(flowId)) throw new TypeError('flowId must be a PingOne resource id');
    return `${authBase}/${envId}/flows/${flowId}`;
  };
  return {
    async read(flowId, cookies, opts) {
      const response = await send(http, {
        method: 'GET',
        url: flowUrl(flowId),
        headers: { accept: 'application/json', ...flowHeaders(cookies, opts) },
        retry: true,
        signal: opts?.signal,
      });
      return toAnswer(response, http.now());
    },
    async act(flowId, action, body, cookies, opts) {
      if (!/^[A-Za-z]+\.[A-Za-z]+$/.test(action)) throw new TypeError('unknown flow action');
      const response = await send(http, {
        method: 'POST',
        url: flowUrl(flowId),
        headers: {
          accept: 'application/json',
          'content-type': `application/vnd.pingidentity.${action}+json`,
          ...flowHeaders(cookies, opts),
        },
        ...(body === null ? {} : { body: JSON.stringify(body) }),
        retry: false,
        signal: opts?.signal,
      });
      return toAnswer(response, http.now());
    },
    async resume(flowId, cookies, opts) {
      if (!RESOURCE_ID.test(flowId)) throw new TypeError('flowId must be a PingOne resource id');
      const response = await send(http, {
        method: 'GET',
        url: `${authBase}/${envId}/as/resume?flowId=${encodeURIComponent(flowId)}`,
        headers: flowHeaders(cookies, opts),
        retry: false,
        signal: opts?.signal,
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) return location;
      await errorFrom(response, http.now());
      throw new PingOneResponseError('resume must answer with a redirect', response.status, null);
    },
  };
}
