import { createClerkTokenVerifier } from '@salon/auth';
import { type Database } from '@salon/db';
import { type IdentityContext } from './context';
import { resolveActor, type Requirement } from './resolve-actor';

export type ClerkSettings = { jwtKey: string; issuer?: string; authorizedParties?: string[] };

/** Builds the identity context once per process: the networkless Clerk verifier over our db. */
export function createIdentityContext(opts: { db: Database; clerk: ClerkSettings; now: () => Date }): IdentityContext {
  return {
    db: opts.db,
    now: opts.now,
    verifier: createClerkTokenVerifier({
      jwtKey: opts.clerk.jwtKey,
      ...(opts.clerk.issuer && { issuer: opts.clerk.issuer }),
      ...(opts.clerk.authorizedParties?.length && { authorizedParties: opts.clerk.authorizedParties }),
    }),
  };
}

/** The edge's authenticator: the Authorization header and the route's requirement → the caller. */
export const authenticator =
  (ctx: IdentityContext) =>
  (input: { authorization: string | undefined; requirement: Requirement }) =>
    resolveActor({ ctx, input });
