import { createHash } from 'node:crypto';
import { err, ok, type Result } from '@salon/errors';
import { type RoleHint, type TokenRejection, type VerifiedSession } from '../token-verifier';
import { reject } from './messages';

/** Claims as Clerk returns them after verification: signed, but their shapes are still unchecked. */
export type VerifiedClaims = Record<string, unknown>;

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

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
  const email = nonEmptyString(claims.email);
  const name = nonEmptyString(claims.name);
  const roleHint = readRoleHint(claims.metadata);
  if (email !== undefined) session.email = email;
  if (name !== undefined) session.name = name;
  if (roleHint !== undefined) session.roleHint = roleHint;
  return ok(session);
}
