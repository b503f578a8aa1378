import { customers, eq, owners, users, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type Actor, type Role } from './context';

/** The caller as the API shows them: user, roles and both profiles. */
export async function getMe({ ctx, input }: { ctx: { db: Database }; input: { actor: Actor } }) {
  const [row] = await ctx.db
    .select({ user: users, owner: owners, customer: customers })
    .from(users)
    .leftJoin(owners, eq(owners.userId, users.id))
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(eq(users.id, input.actor.userId))
    .limit(1);
  if (!row) throw new NotFoundError('User');
  return {
    id: row.user.id,
    clerkUserId: row.user.clerkUserId,
    email: row.user.email,
    displayName: row.user.displayName,
    phone: row.user.phone,
    roles: row.user.roles as Role[],
    owner: row.owner ? { id: row.owner.id, businessName: row.owner.businessName, phone: row.owner.phone } : null,
    customer: row.customer ? { id: row.customer.id, phone: row.customer.phone } : null,
    createdAt: row.user.createdAt.toISOString(),
  };
}
