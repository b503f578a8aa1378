import { eq, users, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type Actor } from './context';
import { findUserWithProfiles } from './load-actor';

/** The caller as the API shows them: user, roles and both profiles. */
export async function getMe({ ctx, input }: { ctx: { db: Database }; input: { actor: Actor } }) {
  const row = await findUserWithProfiles(ctx.db, eq(users.id, input.actor.userId));
  if (!row) throw new NotFoundError('User');
  return {
    id: row.user.id,
    clerkUserId: row.user.clerkUserId,
    email: row.user.email,
    displayName: row.user.displayName,
    phone: row.user.phone,
    roles: row.user.roles,
    owner: row.owner ? { id: row.owner.id, businessName: row.owner.businessName, phone: row.owner.phone } : null,
    customer: row.customer ? { id: row.customer.id, phone: row.customer.phone } : null,
    createdAt: row.user.createdAt.toISOString(),
  };
}
