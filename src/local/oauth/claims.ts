/**
 * The OpenID Connect claims of a user for the granted scopes, as the ID token and `/as/userinfo`
 * carry them (docs/pingone-behaviour.md §13.2): `profile`, `email`, `address` and `phone` map
 * PingOne's user attributes to the standard claims; absent attributes give no claim.
 */
import type { UserRecord } from '../store/types.js';

type Claims = Record<string, unknown>;

function definedOnly(claims: Claims): Claims {
  return Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
}

function profileClaims(user: UserRecord): Claims {
  const a = user.attributes as {
    name?: Record<string, string | undefined>;
    nickname?: string;
    photo?: { href?: string };
    timezone?: string;
    locale?: string;
  };
  const name = a.name ?? {};
  const formatted =
    name.formatted ?? ([name.given, name.family].filter(Boolean).join(' ') || undefined);
  return {
    name: formatted,
    given_name: name.given,
    middle_name: name.middle,
    family_name: name.family,
    preferred_username: user.username,
    nickname: a.nickname,
    picture: a.photo?.href,
    zoneinfo: a.timezone,
    locale: a.locale,
    updated_at: Math.floor(user.updatedAt / 1000),
  };
}

function addressClaims(user: UserRecord): Claims {
  const a = user.attributes.address as Record<string, string | undefined> | undefined;
  if (!a) return {};
  return {
    address: definedOnly({
      street_address: a.streetAddress,
      locality: a.locality,
      region: a.region,
      postal_code: a.postalCode,
      country: a.countryCode,
    }),
  };
}

function phoneClaims(user: UserRecord): Claims {
  const a = user.attributes as { mobilePhone?: string; primaryPhone?: string };
  const phone = a.mobilePhone ?? a.primaryPhone;
  return phone === undefined ? {} : { phone_number: phone, phone_number_verified: false };
}

/** The user's claims for `scopes` (without `sub`). */
export function scopeClaims(user: UserRecord, scopes: readonly string[]): Claims {
  const claims: Claims = {};
  if (scopes.includes('profile')) Object.assign(claims, profileClaims(user));
  if (scopes.includes('email') && user.email !== null) {
    claims.email = user.email;
    claims.email_verified = user.attributes.emailVerified === true;
  }
  if (scopes.includes('address')) Object.assign(claims, addressClaims(user));
  if (scopes.includes('phone')) Object.assign(claims, phoneClaims(user));
  return definedOnly(claims);
}
