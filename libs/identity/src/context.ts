import { type TokenVerifier } from '@salon/auth';
import { type Database, type UserRole } from '@salon/db';

/** What identity use cases need; built once per process by the app's composition root. */
export type IdentityContext = {
  db: Database;
  verifier: TokenVerifier;
  /** The one clock: passed in so tests control time. */
  now: () => Date;
};

/** The roles column's own type: one definition, no casts between layers. */
export type Role = UserRole;

/** The signed-in caller, resolved once per request by the edge. */
export type Actor = {
  userId: string;
  clerkUserId: string;
  sessionId: string;
  sessionExpiresAt: Date;
  roles: Role[];
  ownerId: string | null;
  customerId: string | null;
  /**
   * Profiles this very request created just in time (a new user's hinted profile, or the customer
   * profile of a first customer call); empty otherwise. `POST /customers` answers 201 or 409 by it.
   */
  profilesCreated: Role[];
};
