/**
 * Self-service calls a signed-in user makes with their own access token (PingOne's
 * self-management scopes, docs/pingone-behaviour.md §14.1): read and update their user, list and
 * end their sessions. The worker token is never used here.
 */
import { z } from 'zod';
import { type Api, type Auth, json, pathId } from './call.js';
import { BEARER_TOKEN, checkUser } from './check.js';
import { PingOneResponseError } from './errors.js';
import { errorFrom } from './http.js';
import type { User, UserInput } from './model.js';
import type { RequestOptions } from './types.js';

/** One of the user's PingOne sessions, as far as the portal shows it. */
export interface UserSession {
  id: string;
  createdAt: string | null;
  lastSignOn: string | null;
  /** Browser and operating system as PingOne describes them, when it does. */
  browser: string | null;
  os: string | null;
  /** IP address of the last sign-on and place, when PingOne gives them. */
  ip: string | null;
  place: string | null;
}

const text = z.string().optional();
const SessionSchema = z
  .object({
    id: z.string().min(1),
    createdAt: text,
    activeAt: text,
    userAgent: z.string().nullable().optional(),
    lastSignOn: z
      .object({ at: text, remoteIp: z.string().nullable().optional() })
      .passthrough()
      .optional(),
    browser: z.object({ name: text, version: text }).passthrough().optional(),
    operatingSystem: z.object({ name: text, version: text }).passthrough().optional(),
    locations: z
      .array(z.object({ city: text, region: text, country: text }).passthrough())
      .optional(),
  })
  .passthrough();
const SessionsSchema = z
  .object({ _embedded: z.object({ sessions: z.array(SessionSchema) }).passthrough() })
  .passthrough();

/** The self-service operations. */
export interface SelfServiceApi {
  /**
   * The user's own record (`GET /users/{id}`, scope `p1:read:user`).
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/read-one-user.html
   */
  getUser(userId: string, token: string, opts?: RequestOptions): Promise<User>;
  /**
   * Updates the user's own attributes (`PATCH /users/{id}`, scope `p1:update:user`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/update-user-patch.html
   */
  patchUser(userId: string, input: UserInput, token: string, opts?: RequestOptions): Promise<User>;
  /**
   * The user's sessions (`GET /users/{id}/sessions`, scope `p1:read:sessions`).
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-sessions/read-all-sessions.html
   */
  listSessions(userId: string, token: string, opts?: RequestOptions): Promise<UserSession[]>;
  /**
   * Ends one session (`DELETE /users/{id}/sessions/{sessionId}`, scope `p1:delete:sessions`).
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-sessions/delete-session.html
   */
  deleteSession(
    userId: string,
    sessionId: string,
    token: string,
    opts?: RequestOptions,
  ): Promise<void>;
}

function bearer(token: string): Auth {
  if (typeof token !== 'string' || !BEARER_TOKEN.test(token)) {
    throw new TypeError('token must be a non-empty string of visible ASCII');
  }
  return { kind: 'bearer', token };
}

function toSession(s: z.infer<typeof SessionSchema>): UserSession {
  const join = (...parts: (string | undefined)[]) =>
    parts.filter((p) => p && p.length > 0).join(' ') || null;
  const l = s.locations?.[0];
  return {
    id: s.id,
    createdAt: s.createdAt ?? null,
    lastSignOn: s.lastSignOn?.at ?? s.activeAt ?? null,
    browser: join(s.browser?.name, s.browser?.version) ?? (s.userAgent || null),
    os: join(s.operatingSystem?.name, s.operatingSystem?.version),
    ip: s.lastSignOn?.remoteIp ?? null,
    place: [l?.city, l?.region, l?.country].filter(Boolean).join(', ') || null,
  };
}

/** Builds the self-service operations on the client's transport. */
export function createSelfServiceApi(api: Api): SelfServiceApi {
  const userUrl = (userId: string) => `${api.envUrl}/users/${pathId('userId', userId)}`;
  return {
    getUser: async (userId, token, opts) =>
      json(api, { method: 'GET', url: userUrl(userId), auth: bearer(token), opts }, checkUser),
    patchUser: async (userId, input, token, opts) =>
      json(
        api,
        {
          method: 'PATCH',
          url: userUrl(userId),
          contentType: 'application/json',
          body: input,
          auth: bearer(token),
          opts,
        },
        checkUser,
      ),
    listSessions: async (userId, token, opts) =>
      json(
        api,
        { method: 'GET', url: `${userUrl(userId)}/sessions`, auth: bearer(token), opts },
        (ctx, v) => {
          const parsed = SessionsSchema.safeParse(v);
          if (!parsed.success) {
            throw new PingOneResponseError(
              'response body "_embedded.sessions" must be a list of sessions',
              ctx.status,
              '_embedded.sessions',
              ctx.response,
            );
          }
          return parsed.data._embedded.sessions.map(toSession);
        },
      ),
    deleteSession: async (userId, sessionId, token, opts) => {
      const response = await api.call({
        method: 'DELETE',
        url: `${userUrl(userId)}/sessions/${pathId('sessionId', sessionId)}`,
        auth: bearer(token),
        opts,
      });
      if (response.status !== 204 && response.status !== 200) await errorFrom(response, api.now());
    },
  };
}
