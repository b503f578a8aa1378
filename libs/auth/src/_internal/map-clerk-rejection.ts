import { type TokenRejection, type TokenRejectionReason } from '../token-verifier';
import { reject } from './messages';

// Clerk types its reasons as plain `string`, so this list is ours, copied from @clerk/backend 3.25;
// a test compares it with Clerk's runtime TokenVerificationErrorReason so an upgrade that adds one
// fails loudly. Until then an unknown reason still maps to 'invalid'.
// 'token-verification-failed' is Clerk's catch-all: missing or non-string sub, missing exp, bad aud,
// or a key that could not be used (e.g. an RS384/RS512 token against the RS256 local key).
// The jwk-* and secret-key reasons cannot happen with a jwtKey (no network) but are mapped anyway.
export const CLERK_TO_OURS = {
  'token-expired': 'expired',
  'token-invalid-signature': 'bad-signature',
  'token-invalid': 'invalid',
  'token-invalid-algorithm': 'invalid',
  'token-invalid-authorized-parties': 'invalid',
  'token-invalid-issuer': 'invalid',
  'token-not-active-yet': 'invalid',
  'token-iat-in-the-future': 'invalid',
  'token-verification-failed': 'invalid',
  'secret-key-invalid': 'invalid',
  'jwk-local-missing': 'invalid',
  'jwk-remote-failed-to-load': 'invalid',
  'jwk-remote-invalid': 'invalid',
  'jwk-remote-missing': 'invalid',
  'jwk-failed-to-resolve': 'invalid',
  'jwk-kid-mismatch': 'invalid',
} as const satisfies Record<string, TokenRejectionReason>;

type ClerkReason = keyof typeof CLERK_TO_OURS;

function isClerkReason(value: unknown): value is ClerkReason {
  return typeof value === 'string' && Object.hasOwn(CLERK_TO_OURS, value);
}

/**
 * Turns whatever `verifyToken` threw into a rejection. Duck-typed on `.reason`: the error class
 * exported by `@clerk/backend/errors` is a different copy from the one `@clerk/backend` throws,
 * so `instanceof TokenVerificationError` is false. Clerk's own message is dropped because it
 * quotes claim values from the token; its reason code (one of our constants) is kept as detail.
 */
export function mapClerkRejection(error: unknown): TokenRejection {
  const clerkReason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
  if (!isClerkReason(clerkReason)) return reject('invalid', 'unexpected verification error');
  return reject(CLERK_TO_OURS[clerkReason], clerkReason);
}
