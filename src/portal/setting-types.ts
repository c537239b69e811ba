/**
 * The zod types the portal's settings are made of (src/portal/settings.ts): each parses the raw
 * string of an environment variable, and its messages are the ones `loadConfig` reports.
 */
import { z } from 'zod';
import { isLocale, LOCALES, type Locale } from './i18n/locales.js';

/** A whole number between `min` and `max`. */
export const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** The trimmed value, or undefined when absent or blank. */
export const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A comma-separated list of secrets, each at least 32 characters (absent: empty list). */
export const secretList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [] as string[];
  const secrets = v.split(',').map((x) => x.trim());
  if (secrets.some((x) => x.length < 32)) {
    ctx.addIssue({
      code: 'custom',
      message:
        secrets.length === 1
          ? 'must be at least 32 characters'
          : 'each comma-separated secret must be at least 32 characters',
    });
    return z.NEVER;
  }
  return secrets;
});

/** An https URL, or http on loopback (absent: undefined). */
export const httpsOrLocalUrl = optionalNonEmpty.pipe(
  z
    .string()
    .url('must be an absolute URL')
    .refine((v) => {
      const u = new URL(v);
      return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u.hostname));
    }, 'must use https (http is allowed only for localhost)')
    .optional(),
);

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

/** A UUID (absent: undefined). */
export const optionalUuid = optionalNonEmpty.pipe(z.string().uuid('must be a UUID').optional());

/** `TRUST_PROXY`: false, true, a hop count or a list of IPs/CIDRs. */
export const trustProxy = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx): boolean | number | string[] => {
      const s = v.trim();
      if (s === 'false' || s === '') return false;
      if (s === 'true') return true;
      if (/^\d+$/.test(s)) return Number(s);
      const list = s.split(',').map((x) => x.trim());
      if (list.every((x) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(x))) return list;
      ctx.addIssue({
        code: 'custom',
        message: 'must be false, true, a hop count or a list of IPs/CIDRs',
      });
      return z.NEVER;
    });

/** A comma-separated list of population UUIDs (absent: empty list). */
export const uuidList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [] as string[];
  const ids = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = ids.filter((x) => !z.string().uuid().safeParse(x).success);
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a comma-separated list of population UUIDs',
    });
    return z.NEVER;
  }
  return ids;
});

/** A `redis://` or `rediss://` URL with at most a db number as path (absent: undefined). */
export const redisUrl = optionalNonEmpty.pipe(
  z
    .string()
    .refine(isRedisUrl, 'must be a redis:// or rediss:// URL, with at most a db number as path')
    .optional(),
);

function isRedisUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (
      (u.protocol === 'redis:' || u.protocol === 'rediss:') &&
      /^\/?(\d{1,5})?$/.test(u.pathname) &&
      u.search === '' &&
      u.hash === ''
    );
  } catch {
    return false;
  }
}

/** A comma-separated list of `host:port` (absent: empty list). */
export const hostPortList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [] as { host: string; port: number }[];
  const list = v.split(',').map((x) => x.trim());
  const parsed = list.map((x) => /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):(\d{1,5})$/.exec(x));
  if (parsed.some((m) => !m || Number(m[2]) < 1 || Number(m[2]) > 65535)) {
    ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of host:port' });
    return z.NEVER;
  }
  return parsed.map((m) => ({ host: m![1]!.replace(/^\[|\]$/g, ''), port: Number(m![2]) }));
});

/** A comma-separated list of absolute http(s) URLs without query or fragment (absent: empty list). */
export const absoluteUrlList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [] as string[];
  const urls = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = urls.filter((x) => {
    try {
      const u = new URL(x);
      return !/^https?:$/.test(u.protocol) || u.search !== '' || u.hash !== '' || u.username !== '';
    } catch {
      return true;
    }
  });
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a comma-separated list of absolute http(s) URLs without query or fragment',
    });
    return z.NEVER;
  }
  return urls.map((x) => new URL(x).href);
});

/** Optional: a same-origin path (`/...`, not `//...`) or an `https:` URL (logo, sign-in page). */
export const pathOrHttpsUrl = optionalNonEmpty.pipe(
  z
    .string()
    .refine(
      (v) => (v.startsWith('/') && !v.startsWith('//')) || /^https:\/\/[^\s]+$/.test(v),
      'must be a same-origin path (/...) or an https: URL',
    )
    .optional(),
);

/** Comma-separated locale codes of the portal's catalogues, in the order given (absent: all). */
export const localeList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [...LOCALES] as Locale[];
  const codes = [
    ...new Set(
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
  const bad = codes.filter((x) => !isLocale(x));
  if (bad.length > 0 || codes.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a comma-separated list of ${LOCALES.join(', ')} (unknown: ${bad.join(', ')})`,
    });
    return z.NEVER;
  }
  return codes as Locale[];
});
