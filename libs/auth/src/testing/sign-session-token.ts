import { importPKCS8, SignJWT } from 'jose';
import { type RoleHint } from '../token-verifier';

/** The issuer every locally signed token carries; not a real Clerk instance. */
export const DEV_ISSUER = 'https://clerk.dev.local';
/** The `azp` (authorised party) locally signed tokens carry: a local frontend origin. */
export const DEV_AUTHORIZED_PARTY = 'http://localhost:3000';

/** A relative time: a jose duration string ('15m', '1h', '-1m') or seconds from now (negative = past). */
export type RelativeTime = string | number;

/** Claims for a token shaped like a customised Clerk session token. */
export type SessionTokenClaims = {
  /** Clerk user id, e.g. `user_olivia`. */
  sub: string;
  /** Session id; omit it to test the derived-id path. */
  sid?: string;
  email?: string;
  name?: string;
  /** Becomes `metadata: { role }`, as Clerk's `{{user.public_metadata}}` custom claim would. */
  role?: RoleHint;
  /** Lifetime; default '10m'. Pass a negative value for an already expired token. */
  expiresIn?: RelativeTime;
  /** When the token becomes valid; default: now. */
  notBefore?: RelativeTime;
  /** Merged last, so it can add claims or override iss/azp/metadata. */
  extra?: Record<string, unknown>;
};

const toClaimTime = (time: RelativeTime, now: number): number | string =>
  typeof time === 'number' ? now + time : time;

/**
 * Signs an RS256 JWT shaped like a Clerk session token (sub, sid, iat, nbf, exp, iss, azp, email,
 * name, metadata.role). The one signing implementation, shared by tests and tools/dev-tokens.
 *
 * @param privateKeyPem PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) of an RSA-2048 key.
 */
export async function signSessionToken(privateKeyPem: string, claims: SessionTokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: DEV_ISSUER,
    azp: DEV_AUTHORIZED_PARTY,
    ...(claims.sid === undefined ? {} : { sid: claims.sid }),
    ...(claims.email === undefined ? {} : { email: claims.email }),
    ...(claims.name === undefined ? {} : { name: claims.name }),
    metadata: claims.role === undefined ? {} : { role: claims.role },
    ...claims.extra,
  };
  const key = await importPKCS8(privateKeyPem, 'RS256');
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(now)
    .setNotBefore(toClaimTime(claims.notBefore ?? 0, now))
    .setExpirationTime(toClaimTime(claims.expiresIn ?? '10m', now))
    .sign(key);
}
