import { customers, eq, executePrepared, owners, sql, users, type Database, type SQL } from '@salon/db';
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

type ActorRow = Omit<Actor, 'sessionId' | 'sessionExpiresAt' | 'profilesCreated'> & { isActive: boolean };

/**
 * What every authenticated request reads, in one prepared statement (it was two drizzle queries):
 * whether the session was signed out, and the local user behind the Clerk id with their profile
 * ids (null when unknown).
 */
export async function loadSessionActor(
  db: Database,
  input: { clerkUserId: string; sessionId: string },
): Promise<{ isRevoked: boolean; row: ActorRow | null }> {
  const [found] = await executePrepared<{
    is_revoked: boolean; user_id: string | null; clerk_user_id: string; roles: ActorRow['roles'] | string; is_active: boolean;
    owner_id: string | null; customer_id: string | null;
  }>(db, sql`
    select exists (select 1 from revoked_sessions where session_id = ${input.sessionId}) as is_revoked,
           u.id as user_id, u.clerk_user_id, u.roles, u.is_active, o.id as owner_id, c.id as customer_id
    from (select 1) as one
    left join users u on u.clerk_user_id = ${input.clerkUserId}
    left join owners o on o.user_id = u.id
    left join customers c on c.user_id = u.id
    limit 1`);
  if (!found) return { isRevoked: false, row: null };
  const row: ActorRow | null = found.user_id === null ? null : {
    userId: found.user_id,
    clerkUserId: found.clerk_user_id,
    // text[]: postgres.js parses it; PGlite too. A string would be PostgreSQL's array literal.
    roles: (Array.isArray(found.roles) ? found.roles : parseTextArray(found.roles)) as ActorRow['roles'],
    isActive: found.is_active,
    ownerId: found.owner_id,
    customerId: found.customer_id,
  };
  return { isRevoked: found.is_revoked, row };
}

// Roles are plain words (owner, customer): no quoting or escapes to handle.
const parseTextArray = (literal: string) => literal.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
