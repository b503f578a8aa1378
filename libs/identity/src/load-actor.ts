import { customers, eq, owners, users, type Database } from '@salon/db';
import { type Actor, type Role } from './context';

/** The local user behind a Clerk id, with the ids of their profiles; null when unknown. */
export async function loadActorRow(
  db: Database,
  clerkUserId: string,
): Promise<(Omit<Actor, 'sessionId' | 'sessionExpiresAt'> & { isActive: boolean }) | null> {
  const [row] = await db
    .select({
      userId: users.id,
      clerkUserId: users.clerkUserId,
      roles: users.roles,
      isActive: users.isActive,
      ownerId: owners.id,
      customerId: customers.id,
    })
    .from(users)
    .leftJoin(owners, eq(owners.userId, users.id))
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(eq(users.clerkUserId, clerkUserId))
    .limit(1);
  if (!row) return null;
  return { ...row, roles: row.roles as Role[], ownerId: row.ownerId ?? null, customerId: row.customerId ?? null };
}
