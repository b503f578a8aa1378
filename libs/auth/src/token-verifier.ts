import { type Result } from '@salon/errors';

/** The roles a token may hint at; the local database stays the authority on what a user may do. */
export type RoleHint = 'owner' | 'customer';

/** What a verified Clerk session token tells us. It never holds the raw token. */
export type VerifiedSession = {
  /** Clerk user id (`sub`), the key for the just-in-time local user. */
  clerkUserId: string;
  /** Clerk session id (`sid`), or `tok_` + 32 hex of sha256(token) when absent, so logout can still revoke it. */
  sessionId: string;
  /** From `exp`; a revocation entry can be dropped after this instant. */
  expiresAt: Date;
  /** The `email` claim, present only when the Clerk session token is customised to carry it. */
  email?: string;
  /** The `name` claim, present only when the Clerk session token is customised to carry it. */
  name?: string;
  /** `metadata.role` (Clerk's public_metadata as a custom claim) when it is 'owner' or 'customer'. */
  roleHint?: RoleHint;
};

/**
 * Why a token was refused. Every reason maps to 401 `unauthenticated`; the split exists for logs
 * and metrics (a burst of 'bad-signature' means a misconfigured key or an attack, 'expired' is normal).
 */
export type TokenRejectionReason = 'missing' | 'malformed' | 'expired' | 'bad-signature' | 'invalid';

/** A refusal with a fixed message: never the token, never a claim value taken from it. */
export type TokenRejection = { reason: TokenRejectionReason; message: string };

/** Port: verifies a bearer token. Expected failures come back as `err`, never as a throw. */
export type TokenVerifier = {
  verify(token: string): Promise<Result<VerifiedSession, TokenRejection>>;
};
