import { type VerifiedSession } from '../token-verifier';

/** Clerk's own default tolerance for exp/nbf/iat. */
const CLERK_DEFAULT_SKEW_MS = 5000;

/**
 * Remembers tokens whose signature and claims were already verified, so a client that sends the same
 * session token on every request does not pay a signature check each time: @clerk/backend imports the
 * PEM key with WebCrypto on every `verifyToken` call, ~8 % of the booking bench server's CPU. A
 * signature never stops being valid, issuer and authorised parties are fixed per verifier, and `nbf`
 * and `iat` only become easier to meet; the one claim that changes with time, `exp`, is checked again
 * on every hit, with the same clock skew, so an entry answers exactly what Clerk would. Revocation is
 * not a token property (the identity lib checks it per request). Bounded: the oldest entries go first.
 */
export function createVerifiedTokenMemo(opts: { clockSkewInMs?: number; maxEntries?: number; now?: () => number } = {}) {
  const skew = opts.clockSkewInMs ?? CLERK_DEFAULT_SKEW_MS;
  const maxEntries = opts.maxEntries ?? 1000;
  const now = opts.now ?? Date.now;
  const entries = new Map<string, VerifiedSession>();
  return {
    /** The session of a token verified before and still unexpired; otherwise undefined (verify it). */
    get(token: string): VerifiedSession | undefined {
      const session = entries.get(token);
      if (!session) return undefined;
      if (session.expiresAt.getTime() <= now() - skew) {
        entries.delete(token);
        return undefined;
      }
      return session;
    },
    remember(token: string, session: VerifiedSession): void {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, session);
    },
  };
}
