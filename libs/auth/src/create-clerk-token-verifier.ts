import { verifyToken } from '@clerk/backend';
import { err, ok, type Result } from '@salon/errors';
import { checkTokenShape } from './_internal/check-token-shape';
import { mapClerkRejection } from './_internal/map-clerk-rejection';
import { reject } from './_internal/messages';
import { normalizeJwtKey } from './_internal/normalize-jwt-key';
import { readSessionClaims, type VerifiedClaims } from './_internal/read-session-claims';
import { createVerifiedTokenMemo } from './_internal/verified-token-memo';
import { type TokenRejection, type TokenVerifier, type VerifiedSession } from './token-verifier';

/** Options for the networkless verifier; the app reads them from its config, never this lib. */
export type ClerkTokenVerifierOptions = {
  /** PEM public key of the Clerk instance (CLERK_JWT_KEY). Checked once here. */
  jwtKey: string;
  /** When set, `iss` must equal it (e.g. `https://clerk.example.com`). */
  issuer?: string;
  /** When set, `azp` must be one of these origins, and a token without `azp` is refused. */
  authorizedParties?: string[];
  /** Tolerance for exp/nbf/iat; Clerk's default is 5000 ms. */
  clockSkewInMs?: number;
};

/**
 * Verifies Clerk session JWTs with `verifyToken` from @clerk/backend and the instance's PEM key:
 * no network, no secret key. Only RS256/RS384/RS512 headers get past Clerk, and only RS256 matches
 * the local key, so `alg: none` and HS256 are refused.
 *
 * @throws Error at construction when `jwtKey` is not an RSA-2048 PEM public key (a config error).
 * @example
 * const verifier = createClerkTokenVerifier({ jwtKey: config.CLERK_JWT_KEY });
 * const result = await verifier.verify(token);
 * if (!result.ok) return unauthenticated(result.error.message);
 */
export function createClerkTokenVerifier(options: ClerkTokenVerifierOptions): TokenVerifier {
  const clerkOptions = {
    jwtKey: normalizeJwtKey(options.jwtKey),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
    ...(options.authorizedParties === undefined ? {} : { authorizedParties: options.authorizedParties }),
    ...(options.clockSkewInMs === undefined ? {} : { clockSkewInMs: options.clockSkewInMs }),
  };

  const memo = createVerifiedTokenMemo({ clockSkewInMs: options.clockSkewInMs });

  async function verify(token: string): Promise<Result<VerifiedSession, TokenRejection>> {
    if (token.length === 0) return err(reject('missing'));
    const known = memo.get(token);
    if (known) return ok(known);
    const shape = checkTokenShape(token);
    if (!shape.ok) return shape;
    let claims: VerifiedClaims;
    try {
      claims = (await verifyToken(token, clerkOptions)) as VerifiedClaims;
    } catch (error) {
      return err(mapClerkRejection(error));
    }
    const session = readSessionClaims(claims, token);
    if (session.ok) memo.remember(token, session.value);
    return session;
  }

  return { verify };
}
