import { type TokenVerifier } from '@salon/auth';
import { type Database } from '@salon/db';

/** What identity use cases need; built once per process by the app's composition root. */
export type IdentityContext = {
  db: Database;
  verifier: TokenVerifier;
  /** The one clock: passed in so tests control time. */
  now: () => Date;
};

export type Role = 'owner' | 'customer';

/** The signed-in caller, resolved once per request by the edge. */
export type Actor = {
  userId: string;
  clerkUserId: string;
  sessionId: string;
  sessionExpiresAt: Date;
  roles: Role[];
  ownerId: string | null;
  customerId: string | null;
};
