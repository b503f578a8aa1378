import { customers, eq, owners, users, type Database, type SQL } from '@salon/db';
import { type Actor } from './context';

/** A user with their owner and customer profiles (null where absent). */
export async function findUserWithProfiles(db: Database, where: SQL) {
  const [row] = await db
    .select({ user: users, owner: owners, customer: customers })
    .from(users)
    .leftJoin(owners, eq(owners.userId, users.id))
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(where)
    .limit(1);
  return row;
}

/** The local user behind a Clerk id, with the ids of their profiles; null when unknown. */
export async function loadActorRow(
  db: Database,
  clerkUserId: string,
): Promise<(Omit<Actor, 'sessionId' | 'sessionExpiresAt' | 'profilesCreated'> & { isActive: boolean }) | null> {
  const row = await findUserWithProfiles(db, eq(users.clerkUserId, clerkUserId));
  if (!row) return null;
  return {
    userId: row.user.id,
    clerkUserId: row.user.clerkUserId,
    roles: row.user.roles,
    isActive: row.user.isActive,
    ownerId: row.owner?.id ?? null,
    customerId: row.customer?.id ?? null,
  };
}
