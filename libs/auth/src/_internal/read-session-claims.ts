import { createHash } from 'node:crypto';
import { err, ok, type Result } from '@salon/errors';
import { type RoleHint, type TokenRejection, type VerifiedSession } from '../token-verifier';
import { reject } from './messages';

/** Claims as Clerk returns them after verification: signed, but their shapes are still unchecked. */
export type VerifiedClaims = Record<string, unknown>;

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

// PostgreSQL text cannot hold U+0000: an id with one is not a Clerk id (refused); a display claim
// loses it (stripped), is trimmed and bounded, so the just-in-time user insert never fails on it.
const hasNul = (value: string | undefined) => value !== undefined && value.includes('\u0000');
const NAME_MAX = 120;
const EMAIL_MAX = 254;

function displayClaim(value: unknown, max: number, overLong: 'cut' | 'drop'): string | undefined {
  const cleaned = nonEmptyString(value)?.replaceAll('\u0000', '').trim();
  if (!cleaned) return undefined;
  if (cleaned.length <= max) return cleaned;
  return overLong === 'cut' ? cleaned.slice(0, max).trim() : undefined;
}

/** A stable id for a token without `sid`: same token, same id, and the id reveals nothing usable. */
export function deriveSessionId(token: string): string {
  return `tok_${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}

function readRoleHint(metadata: unknown): RoleHint | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const role = (metadata as { role?: unknown }).role;
  return role === 'owner' || role === 'customer' ? role : undefined;
}

/**
 * Builds a VerifiedSession from claims Clerk has already checked. Clerk accepts an empty `sub` and an
 * `exp` so large it never expires (its date maths yields NaN, which compares as "not expired"),
 * so both are refused here. A `sid` of the wrong type is refused rather than derived: a Clerk token
 * always carries a string sid, so anything else is not one of its session tokens.
 */
export function readSessionClaims(claims: VerifiedClaims, token: string): Result<VerifiedSession, TokenRejection> {
  const clerkUserId = nonEmptyString(claims.sub);
  if (clerkUserId === undefined) return err(reject('invalid', 'empty sub'));
  if (hasNul(clerkUserId) || hasNul(nonEmptyString(claims.sid))) return err(reject('invalid', 'NUL in sub or sid'));
  const exp = claims.exp;
  const expiresAt = typeof exp === 'number' ? new Date(exp * 1000) : new Date(Number.NaN);
  if (Number.isNaN(expiresAt.getTime())) return err(reject('invalid', 'unusable exp'));
  if (claims.sid !== undefined && nonEmptyString(claims.sid) === undefined) {
    return err(reject('invalid', 'sid is not a string'));
  }
  const session: VerifiedSession = {
    clerkUserId,
    sessionId: nonEmptyString(claims.sid) ?? deriveSessionId(token),
    expiresAt,
  };
  // A cut email would be someone else's address: an over-long one is dropped, a name is cut.
  const email = displayClaim(claims.email, EMAIL_MAX, 'drop');
  const name = displayClaim(claims.name, NAME_MAX, 'cut');
  const roleHint = readRoleHint(claims.metadata);
  if (email !== undefined) session.email = email;
  if (name !== undefined) session.name = name;
  if (roleHint !== undefined) session.roleHint = roleHint;
  return ok(session);
}
